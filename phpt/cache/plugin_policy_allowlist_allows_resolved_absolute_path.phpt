--TEST--
php_k8s_auth.plugin_policy=Allowlist allows a command whose resolved absolute path is listed, though it is written as a bare name
--INI--
php_k8s_auth.plugin_policy=Allowlist
php_k8s_auth.plugin_allowlist={PWD}/fixtures/plugin.sh
--ENV--
PATH={PWD}/fixtures:/usr/bin:/bin
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
$config = plugin_config("$d/marker");
$config['command'] = 'plugin.sh';
var_dump((new ExecCredentialProvider($config))->getToken(), runs("$d/marker"));
var_dump((new ExecCredentialProvider(plugin_config("$d/marker2")))->getToken(), runs("$d/marker2"));
?>
--EXPECT--
string(5) "tok-1"
int(1)
string(5) "tok-1"
int(1)
