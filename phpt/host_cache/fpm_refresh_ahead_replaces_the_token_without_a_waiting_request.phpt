--TEST--
host cache: refresh ahead under php-fpm: tokens valid for the refresh buffer (10 s) + 3 s, a 0.5 s plugin, requests for 8 s: the token changes, a background refresh did it, and no request after the first took 250 ms or more
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; Fpm::skipIf(); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir(0755);
mkdir("$dir/cache", 0700);
$marker = "$dir/runs";
host_token_app("$dir/app.php", plugin_config_in($dir, $marker, ['EXPIRES_IN' => 13, 'SLEEP' => '0.5']), 10);
$fpm = new Fpm(['pm.max_children' => 2, 'ini' => ['php_k8s_auth.shared_cache_dir' => "$dir/cache"]], [], [], $dir);

$answers = [];
$end = microtime(true) + 8;
while (microtime(true) < $end) {
    // Two clients at a time, so both workers serve.
    $pair = [$fpm->start("$dir/app.php"), $fpm->start("$dir/app.php")];
    foreach ($pair as $r) {
        $answers[] = host_answer($fpm->wait($r));
    }
    usleep(20000);
}
// The host counters, once any refresh still running (0.5 s) has ended; this
// request may start another one, so the count is between the runs before and after.
usleep(1000000);
$runsBefore = runs($marker);
$last = host_answer($fpm->request("$dir/app.php"));
$runsAfter = runs($marker);
$fpm->stop();
$errors = array_filter(array_column($answers, 'error'));
echo "errors: ", $errors ? implode("\n", array_unique($errors)) : 'none', "\n";
$tokens = array_values(array_unique(array_column($answers, 'token')));
echo "the token changed: ", var_export(count($tokens) >= 2, true), " (first ", $tokens[0] ?? 'none', ")\n";
echo "both workers answered: ", var_export(count(array_unique(array_column($answers, 'pid'))) === 2, true), "\n";
// The first pair is the cold start (one of them runs the plugin, the other may wait for it).
$slow = array_filter(array_slice($answers, 2), fn ($a) => $a['ms'] >= 250);
echo "requests after the first pair that took >= 250 ms: ", count($slow),
    $slow ? ' (' . implode(', ', array_map(fn ($a) => round($a['ms']) . ' ms', $slow)) . ')' : '', "\n";
$host = $last['host'];
echo "background refreshes >= 1: ", var_export(($host['background_refreshes'] ?? 0) >= 1, true), "\n";
echo "host plugin runs = runs of the plugin: ", var_export(($host['plugin_runs'] ?? -1) >= $runsBefore && ($host['plugin_runs'] ?? -1) <= $runsAfter, true), "\n";
echo "only the cold start waited for a plugin: ", var_export(($host['waited'] ?? -1) >= 1 && ($host['waited'] ?? -1) <= 2, true), "\n";
?>
--EXPECTF--
errors: none
the token changed: true (first tok-1)
both workers answered: true
requests after the first pair that took >= 250 ms: 0
background refreshes >= 1: true
host plugin runs = runs of the plugin: true
only the cold start waited for a plugin: true
