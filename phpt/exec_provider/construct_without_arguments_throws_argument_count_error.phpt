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
--EXPECTF--
ArgumentCountError: Too few arguments to function RenokiCo\PhpK8s\Auth\ExecCredentialProvider::__construct(), 0 passed in %s on line %d and exactly 1 expected
