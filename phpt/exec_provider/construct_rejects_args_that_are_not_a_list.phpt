--TEST--
args given as one string is rejected, naming the field and the string's length, never its content (it may be a secret)
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$e = expect_throw(fn() => new ExecCredentialProvider(['command' => 'aws', 'args' => 'eks get-token']));
contains_each($e, '"args"', 'list', 'a string of 13 bytes (not shown)');
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"\"args\"": yes
"list": yes
"a string of 13 bytes (not shown)": yes
