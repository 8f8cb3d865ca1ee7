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

static void *worker(void *arg)
{
    long id = (long) arg;
    char code[1024];
    int ok = 0;

    (void) ts_resource(0);
    if (php_request_startup() == SUCCESS) {
        snprintf(code, sizeof code,
            "$p = new RenokiCo\\PhpK8s\\Auth\\ExecCredentialProvider(['command' => '%s']);"
            "echo 'thread %ld: ' . $p->getToken() . \"\\n\";",
            plugin, id);
        /* All threads reach getToken() while the first run is in flight. */
        pthread_barrier_wait(&start_together);
        zend_first_try {
            ok = zend_eval_string(code, NULL, "zts-thread") == SUCCESS && !EG(exception);
            if (EG(exception)) {
                zend_exception_error(EG(exception), E_WARNING);
            }
        } zend_end_try();
        php_request_shutdown(NULL);
    } else {
        pthread_barrier_wait(&start_together);
    }
    ts_free_thread();
    return (void *) (long) ok;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: %s EXTENSION_SO PLUGIN THREADS\n", argv[0]);
        return 2;
    }
    /* php_embed_init() replaces ini_entries, so the extension comes from a php.ini. */
    static char ini_path[] = "/tmp/zts-threads-ini-XXXXXX";
    int fd = mkstemp(ini_path);
    FILE *ini = fdopen(fd, "w");
    fprintf(ini, "extension=%s\ndisplay_errors=1\n", argv[1]);
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
