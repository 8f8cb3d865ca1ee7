--TEST--
TokenProvider::getToken() calls a PHP subclass's refresh() when no token is held yet, and returns the token it set
--FILE--
<?php
require __DIR__ . '/../fixtures/callback_provider.inc';

$p = new CallbackProvider(fn(int $n) => ["token-$n", null]);
var_dump($p->refreshes);
var_dump($p->getToken());
var_dump($p->refreshes);
?>
--EXPECT--
int(0)
string(7) "token-1"
int(1)
