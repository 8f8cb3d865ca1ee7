--TEST--
A clientCertificateData + clientKeyData answer gives getToken() === '' and the PEM strings from getClientCertificateData() / getClientKeyData()
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

require __DIR__ . '/../fixtures/client_pair.inc';
[$cert, $key] = client_pair();
$dir = test_dir();
$p = answering_provider($dir, ['apiVersion' => V1, 'kind' => 'ExecCredential', 'status' => [
    'clientCertificateData' => $cert,
    'clientKeyData' => $key,
    'expirationTimestamp' => '2030-01-01T00:00:00Z',
]]);
var_dump($p->getToken());
var_dump($p->getClientCertificateData() === $cert, $p->getClientKeyData() === $key);
var_dump(runs($dir));

$dir = test_dir();
$t = answering_provider($dir, token_answer('only-token'));
var_dump($t->getToken(), $t->getClientCertificateData(), $t->getClientKeyData());
?>
--EXPECT--
string(0) ""
bool(true)
bool(true)
int(1)
string(10) "only-token"
NULL
NULL
