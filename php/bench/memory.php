<?php

/**
 * Workload 6, resident memory (VmRSS of /proc/self/status):
 *   --mode=rss   prints this process's VmRSS (run with and without -d extension=...);
 *   --mode=fill  fills the extension's cache with --n credentials of distinct
 *                configurations (differing in one env entry) and prints the
 *                VmRSS growth per cached credential, next to its raw size
 *                (plugin output + configuration as JSON).
 *
 *   php [-d extension=...] memory.php --mode=rss|fill [--plugin=PATH] [--n=1000]
 */

declare(strict_types=1);

require __DIR__ . '/common.php';

$o = bench_args($argv);
$mode = $o['mode'] ?? 'rss';
if ($mode === 'rss') {
    emit(['kind' => 'rss', 'ext' => extension_loaded('php_k8s_auth'), 'rss_kib' => rss_kib()]);
    exit(0);
}
[$class] = load_impl('ext');
$plugin = $o['plugin'] ?? bench_fail('--plugin=PATH missing');
$n = max(1, (int) ($o['n'] ?? 1000));
$cfg = static fn (int $i): array => exec_config($plugin, [], [['name' => 'BENCH_ENTRY', 'value' => sprintf('%06d', $i)]]);

// Warm up everything a fill touches (the runner, the allocator, PHP's heap),
// then start from an empty cache.
for ($i = 0; $i < 20; $i++) {
    (new $class($cfg(-1 - $i)))->getToken();
}
$class::clearCache();
gc_collect_cycles();
$rss0 = rss_kib();
$entries0 = $class::cacheStats()['entries'];
for ($i = 0; $i < $n; $i++) {
    $p = new $class($cfg($i));
    $p->getToken();
}
unset($p);
gc_collect_cycles();
$rss1 = rss_kib();
$entries = $class::cacheStats()['entries'] - $entries0;
if ($entries !== $n) {
    bench_fail("expected {$n} cache entries, got {$entries}");
}
// What an entry must hold at the least: the plugin's answer and its configuration.
$out = [];
exec(escapeshellarg($plugin), $out);
$raw = strlen(implode("\n", $out)) + 1 + strlen(json_encode($cfg(0)));
emit([
    'kind' => 'fill',
    'entries' => $entries,
    'rss_before_kib' => $rss0,
    'rss_after_kib' => $rss1,
    'bytes_per_entry' => ($rss1 - $rss0) * 1024 / $n,
    'raw_bytes_per_entry' => $raw,
]);
