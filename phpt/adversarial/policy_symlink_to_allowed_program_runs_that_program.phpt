--TEST--
Allowlist: a symlink to the allowed program is that program (compared as canonical files); a copy of it elsewhere is not
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
symlink(__DIR__ . '/fixtures/allowed/pk8s-allowed', "$d/link");
copy(__DIR__ . '/fixtures/allowed/pk8s-allowed', "$d/copy");
chmod("$d/copy", 0755);
echo (new ExecCredentialProvider(['command' => "$d/link"]))->getToken(), "\n";
echo str_contains(auth_error(fn() => (new ExecCredentialProvider(['command' => "$d/copy"]))->getToken()), 'refused to run') ? "copy refused\n" : "copy ran\n";
?>
--EXPECT--
allowed-ok
copy refused
