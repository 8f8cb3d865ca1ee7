--TEST--
A client certificate answer whose key belongs to another certificate is refused with kubectl's words; matching EC, RSA and Ed25519 pairs are accepted
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
require __DIR__ . '/../fixtures/client_pair.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider as P;
$pairs = ['ec' => client_pair('ec'), 'rsa' => client_pair('rsa'), 'ed25519' => client_pair('ed25519')];
$answer = fn (string $cert, string $key) => ['apiVersion' => V1, 'kind' => 'ExecCredential',
    'status' => ['clientCertificateData' => $cert, 'clientKeyData' => $key]];
foreach ($pairs as $type => [$cert, $key]) {
    $p = answering_provider(test_dir(), $answer($cert, $key));
    $p->getToken();
    echo "$type pair: ", $p->getClientKeyData() === $key ? 'accepted' : 'wrong key', "\n";
}
$m = auth_error(fn () => answering_provider(test_dir(), $answer($pairs['ec'][0], $pairs['rsa'][1]))->getToken());
echo $m, "\n";
$body = trim(explode("\n", $pairs['rsa'][1])[1]);
echo str_contains($m, $body) ? 'key shown' : 'key not shown', "\n";
?>
--EXPECT--
ec pair: accepted
rsa pair: accepted
ed25519 pair: accepted
Invalid ExecCredential response: failed parsing client key/certificate: tls: private key does not match public key (status.clientCertificateData and status.clientKeyData must be a matching pair)
key not shown
