--TEST--
TokenProvider::getExpiresAt() returns exactly the DateTimeInterface object refresh() stored (mutable ones too), or null
--FILE--
<?php
require __DIR__ . '/../fixtures/callback_provider.inc';

$at = new DateTime('2031-05-06 07:08:09', new DateTimeZone('Europe/Paris'));
$p = new CallbackProvider(fn(int $n) => ['t', $at]);
var_dump($p->getExpiresAt());
$p->getToken();
var_dump($p->getExpiresAt() === $at);

$none = new CallbackProvider(fn(int $n) => ['t', null]);
$none->getToken();
var_dump($none->getExpiresAt());
?>
--EXPECT--
NULL
bool(true)
NULL
