--TEST--
A credential without expirationTimestamp is shared only for php_k8s_auth.cache_max_age seconds; after that a new provider runs the plugin
--INI--
php_k8s_auth.cache_max_age=1
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
var_dump((new ExecCredentialProvider(plugin_config("$d/marker")))->getToken());
var_dump((new ExecCredentialProvider(plugin_config("$d/marker")))->getToken());
sleep(2);
var_dump((new ExecCredentialProvider(plugin_config("$d/marker")))->getToken(), runs("$d/marker"));
?>
--EXPECT--
string(5) "tok-1"
string(5) "tok-1"
string(5) "tok-2"
int(2)
