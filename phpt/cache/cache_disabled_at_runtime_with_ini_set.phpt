--TEST--
ini_set('php_k8s_auth.cache', '0') at run time stops sharing: the next new provider runs the plugin again
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
(new ExecCredentialProvider(plugin_config("$d/marker")))->getToken();
(new ExecCredentialProvider(plugin_config("$d/marker")))->getToken();
var_dump(runs("$d/marker"));
var_dump(ini_set('php_k8s_auth.cache', '0'));
var_dump((new ExecCredentialProvider(plugin_config("$d/marker")))->getToken(), runs("$d/marker"));
?>
--EXPECT--
int(1)
string(1) "1"
string(5) "tok-2"
int(2)
