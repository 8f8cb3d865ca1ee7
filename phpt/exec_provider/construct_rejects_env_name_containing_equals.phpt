--TEST--
an env entry whose name contains '=' is rejected, naming the entry and only the part of the name before the '='
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$e = expect_throw(fn() => new ExecCredentialProvider(['command' => 'aws', 'env' => [['name' => 'A=B', 'value' => 'c']]]));
contains_each($e, '"env"[0]', '"A=…"', '\'=\'');
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"\"env\"[0]": yes
"\"A=…\"": yes
"'='": yes
