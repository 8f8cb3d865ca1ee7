--TEST--
getToken() on a subclass of ExecCredentialProvider asks the subclass's isExpired() override whether to refresh
--INI--
php_k8s_auth.cache=0
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

// E.g. a subclass that forces a new token after its own revocation check.
class RevokedProvider extends ExecCredentialProvider
{
    public int $checks = 0;

    public function isExpired(): bool
    {
        $this->checks++;
        return true;
    }
}

$dir = test_dir();
write_answer($dir, token_answer('tok-@RUN@', '2030-01-01T00:00:00Z'));
$p = new RevokedProvider(plugin_exec($dir));
var_dump($p->getToken(), $p->getToken());
var_dump($p->checks >= 1, runs($dir));
?>
--EXPECT--
string(5) "tok-1"
string(5) "tok-2"
bool(true)
int(2)
