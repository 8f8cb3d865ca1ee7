--TEST--
php_k8s_auth.plugin_policy and plugin_allowlist are system settings: ini_set() returns false and the value stays
--INI--
php_k8s_auth.plugin_policy=DenyAll
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
var_dump(ini_set('php_k8s_auth.plugin_policy', 'AllowAll'));
var_dump(ini_get('php_k8s_auth.plugin_policy'));
var_dump(ini_set('php_k8s_auth.plugin_allowlist', '/bin/sh'));
echo auth_error(fn () => (new ExecCredentialProvider(plugin_config("$d/marker")))->getToken()), "\n";
var_dump(file_exists("$d/marker"));
?>
--EXPECTF--
bool(false)
string(7) "DenyAll"
bool(false)
Exec credential provider refused to run %s: php_k8s_auth.plugin_policy is DenyAll%s
bool(false)
