--TEST--
A plugin that leaves a setsid daemon holding its stdout open does not hang the request: the run ends 1 s after the plugin exited, saying so
--INI--
php_k8s_auth.exec_timeout=30
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$plug = sh_plugin($d, 'p', "setsid sh -c 'echo \$\$ > \"$d/daemon\"; exec sleep 30' &\nsleep 0.2\nexit 0");
$t = microtime(true);
$m = auth_error(fn() => (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $plug]))->getToken());
echo str_contains($m, 'exited, but a process it started kept its output open') ? "output held open\n" : "$m\n";
echo 'within 3 s: ', var_export(microtime(true) - $t < 3, true), "\n";
// Documented limit: a daemon in its own session escapes the group kill.
@posix_kill((int) @file_get_contents("$d/daemon"), 9);
?>
--EXPECT--
output held open
within 3 s: true
