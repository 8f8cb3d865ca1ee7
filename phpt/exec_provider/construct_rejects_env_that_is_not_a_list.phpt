--TEST--
env given as a string is rejected, naming the field and the string's length, never its content (it may be a secret)
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$e = expect_throw(fn() => new ExecCredentialProvider(['command' => 'aws', 'env' => 'AWS_PROFILE=prod']));
contains_each($e, '"env"', 'list', 'a string of 16 bytes (not shown)');
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"\"env\"": yes
"list": yes
"a string of 16 bytes (not shown)": yes
