--TEST--
new ExecCredentialProvider() with a string instead of an array throws TypeError, as the array type hint does
--FILE--
<?php
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

foreach (['aws eks get-token', null, 42] as $arg) {
    try {
        new ExecCredentialProvider($arg);
        echo "no exception\n";
    } catch (TypeError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
TypeError: RenokiCo\PhpK8s\Auth\ExecCredentialProvider::__construct(): Argument #1 ($execConfig) must be of type array, string given, called in %s on line %d
TypeError: RenokiCo\PhpK8s\Auth\ExecCredentialProvider::__construct(): Argument #1 ($execConfig) must be of type array, null given, called in %s on line %d
TypeError: RenokiCo\PhpK8s\Auth\ExecCredentialProvider::__construct(): Argument #1 ($execConfig) must be of type array, int given, called in %s on line %d
