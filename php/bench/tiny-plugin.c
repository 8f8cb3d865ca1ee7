/*
 * The smallest exec credential plugin: prints a fixed ExecCredential on
 * stdout and exits 0. With an argument, first appends "1\n" to that file
 * (O_APPEND, so concurrent runs never lose a count): the benchmark counts
 * plugin runs by the file's lines. Built by php/bench/run with `cc -O2`.
 */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

static const char credential[] =
    "{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
    "\"status\":{\"token\":\"bench-token-0123456789abcdef0123456789abcdef\","
    "\"expirationTimestamp\":\"2030-01-01T00:00:00Z\"}}\n";

int main(int argc, char **argv)
{
    if (argc > 1 && argv[1][0] != '\0') {
        int fd = open(argv[1], O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0666);
        if (fd >= 0) {
            if (write(fd, "1\n", 2) != 2) { /* a lost count shows in the report */ }
            close(fd);
        }
    }
    const char *p = credential;
    size_t left = sizeof credential - 1;
    while (left > 0) {
        ssize_t k = write(1, p, left);
        if (k <= 0)
            return 1;
        p += k;
        left -= (size_t)k;
    }
    return 0;
}
