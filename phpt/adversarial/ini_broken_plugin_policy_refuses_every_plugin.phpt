--TEST--
A misspelt plugin_policy in php.ini fails closed: a startup warning, and every plugin is refused before it starts
--INI--
php_k8s_auth.plugin_policy=Alowlist
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$plug = sh_plugin($d, 'p', "touch $d/ran\n" . OK_ANSWER);
try {
    (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $plug]))->getToken();
} catch (RenokiCo\PhpK8s\Exceptions\AuthenticationException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(file_exists("$d/ran"));
?>
--EXPECTF--
%AWarning: PHP Startup: php_k8s_auth.plugin_policy "Alowlist" is not one of AllowAll, DenyAll, Allowlist; until php.ini is fixed, php_k8s_auth refuses every exec credential plugin in Unknown on line 0
%ARenokiCo\PhpK8s\Exceptions\AuthenticationException: Invalid exec credential configuration: php_k8s_auth.plugin_policy "Alowlist" is not one of AllowAll, DenyAll, Allowlist; until php.ini is fixed, php_k8s_auth refuses every exec credential plugin
bool(false)
