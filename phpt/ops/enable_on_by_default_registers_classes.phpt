--TEST--
By default (php_k8s_auth.enable = On) the four classes are native and phpinfo() says so
--FILE--
<?php
echo ini_get('php_k8s_auth.enable'), "\n";
echo class_exists('RenokiCo\PhpK8s\Auth\ExecCredentialProvider', false) ? 'native' : 'missing', "\n";
ob_start();
phpinfo(INFO_MODULES);
preg_match('/^native classes => (.*)$/m', ob_get_clean(), $m);
echo "phpinfo: ", $m[1], "\n";
?>
--EXPECT--
1
native
phpinfo: registered
