--TEST--
A valid v1 answer with an expiry: getToken() returns the token, isExpired() is false, getExpiresAt() is a UTC DateTimeImmutable of that instant
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$p = answering_provider($dir, token_answer('tok-v1', '2030-01-01T00:00:00Z'));
var_dump($p->getToken(), $p->isExpired());
$at = $p->getExpiresAt();
var_dump(get_class($at), $at->getTimezone()->getName(), $at->format('Y-m-d\TH:i:s.uP'), $at->getTimestamp());
?>
--EXPECT--
string(6) "tok-v1"
bool(false)
string(17) "DateTimeImmutable"
string(3) "UTC"
string(32) "2030-01-01T00:00:00.000000+00:00"
int(1893456000)
