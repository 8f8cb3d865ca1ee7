--TEST--
php_k8s_auth.plugin_policy=DenyAll: the plugin is never started and the error names the policy
--INI--
php_k8s_auth.plugin_policy=DenyAll
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
$p = new ExecCredentialProvider(plugin_config("$d/marker"));
echo auth_error(fn () => $p->getToken()), "\n";
echo auth_error(fn () => $p->refresh()), "\n";
var_dump(file_exists("$d/marker"));
?>
--EXPECTF--
Exec credential provider refused to run %s/fixtures/plugin.sh: php_k8s_auth.plugin_policy is DenyAll, %s
Exec credential provider refused to run %s/fixtures/plugin.sh: php_k8s_auth.plugin_policy is DenyAll, %s
bool(false)
