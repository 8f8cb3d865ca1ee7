--TEST--
A plugin that starts 40 background children and never answers is killed at exec_timeout together with all of them (one process group)
--INI--
php_k8s_auth.exec_timeout=1
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$plug = sh_plugin($d, 'p', "i=0\nwhile [ \$i -lt 40 ]; do sleep 30 & echo \$! >> '$d/pids'; i=\$((i+1)); done\nsleep 30");
$m = auth_error(fn() => (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $plug]))->getToken());
echo str_contains($m, 'timed out after 1 seconds') ? "timed out\n" : "$m\n";
$pids = array_map('intval', file("$d/pids"));
usleep(200000);
$left = array_filter($pids, fn($p) => process_state($p) === 'alive');
echo count($pids), " children started, ", count($left), " left running\n";
?>
--EXPECT--
timed out
40 children started, 0 left running
