--TEST--
an env entry without a name is rejected (kubectl rejects it too), naming the entry
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$e = expect_throw(fn() => new ExecCredentialProvider(['command' => 'aws', 'env' => [['name' => 'A', 'value' => 'a'], ['value' => 'orphan']]]));
contains_each($e, '"env"[1]', '"name"');
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"\"env\"[1]": yes
"\"name\"": yes
