--TEST--
exec_timeout=0 lets a plugin run as long as it needs
--INI--
php_k8s_auth.exec_timeout=0
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$plug = sh_plugin($d, 'slowish', "sleep 1.5\n" . OK_ANSWER);
var_dump((new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $plug]))->getToken());
?>
--EXPECT--
string(6) "tok-ok"
