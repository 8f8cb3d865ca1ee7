--TEST--
new ExecCredentialProvider() without arguments throws ArgumentCountError
--FILE--
<?php
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

try {
    new ExecCredentialProvider();
    echo "no exception\n";
} catch (ArgumentCountError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
ArgumentCountError: RenokiCo\PhpK8s\Auth\ExecCredentialProvider::__construct() expects exactly 1 argument, 0 given
