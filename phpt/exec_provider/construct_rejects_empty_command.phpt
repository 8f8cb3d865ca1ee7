--TEST--
new ExecCredentialProvider() with an empty command throws AuthenticationException naming the field
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$e = expect_throw(fn() => new ExecCredentialProvider(['command' => '']));
contains_each($e, '"command"', 'empty');
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"\"command\"": yes
"empty": yes
