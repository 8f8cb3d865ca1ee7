--TEST--
Allowlist: putenv('PATH=…') to a folder holding the app's own program of an allowed name does not run it; the allowed name still means the startup PATH's program
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
echo str_replace($d, '<app folder>', auth_error(fn() => (new ExecCredentialProvider(['command' => 'pk8s-allowed']))->getToken())), "\n";
var_dump(file_exists("$d/evil-ran"));
?>
--EXPECTF--
allowed-ok
Exec credential provider refused to run pk8s-allowed: php_k8s_auth.plugin_policy is Allowlist and "<app folder>/pk8s-allowed" is none of the programs php_k8s_auth.plugin_allowlist names (pk8s-allowed, %s/fixtures/allowed/pk8s-allowed-bash; bare names are looked up on the PATH the PHP process had at startup, never on one set later); the administrator can add it to php.ini
bool(false)
