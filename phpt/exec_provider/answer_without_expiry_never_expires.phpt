--TEST--
An answer without expirationTimestamp (or with null) gives getExpiresAt() null and isExpired() false
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$p = answering_provider($dir, token_answer('no-expiry'));
var_dump($p->getToken(), $p->getExpiresAt(), $p->isExpired());

$dir = test_dir();
$q = answering_provider($dir, ['apiVersion' => V1, 'kind' => 'ExecCredential', 'status' => ['token' => 'null-expiry', 'expirationTimestamp' => null]]);
var_dump($q->getToken(), $q->getExpiresAt(), $q->isExpired());
?>
--EXPECT--
string(9) "no-expiry"
NULL
bool(false)
string(11) "null-expiry"
NULL
bool(false)
