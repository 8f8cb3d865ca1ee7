--TEST--
TokenProvider::getToken() asks a subclass's own isExpired() override whether to refresh
--FILE--
<?php
require __DIR__ . '/../fixtures/callback_provider.inc';

class AlwaysStale extends CallbackProvider
{
    public int $checks = 0;

    public function isExpired(): bool
    {
        $this->checks++;
        return true;
    }
}

$p = new AlwaysStale(fn(int $n) => ["token-$n", null]);
var_dump($p->getToken(), $p->getToken());
var_dump($p->refreshes, $p->checks);
?>
--EXPECT--
string(7) "token-1"
string(7) "token-2"
int(2)
int(1)
