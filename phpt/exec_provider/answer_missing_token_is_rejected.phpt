--TEST--
An answer whose status has no token (nor certificate) gives "Invalid ExecCredential response: missing status.token"
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$p = answering_provider($dir, ['apiVersion' => V1, 'kind' => 'ExecCredential', 'status' => ['expirationTimestamp' => '2030-01-01T00:00:00Z']]);
$e = expect_throw(fn() => $p->getToken());
contains_each($e, 'Invalid ExecCredential response: missing status.token');
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"Invalid ExecCredential response: missing status.token": yes
