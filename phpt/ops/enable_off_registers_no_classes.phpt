--TEST--
php_k8s_auth.enable = Off loads the module but registers none of the four classes, and phpinfo() says so
--INI--
php_k8s_auth.enable=Off
--FILE--
<?php
echo "module loaded: ", extension_loaded('php_k8s_auth') ? 'yes' : 'no', "\n";
foreach ([
    'RenokiCo\PhpK8s\Contracts\TokenProviderInterface' => 'interface_exists',
    'RenokiCo\PhpK8s\Auth\TokenProvider' => 'class_exists',
    'RenokiCo\PhpK8s\Auth\ExecCredentialProvider' => 'class_exists',
    'RenokiCo\PhpK8s\Exceptions\AuthenticationException' => 'class_exists',
] as $name => $exists) {
    echo $name, ': ', $exists($name, false) ? 'native' : 'not registered', "\n";
}
ob_start();
phpinfo(INFO_MODULES);
preg_match('/^native classes => (.*)$/m', ob_get_clean(), $m);
echo "phpinfo: ", $m[1], "\n";
echo "ini_set refused at runtime: ", var_export(ini_set('php_k8s_auth.enable', '1'), true), "\n";
// Composer's autoloader would now load PHP K8s's own classes.
spl_autoload_register(function ($class) { echo "autoload $class\n"; });
class_exists('RenokiCo\PhpK8s\Auth\ExecCredentialProvider');
?>
--EXPECT--
module loaded: yes
RenokiCo\PhpK8s\Contracts\TokenProviderInterface: not registered
RenokiCo\PhpK8s\Auth\TokenProvider: not registered
RenokiCo\PhpK8s\Auth\ExecCredentialProvider: not registered
RenokiCo\PhpK8s\Exceptions\AuthenticationException: not registered
phpinfo: not registered (php_k8s_auth.enable = Off): PHP K8s's own classes are used
ini_set refused at runtime: false
autoload RenokiCo\PhpK8s\Auth\ExecCredentialProvider
