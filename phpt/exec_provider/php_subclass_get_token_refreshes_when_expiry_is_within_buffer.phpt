--TEST--
TokenProvider::getToken() calls refresh() again on every call while the token expires within the 60 s refresh buffer
--FILE--
<?php
require __DIR__ . '/../fixtures/callback_provider.inc';

$p = new CallbackProvider(fn(int $n) => ["token-$n", new DateTimeImmutable('+30 seconds')]);
var_dump($p->getToken(), $p->getToken(), $p->getToken());
var_dump($p->refreshes);
?>
--EXPECT--
string(7) "token-1"
string(7) "token-2"
string(7) "token-3"
int(3)
