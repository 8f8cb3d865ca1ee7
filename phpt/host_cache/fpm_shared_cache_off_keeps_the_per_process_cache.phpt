--TEST--
host cache: php_k8s_auth.shared_cache = Off under php-fpm keeps today's per-process cache: each (recycled) worker runs the plugin once, no host file is made, cacheStats()['host'] says off with zero counts, phpinfo() says off (no host figures), no fallback message
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; Fpm::skipIf(); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir(0755);
mkdir("$dir/cache", 0700);
$marker = "$dir/runs";
host_token_app("$dir/app.php", plugin_config_in($dir, $marker));
$fpm = new Fpm(['pm.max_children' => 2, 'pm.max_requests' => 2],
    ['php_k8s_auth.shared_cache' => 'Off', 'php_k8s_auth.shared_cache_dir' => "$dir/cache", 'log_errors' => 1], [], $dir);
$answers = [];
for ($i = 0; $i < 6; $i++) {
    $answers[] = host_answer($fpm->request("$dir/app.php", ['info' => $i === 5 ? '1' : '0']));
}
$lines = $fpm->logLines(HOST_FALLBACK);
$fpm->stop();
$pids = count(array_unique(array_column($answers, 'pid')));
echo "tokens: ", count(array_filter(array_column($answers, 'token'))), " of 6\n";
echo "plugin runs = worker processes that answered (3 or more): ", var_export(runs($marker) === $pids && $pids >= 3, true), " (", runs($marker), " runs, $pids processes)\n";
echo "host: ", json_encode($answers[5]['host'] ?? null), "\n";
$info = $answers[5]['info'] ?? [];
echo "host-wide cache => ", $info['host-wide cache'] ?? 'NONE', "\n";
// The host-wide figures are shown only while the host cache is on.
echo "rows with (host): ", count(array_filter(array_keys($info), fn ($k) => str_contains($k, '(host)'))), "\n";
echo "files in the cache folder: ", count(scandir("$dir/cache")) - 2, "\n";
echo "fallback lines: ", count($lines), "\n";
?>
--EXPECTF--
tokens: 6 of 6
plugin runs = worker processes that answered (3 or more): true (%d runs, %d processes)
host: {"state":"off","reason":null,"path":null,"entries":0,"plugin_runs":0,"failures":0,"background_refreshes":0,"waited":0}
host-wide cache => off (php_k8s_auth.shared_cache = Off)
rows with (host): 0
files in the cache folder: 0
fallback lines: 0
