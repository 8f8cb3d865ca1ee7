--TEST--
AllowAll with php_k8s_auth.plugin_env_guard=0 passes BASH_ENV through as before (the documented opt-out), and ini_set() cannot change the switch
--INI--
php_k8s_auth.plugin_env_guard=0
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$plug = sh_plugin($d, 'p', 'printf "%s" "{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"status\":{\"token\":\"$BASH_ENV\"}}"');
echo (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $plug, 'env' => [['name' => 'BASH_ENV', 'value' => 'passed']]]))->getToken(), "\n";
var_dump(ini_set('php_k8s_auth.plugin_env_guard', '1'));
?>
--EXPECT--
passed
bool(false)
