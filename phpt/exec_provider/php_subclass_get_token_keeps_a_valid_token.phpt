--TEST--
TokenProvider::getToken() does not call refresh() again while the token is valid beyond the refresh buffer
--FILE--
<?php
require __DIR__ . '/../fixtures/callback_provider.inc';

$p = new CallbackProvider(fn(int $n) => ["token-$n", new DateTimeImmutable('+1 hour')]);
var_dump($p->getToken(), $p->getToken(), $p->getToken());
var_dump($p->refreshes);

$forever = new CallbackProvider(fn(int $n) => ["forever-$n", null]);
$forever->getToken();
$forever->getToken();
var_dump($forever->refreshes);
?>
--EXPECT--
string(7) "token-1"
string(7) "token-1"
string(7) "token-1"
int(1)
int(1)
