--TEST--
A subclass that obtains the plugin output itself and passes it to parseExecCredential() gets the token and expiry from getToken()/getExpiresAt()
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;
class OwnRunner extends ExecCredentialProvider
{
    public function refresh(): void
    {
        $this->parseExecCredential('{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"tok-own","expirationTimestamp":"2099-01-02T03:04:05Z"}}');
    }
}
$p = new OwnRunner(['command' => 'never-run']);
echo $p->getToken(), "\n";
echo $p->getExpiresAt()->format(DATE_ATOM), "\n";
var_dump($p->isExpired());
?>
--EXPECT--
tok-own
2099-01-02T03:04:05+00:00
bool(false)
