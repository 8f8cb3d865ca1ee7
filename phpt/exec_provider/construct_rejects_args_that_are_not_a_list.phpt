--TEST--
args given as one string is rejected, naming the field and the value
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$e = expect_throw(fn() => new ExecCredentialProvider(['command' => 'aws', 'args' => 'eks get-token']));
contains_each($e, '"args"', 'list', '"eks get-token"');
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"\"args\"": yes
"list": yes
"\"eks get-token\"": yes
