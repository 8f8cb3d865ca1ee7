<?php

/**
 * Workload 2: the first getToken() of a new provider, which runs the plugin.
 * With the extension, php_k8s_auth.cache=0 so that every provider runs it;
 * the other providers have no cache. Prints the per-iteration median (µs),
 * to be set against spawn-floor's for the same plugin.
 *
 *   php [-d extension=...] spawn.php --impl=ext|pure|lib --plugin=PATH [--n=200]
 */

declare(strict_types=1);

require __DIR__ . '/common.php';

$o = bench_args($argv);
$impl = $o['impl'] ?? 'ext';
[$class, $note] = load_impl($impl);
$plugin = $o['plugin'] ?? bench_fail('--plugin=PATH missing');
$n = max(1, (int) ($o['n'] ?? 200));
$ext = $impl === 'ext';
if ($ext) {
    ini_set('php_k8s_auth.cache', '0');
    $runs0 = $class::cacheStats()['plugin_runs'];
}
$cfg = exec_config($plugin);
$len = 0;
for ($i = 0; $i < 3; $i++) {
    $len = strlen((new $class($cfg))->getToken());
}
$t = [];
for ($i = 0; $i < $n; $i++) {
    $t0 = hrtime(true);
    $p = new $class($cfg);
    $token = $p->getToken();
    $t[] = (hrtime(true) - $t0) / 1e3;
    if ($token === '') {
        bench_fail('empty token');
    }
}
$runs = $ext ? $class::cacheStats()['plugin_runs'] - $runs0 : null;
if ($ext && $runs !== $n + 3) {
    bench_fail("expected one plugin run per provider with php_k8s_auth.cache=0, got {$runs} for " . ($n + 3));
}
emit([
    'kind' => 'spawn',
    'impl' => $impl,
    'impl_note' => $note,
    'plugin' => basename($plugin),
    'n' => $n,
    'median_us' => median($t),
    'p10_us' => percentile($t, 0.1),
    'p90_us' => percentile($t, 0.9),
    'plugin_runs' => $runs,
    'token_length' => $len,
]);
