/*
 * ZTS check: N threads of one PHP process (embed SAPI, thread-safe build)
 * each build an ExecCredentialProvider with one configuration and call
 * getToken() at the same moment. The plugin sleeps, so the calls overlap:
 * single flight must run it once and hand every thread the token.
 *
 *   zts-threads EXTENSION_SO PLUGIN THREADS
 *
 * Prints one line per thread ("thread N: TOKEN") and exits non-zero when a
 * thread could not run its request.
 *
 *   zts-threads EXTENSION_SO PLUGIN THREADS refresh-ahead SECONDS BUFFER
 *
 * Refresh ahead (issue 14): each thread gets a token (the cold start), then,
 * all together, calls getToken() on its provider (refresh buffer BUFFER s)
 * in a loop for SECONDS while the plugin's tokens near the buffer, and
 * prints "thread N: calls=C max_ms=M tokens=T": the slowest call after the
 * first and how many different tokens it saw. No thread may wait for a run.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sapi/embed/php_embed.h>
#include <Zend/zend_exceptions.h>

static pthread_barrier_t start_together;
static const char *plugin;
static int refresh_ahead;
static double loop_seconds;
static int buffer_seconds;

/* Evaluates code in this thread's request; false on a failure or an exception (reported). */
static int eval_ok(const char *code)
{
    int ok = 0;
    zend_first_try {
        ok = zend_eval_string((char *) code, NULL, "zts-thread") == SUCCESS && !EG(exception);
        if (EG(exception)) {
            zend_exception_error(EG(exception), E_WARNING);
        }
    } zend_end_try();
    return ok;
}

static void *worker(void *arg)
{
    long id = (long) arg;
    char code[2048];
    char loop[2048];
    int ok = 0;

    (void) ts_resource(0);
    if (php_request_startup() == SUCCESS) {
        if (refresh_ahead) {
            /* The cold start first (every thread waits for that run), then all loop together. */
            snprintf(code, sizeof code,
                "$p = new RenokiCo\\PhpK8s\\Auth\\ExecCredentialProvider(['command' => '%s']);"
                "$p->setRefreshBuffer(%d);"
                "$seen = [$p->getToken() => true];",
                plugin, buffer_seconds);
            snprintf(loop, sizeof loop,
                "$calls = 0; $max = 0.0; $end = microtime(true) + %f;"
                "while (microtime(true) < $end) {"
                "    $t = hrtime(true); $seen[$p->getToken()] = true; $ms = (hrtime(true) - $t) / 1e6;"
                "    $max = max($max, $ms); $calls++; usleep(2000);"
                "}"
                "printf(\"thread %ld: calls=%%d max_ms=%%.3f tokens=%%d\\n\", $calls, $max, count($seen));",
                loop_seconds, id);
            ok = eval_ok(code);
            pthread_barrier_wait(&start_together);
            ok = ok && eval_ok(loop);
        } else {
            snprintf(code, sizeof code,
                "$p = new RenokiCo\\PhpK8s\\Auth\\ExecCredentialProvider(['command' => '%s']);"
                "echo 'thread %ld: ' . $p->getToken() . \"\\n\";",
                plugin, id);
            /* All threads reach getToken() while the first run is in flight. */
            pthread_barrier_wait(&start_together);
            ok = eval_ok(code);
        }
        php_request_shutdown(NULL);
    } else {
        pthread_barrier_wait(&start_together);
    }
    ts_free_thread();
    return (void *) (long) ok;
}

int main(int argc, char **argv)
{
    if (argc == 7 && strcmp(argv[4], "refresh-ahead") == 0) {
        refresh_ahead = 1;
        loop_seconds = atof(argv[5]);
        buffer_seconds = atoi(argv[6]);
    } else if (argc != 4) {
        fprintf(stderr, "usage: %s EXTENSION_SO PLUGIN THREADS [refresh-ahead SECONDS BUFFER]\n", argv[0]);
        return 2;
    }
    /* php_embed_init() replaces ini_entries, so the extension comes from a php.ini. */
    static char ini_path[] = "/tmp/zts-threads-ini-XXXXXX";
    int fd = mkstemp(ini_path);
    FILE *ini = fdopen(fd, "w");
    fprintf(ini, "extension=%s\ndisplay_errors=1\n", argv[1]);
    /* More php.ini lines, e.g. php_k8s_auth.shared_cache_dir for a test's own host cache. */
    const char *extra = getenv("ZTS_THREADS_INI");
    if (extra != NULL) {
        fprintf(ini, "%s\n", extra);
    }
    fclose(ini);
    plugin = argv[2];
    int n = atoi(argv[3]);
    pthread_t *threads = calloc((size_t) n, sizeof *threads);

    php_embed_module.php_ini_path_override = ini_path;
    if (php_embed_init(0, NULL) == FAILURE) {
        fprintf(stderr, "php_embed_init failed\n");
        return 1;
    }
    pthread_barrier_init(&start_together, NULL, (unsigned) n);
    for (long i = 0; i < n; i++) {
        pthread_create(&threads[i], NULL, worker, (void *) i);
    }
    int failed = 0;
    for (int i = 0; i < n; i++) {
        void *ok;
        pthread_join(threads[i], &ok);
        failed += ok ? 0 : 1;
    }
    php_embed_shutdown();
    unlink(ini_path);
    free(threads);
    if (failed) {
        fprintf(stderr, "%d thread(s) failed\n", failed);
    }
    return failed ? 1 : 0;
}
