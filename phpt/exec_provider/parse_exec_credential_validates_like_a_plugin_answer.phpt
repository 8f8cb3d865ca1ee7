--TEST--
parseExecCredential() refuses what a plugin run's answer would be refused for, with the same AuthenticationException
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;
class Feed extends ExecCredentialProvider
{
    public function feed(string $o): void { $this->parseExecCredential($o); }
}
$p = new Feed(['command' => 'x']);
echo auth_error(fn () => $p->feed('{"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","status":{"token":"t"}}')), "\n";
echo auth_error(fn () => $p->feed('{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{}}')), "\n";
?>
--EXPECTF--
%a
Invalid ExecCredential response: missing status.token%a
