--TEST--
env given as a string is rejected, naming the field and the value
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$e = expect_throw(fn() => new ExecCredentialProvider(['command' => 'aws', 'env' => 'AWS_PROFILE=prod']));
contains_each($e, '"env"', 'list', '"AWS_PROFILE=prod"');
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"\"env\"": yes
"list": yes
"\"AWS_PROFILE=prod\"": yes
