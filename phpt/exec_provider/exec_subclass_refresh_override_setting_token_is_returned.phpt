--TEST--
A subclass of ExecCredentialProvider whose refresh() override sets $this->token itself (no plugin run) gets that token from getToken()
--INI--
php_k8s_auth.cache=0
--FILE--
<?php
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

// As with the PHP base class: getToken() calls refresh() when no token is
// held, then returns $this->token.
class PreloadedProvider extends ExecCredentialProvider
{
    public int $refreshes = 0;

    public function refresh(): void
    {
        $this->refreshes++;
        $this->token = 'preloaded-token';
        $this->expiresAt = new DateTimeImmutable('+1 hour');
    }
}

$p = new PreloadedProvider(['command' => 'k8s-auth-never-run']);
try {
    var_dump($p->getToken());
    var_dump($p->getToken());
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($p->refreshes, $p->isExpired());
?>
--EXPECT--
string(15) "preloaded-token"
string(15) "preloaded-token"
int(1)
bool(false)
