--TEST--
1,000,000 getToken() calls and 5,000 refreshes leave the resident memory flat
--SKIPIF--
<?php
if (getenv('USE_ZEND_ALLOC') === '0') die('skip too slow under valgrind');
if (PHP_DEBUG) die('skip a memory soak for release builds; debug builds report leaks instead');
if (!is_readable('/proc/self/status')) die('skip needs /proc');
?>
--FILE--
<?php
function rss_kb(): int {
    preg_match('/^VmRSS:\s+(\d+)/m', file_get_contents('/proc/self/status'), $m);
    return (int) $m[1];
}
$answer = tempnam(sys_get_temp_dir(), 'pk8s');
file_put_contents($answer, '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"' . str_repeat('t', 1500) . '","expirationTimestamp":"2099-01-01T00:00:00Z"}}');
$p = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => '/bin/cat', 'args' => [$answer]]);

// Warm up both paths, then measure.
for ($i = 0; $i < 200; $i++) { $p->refresh(); }
for ($i = 0; $i < 100000; $i++) { $p->getToken(); }
gc_collect_cycles();
$start = rss_kb();

for ($i = 0; $i < 1000000; $i++) { $p->getToken(); $p->isExpired(); }
$afterCalls = rss_kb();
for ($i = 0; $i < 5000; $i++) { $p->refresh(); }
gc_collect_cycles();
$afterRefreshes = rss_kb();
unlink($answer);

printf("calls grew by less than 1 MiB: %s\n", $afterCalls - $start < 1024 ? 'yes' : "no ({$start} -> {$afterCalls} kB)");
printf("refreshes grew by less than 2 MiB: %s\n", $afterRefreshes - $afterCalls < 2048 ? 'yes' : "no ({$afterCalls} -> {$afterRefreshes} kB)");
$s = RenokiCo\PhpK8s\Auth\ExecCredentialProvider::cacheStats();
echo "plugin runs: {$s['plugin_runs']}\n";
?>
--EXPECT--
calls grew by less than 1 MiB: yes
refreshes grew by less than 2 MiB: yes
plugin runs: 5200
