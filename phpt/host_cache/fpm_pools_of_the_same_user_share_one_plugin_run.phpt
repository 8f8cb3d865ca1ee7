--TEST--
host cache: two php-fpm pools of the SAME user (www-data) share one plugin run for all their requests and recycled workers, concurrent cold requests of both pools included
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; Fpm::skipIfNotRoot(); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir(0755);
$cache = Fpm::userDir("$dir/cache", 'www-data');
$marker = "$dir/runs";
touch($marker);
chmod($marker, 0666);
host_token_app("$dir/app.php", plugin_config_in($dir, $marker, ['SLEEP' => '0.5']));
$pool = ['user' => 'www-data', 'pm.max_children' => 2, 'pm.max_requests' => 2,
    'ini' => ['php_k8s_auth.shared_cache_dir' => $cache]];
$fpm = new Fpm($pool, [], ['b' => $pool], $dir);
$sockets = [$fpm->socket('www'), $fpm->socket('b')];

// Cold start: two requests per pool at once, all four while the one run is in flight.
$started = [];
foreach ([0, 1, 0, 1] as $s) {
    $started[] = $fpm->start("$dir/app.php", [], [], $sockets[$s]);
}
$answers = array_map(fn ($r) => host_answer($fpm->wait($r)), $started);
for ($i = 0; $i < 12; $i++) {
    $answers[] = host_answer($fpm->request("$dir/app.php", [], [], 30, $sockets[$i % 2]));
}
$fpm->stop();
echo count($answers), " answers, tokens: ", implode(' ', array_unique(array_map(fn ($a) => $a['token'] ?? $a['error'], $answers))), "\n";
echo "worker processes that answered: ", count(array_unique(array_column($answers, 'pid'))) >= 8 ? '8 or more' : 'FEWER THAN 8', "\n";
echo "plugin runs: ", runs($marker), "\n";
$host = end($answers)['host'];
echo "host: state ", $host['state'] ?? 'NONE', ", entries ", $host['entries'] ?? 'NONE', ", plugin runs ", $host['plugin_runs'] ?? 'NONE', "\n";
echo "calls that waited for the run (the four cold ones at most): ", isset($host['waited']) && $host['waited'] >= 1 && $host['waited'] <= 4 ? 'between 1 and 4' : var_export($host['waited'] ?? null, true), "\n";
?>
--EXPECT--
16 answers, tokens: tok-1
worker processes that answered: 8 or more
plugin runs: 1
host: state on, entries 1, plugin runs 1
calls that waited for the run (the four cold ones at most): between 1 and 4
