--TEST--
an args item that is not a string is rejected, naming its index and value
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$e = expect_throw(fn() => new ExecCredentialProvider(['command' => 'aws', 'args' => ['eks', true]]));
contains_each($e, '"args"[1]', 'must be a string', 'true');
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"\"args\"[1]": yes
"must be a string": yes
"true": yes
