--TEST--
host cache: a php-fpm worker SIGKILLed while it runs the plugin (5 s) does not block the caller waiting for that run: the other worker takes the run over at once, long before the 5 s and the 30 s run timeout
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; Fpm::skipIf(); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir(0755);
mkdir("$dir/cache", 0700);
$marker = "$dir/runs";
$slow = "$dir/slow";
// Each run writes the pid of the worker that started it ($PPID), then sleeps 5 s while $slow exists.
$plugin = sh_plugin($dir, 'plugin', <<<'SH'
echo "$PPID" >> "$MARKER"
n=$(wc -l < "$MARKER" | tr -d ' ')
if [ -e "$SLOW" ]; then sleep 5; fi
printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"tok-%s"}}' "$n"
SH);
host_token_app("$dir/app.php", ['command' => $plugin, 'interactiveMode' => 'Never',
    'env' => [['name' => 'MARKER', 'value' => $marker], ['name' => 'SLOW', 'value' => $slow]]]);
$fpm = new Fpm(['pm.max_children' => 2, 'ini' => ['php_k8s_auth.shared_cache_dir' => "$dir/cache", 'php_k8s_auth.exec_timeout' => 30]], [], [], $dir);

touch($slow);
$first = $fpm->start("$dir/app.php");
$deadline = microtime(true) + 10;
while (runs($marker) < 1 && microtime(true) < $deadline) {
    usleep(10000);
}
$victim = (int) trim(file($marker)[0] ?? '0');
echo "the first run started in worker ", in_array($victim, $fpm->workerPids(), true) ? 'W1' : "$victim (NOT A WORKER)", "\n";
// The second request goes to the other worker (W1 is busy) and must wait for W1's run, not start its own.
$second = $fpm->start("$dir/app.php");
usleep(700000);
echo "runs while W1 runs and the second request waits: ", runs($marker), "\n";
unlink($slow);
$killedAt = microtime(true);
$fpm->killWorker($victim);
$answer = $fpm->wait($second, 40);
$after = microtime(true) - $killedAt;
$a = host_answer($answer);
echo "second request: ", $a['token'] ?? $a['error'], "\n";
echo "answered within 2 s of the kill: ", var_export($after < 2.0, true), $after < 2.0 ? '' : sprintf(' (%.2f s)', $after), "\n";
echo "answered before the first run would have ended (5 s): ", var_export(microtime(true) - $first['started'] < 4.5, true), "\n";
$pids = array_map('intval', array_map('trim', file($marker)));
echo "plugin runs: ", count($pids), ", the second by another worker: ", var_export(($pids[1] ?? 0) !== $victim && ($pids[1] ?? 0) === $a['pid'], true), "\n";
echo "the second request waited for a run (host waited >= 1): ", var_export(($a['host']['waited'] ?? 0) >= 1, true), "\n";
$killed = $fpm->wait($first, 5);
echo "the killed worker's request got no answer: ", var_export($killed['body'] === '' || !str_contains($killed['body'], 'tok-'), true), "\n";
echo "a later request gets the taken-over token: ", host_answer($fpm->request("$dir/app.php"))['token'] ?? 'NO', "\n";
?>
--EXPECT--
the first run started in worker W1
runs while W1 runs and the second request waits: 1
second request: tok-2
answered within 2 s of the kill: true
answered before the first run would have ended (5 s): true
plugin runs: 2, the second by another worker: true
the second request waited for a run (host waited >= 1): true
the killed worker's request got no answer: true
a later request gets the taken-over token: tok-2
