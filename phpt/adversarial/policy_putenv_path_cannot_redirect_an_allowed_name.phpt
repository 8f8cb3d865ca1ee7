--TEST--
Allowlist: putenv('PATH=…') to a folder holding the app's own program of an allowed name does not run it; the allowed name is looked up on the startup PATH and runs the allowed program
--INI--
php_k8s_auth.plugin_policy=Allowlist
php_k8s_auth.plugin_allowlist=pk8s-allowed, {PWD}/fixtures/allowed/pk8s-allowed-bash
--ENV--
PATH={PWD}/fixtures/allowed:/usr/bin:/bin
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
sh_plugin($d, 'pk8s-allowed', "touch '$d/evil-ran'\n" . str_replace('tok-ok', 'evil', OK_ANSWER));
echo (new ExecCredentialProvider(['command' => 'pk8s-allowed']))->getToken(), "\n";
putenv("PATH=$d:/usr/bin:/bin");
echo (new ExecCredentialProvider(['command' => 'pk8s-allowed', 'args' => ['again']]))->getToken(), "\n";
var_dump(file_exists("$d/evil-ran"));
?>
--EXPECTF--
allowed-ok
allowed-ok
bool(false)
