--TEST--
Under strict_types, setRefreshBuffer() refuses a numeric string, a bool and a float exactly as a PHP method with the same signature does
--FILE--
<?php
declare(strict_types=1);
require __DIR__ . '/fixtures/twin.inc';
use function Twin\compare;
compare('"60"', fn ($p) => $p->setRefreshBuffer("60"));
compare('true', fn ($p) => $p->setRefreshBuffer(true));
compare('1.0', fn ($p) => $p->setRefreshBuffer(1.0));
compare('null', fn ($p) => $p->setRefreshBuffer(null));
compare('30', fn ($p) => $p->setRefreshBuffer(30));
?>
--EXPECTF--
"60": same
  TypeError: RenokiCo\PhpK8s\Auth\TokenProvider::setRefreshBuffer(): Argument #1 ($seconds) must be of type int, string given, called in TEST on line %d
true: same
  TypeError: RenokiCo\PhpK8s\Auth\TokenProvider::setRefreshBuffer(): Argument #1 ($seconds) must be of type int, %s given, called in TEST on line %d
1.0: same
  TypeError: RenokiCo\PhpK8s\Auth\TokenProvider::setRefreshBuffer(): Argument #1 ($seconds) must be of type int, float given, called in TEST on line %d
null: same
  TypeError: RenokiCo\PhpK8s\Auth\TokenProvider::setRefreshBuffer(): Argument #1 ($seconds) must be of type int, null given, called in TEST on line %d
30: same
  object, refreshBuffer=30
