--TEST--
The module registers the four PHP K8s names
--FILE--
<?php
var_dump(extension_loaded('php_k8s_auth'));
foreach ([
    'RenokiCo\PhpK8s\Contracts\TokenProviderInterface' => 'interface_exists',
    'RenokiCo\PhpK8s\Auth\TokenProvider' => 'class_exists',
    'RenokiCo\PhpK8s\Auth\ExecCredentialProvider' => 'class_exists',
    'RenokiCo\PhpK8s\Exceptions\AuthenticationException' => 'class_exists',
] as $name => $check) {
    echo $name, ': ', var_export($check($name, false), true), "\n";
}
?>
--EXPECT--
bool(true)
RenokiCo\PhpK8s\Contracts\TokenProviderInterface: true
RenokiCo\PhpK8s\Auth\TokenProvider: true
RenokiCo\PhpK8s\Auth\ExecCredentialProvider: true
RenokiCo\PhpK8s\Exceptions\AuthenticationException: true
