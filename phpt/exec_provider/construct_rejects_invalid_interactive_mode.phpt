--TEST--
interactiveMode 'Sometimes' is rejected, naming the field, the value and the allowed modes
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$e = expect_throw(fn() => new ExecCredentialProvider(['command' => 'aws', 'interactiveMode' => 'Sometimes']));
contains_each($e, '"interactiveMode"', '"Sometimes"', 'IfAvailable');
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"\"interactiveMode\"": yes
"\"Sometimes\"": yes
"IfAvailable": yes
