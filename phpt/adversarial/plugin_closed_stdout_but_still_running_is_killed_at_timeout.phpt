--TEST--
A plugin that closes stdout and stderr but keeps running is killed at exec_timeout with its process group, not waited for
--INI--
php_k8s_auth.exec_timeout=1
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$plug = sh_plugin($d, 'p', "echo \$\$ > '$d/pid'\nexec >&- 2>&-\nexec sleep 30");
$t = microtime(true);
$m = auth_error(fn() => (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $plug]))->getToken());
echo str_replace($plug, '<plugin>', $m), "\n";
echo 'within 3 s: ', var_export(microtime(true) - $t < 3, true), "\n";
echo 'plugin: ', process_state((int) file_get_contents("$d/pid")), "\n";
?>
--EXPECT--
Exec credential provider failed: <plugin> timed out after 1 seconds and was killed with its process group; raise php_k8s_auth.exec_timeout (0 disables it) if the plugin legitimately needs longer
within 3 s: true
plugin: gone
