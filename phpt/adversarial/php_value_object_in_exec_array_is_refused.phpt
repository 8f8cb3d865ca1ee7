--TEST--
An object inside the exec array is refused, naming where and what is accepted
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;
echo auth_error(fn () => new ExecCredentialProvider(['command' => 'x', 'args' => [new stdClass()]])), "\n";
?>
--EXPECT--
Invalid exec credential configuration: $execConfig["args"][0] is object, but only arrays, strings, numbers, booleans and null are accepted
