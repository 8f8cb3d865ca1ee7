--TEST--
new ExecCredentialProvider() without a command throws AuthenticationException saying the command is required
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$e = expect_throw(fn() => new ExecCredentialProvider(['args' => ['eks', 'get-token']]));
contains_each($e, '"command"', 'required');
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"\"command\"": yes
"required": yes
