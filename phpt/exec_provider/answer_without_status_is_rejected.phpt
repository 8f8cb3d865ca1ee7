--TEST--
An answer without a status field (or status null) is rejected with a message about the missing status
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

foreach ([['apiVersion' => V1, 'kind' => 'ExecCredential'], ['apiVersion' => V1, 'kind' => 'ExecCredential', 'status' => null]] as $answer) {
    $dir = test_dir();
    $e = expect_throw(fn() => answering_provider($dir, $answer)->getToken());
    contains_each($e, 'Invalid ExecCredential response', 'status');
}
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"Invalid ExecCredential response": yes
"status": yes
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"Invalid ExecCredential response": yes
"status": yes
