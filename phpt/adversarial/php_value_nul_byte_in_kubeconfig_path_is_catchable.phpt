--TEST--
A NUL byte in a kubeconfig path gives a catchable AuthenticationException, not a plain Error
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;
try {
    ExecCredentialProvider::fromKubeConfigYamlFile("/tmp/a\0b");
    echo "no exception\n";
} catch (AuthenticationException $e) {
    echo get_class($e), "\n";
    var_dump(str_contains($e->getMessage(), "\0"));
}
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
bool(false)
