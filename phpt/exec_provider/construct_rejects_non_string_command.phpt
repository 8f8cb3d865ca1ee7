--TEST--
new ExecCredentialProvider() with a non-string command names the field and the value it got
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$e = expect_throw(fn() => new ExecCredentialProvider(['command' => 42]));
contains_each($e, '"command" must be a string', '42');
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"\"command\" must be a string": yes
"42": yes
