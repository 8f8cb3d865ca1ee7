--TEST--
An answer with clientCertificateData but no clientKeyData is rejected, even when it also carries a token
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

require __DIR__ . '/../fixtures/client_pair.inc';
[$cert] = client_pair();
foreach ([['clientCertificateData' => $cert], ['token' => 't', 'clientCertificateData' => $cert]] as $status) {
    $dir = test_dir();
    $p = answering_provider($dir, ['apiVersion' => V1, 'kind' => 'ExecCredential', 'status' => $status]);
    $e = expect_throw(fn() => $p->getToken());
    contains_each($e, 'Invalid ExecCredential response', 'clientKeyData');
    var_dump(str_contains($e->getMessage(), 'TUlJQnRlc3Q'));
}
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"Invalid ExecCredential response": yes
"clientKeyData": yes
bool(false)
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"Invalid ExecCredential response": yes
"clientKeyData": yes
bool(false)
