--TEST--
An invalid setting makes the run fail with a message naming the setting, and the plugin does not start
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$plug = sh_plugin($d, 'p', "touch $d/ran\n" . OK_ANSWER);
ini_set('php_k8s_auth.exec_timeout', 'soon');
try {
    (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $plug]))->getToken();
} catch (RenokiCo\PhpK8s\Exceptions\AuthenticationException $e) {
    echo $e->getMessage(), "\n";
}
var_dump(file_exists("$d/ran"));
?>
--EXPECT--
Invalid exec credential configuration: php_k8s_auth.exec_timeout = "soon" is not valid: expected a number of seconds (0 or more) (check php.ini or ini_set())
bool(false)
