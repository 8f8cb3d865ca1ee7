--TEST--
An invalid setting is refused by ini_set() with a warning naming the setting, and runs keep the old value
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$plug = sh_plugin($d, 'p', "touch $d/ran\n" . OK_ANSWER);
var_dump(ini_set('php_k8s_auth.exec_timeout', 'soon'), ini_get('php_k8s_auth.exec_timeout'));
try {
    (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $plug]))->getToken();
} catch (RenokiCo\PhpK8s\Exceptions\AuthenticationException $e) {
    echo $e->getMessage(), "\n";
}
var_dump(file_exists("$d/ran"));
?>
--EXPECTF--
Warning: ini_set(): php_k8s_auth.exec_timeout = "soon" is not valid: expected a number of seconds from 0 to 86400; the value is unchanged in %s on line %d
bool(false)
string(2) "60"
bool(true)
