/*
 * The floor of a plugin run: what any caller must pay to run a program and
 * collect its output. posix_spawn() of the plugin with stdout to a pipe, read
 * everything to EOF, waitpid(); nothing else (stdin and stderr inherited, the
 * environment passed as is).
 *
 *   spawn-floor N PLUGIN [ARGS...]
 *
 * Runs 3 warm-up iterations, then N timed ones, and prints one line of JSON:
 * {"median_us":..,"p10_us":..,"p90_us":..,"n":N,"bytes":<output size>}
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static double now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static long run_once(char **argv)
{
    int p[2];
    if (pipe2(p, O_CLOEXEC) != 0) {
        perror("pipe2");
        exit(2);
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, p[1], 1);
    pid_t pid;
    int rc = posix_spawn(&pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(p[1]);
    if (rc != 0) {
        errno = rc;
        perror("posix_spawn");
        exit(2);
    }
    char buf[65536];
    long total = 0;
    for (;;) {
        ssize_t k = read(p[0], buf, sizeof buf);
        if (k > 0) {
            total += k;
        } else if (k == 0) {
            break;
        } else if (errno != EINTR) {
            perror("read");
            exit(2);
        }
    }
    close(p[0]);
    int status;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            perror("waitpid");
            exit(2);
        }
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "plugin failed (status %d)\n", status);
        exit(2);
    }
    return total;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s N PLUGIN [ARGS...]\n", argv[0]);
        return 2;
    }
    int n = atoi(argv[1]);
    if (n < 1)
        n = 1;
    char **child = argv + 2;
    long bytes = 0;
    for (int i = 0; i < 3; i++)
        bytes = run_once(child);
    double *t = malloc(sizeof(double) * (size_t)n);
    for (int i = 0; i < n; i++) {
        double t0 = now_us();
        run_once(child);
        t[i] = now_us() - t0;
    }
    qsort(t, (size_t)n, sizeof(double), cmp);
    printf("{\"median_us\":%.3f,\"p10_us\":%.3f,\"p90_us\":%.3f,\"n\":%d,\"bytes\":%ld}\n",
           n % 2 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2, t[n / 10], t[(n * 9) / 10], n, bytes);
    free(t);
    return 0;
}
