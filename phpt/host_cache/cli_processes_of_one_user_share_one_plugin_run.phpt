--TEST--
host cache: two php CLI processes of the same user started together share one plugin run (the second waits for the first's), and a third process later gets the token from the host file without running the plugin; the folder is created 0700 and the file 0600
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; if (Fpm::extensionPath() === null) echo 'skip cannot find the loaded module'; ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$cache = "$dir/cache";
$marker = "$dir/runs";
host_token_app("$dir/app.php", plugin_config($marker, ['SLEEP' => 1]));
$ini = ['php_k8s_auth.shared_cache_dir' => $cache];
// A first process makes the folder and the file (cacheStats() opens them), so the two below test
// single flight only (creating the file together: hostcache_processes_creating_the_file_together_all_use_it).
file_put_contents("$dir/open.php", '<?php echo RenokiCo\PhpK8s\Auth\ExecCredentialProvider::cacheStats()["host"]["state"] ?? "NONE";');
echo "first process: host cache ", php_child_wait(php_child("$dir/open.php", $ini))[0], "\n";
$children = [php_child("$dir/app.php", $ini), php_child("$dir/app.php", $ini)];
$answers = [];
foreach ($children as $c) {
    [$out, $err, $code] = php_child_wait($c);
    $answers[] = json_decode($out, true) ?? ['token' => null, 'error' => "exit $code: $out $err"];
}
echo "together: ", implode(' ', array_map(fn ($a) => $a['token'] ?? $a['error'], $answers)), "\n";
[$out, $err, $code] = php_child_wait(php_child("$dir/app.php", $ini));
$third = json_decode($out, true) ?? ['token' => null, 'error' => "exit $code: $out $err", 'ms' => 0];
echo "later: ", $third['token'] ?? $third['error'], ", without waiting for a plugin: ", var_export($third['ms'] < 250, true), "\n";
echo "plugin runs: ", runs($marker), "\n";
$host = $third['host'] ?? [];
echo "host: entries ", $host['entries'] ?? 'NONE', ", plugin runs ", $host['plugin_runs'] ?? 'NONE', ", calls that waited ", $host['waited'] ?? 'NONE', "\n";
clearstatcache();
echo "folder mode ", is_dir($cache) ? decoct(fileperms($cache) & 0777) : 'MISSING', ", file mode ",
    is_file("$cache/" . HOST_FILE) ? decoct(fileperms("$cache/" . HOST_FILE) & 0777) : 'MISSING', "\n";
?>
--EXPECT--
first process: host cache on
together: tok-1 tok-1
later: tok-1, without waiting for a plugin: true
plugin runs: 1
host: entries 1, plugin runs 1, calls that waited 2
folder mode 700, file mode 600
