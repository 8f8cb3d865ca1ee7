--TEST--
Allowlist: ".." in an absolute command is resolved before comparing: a detour to the allowed file runs it, a detour out of it to the app's own file is refused
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
mkdir("$d/sub");
sh_plugin($d, 'pk8s-allowed', OK_ANSWER);
echo (new ExecCredentialProvider(['command' => __DIR__ . '/fixtures/../fixtures/allowed/../allowed/pk8s-allowed']))->getToken(), "\n";
echo str_contains(auth_error(fn() => (new ExecCredentialProvider(['command' => "$d/sub/../pk8s-allowed"]))->getToken()), 'refused to run') ? "detour refused\n" : "detour ran\n";
?>
--EXPECT--
allowed-ok
detour refused
