--TEST--
In coercive mode, setRefreshBuffer(1.5) raises PHP's deprecation and truncates, and 2.0 is accepted, as a PHP method does
--FILE--
<?php
require __DIR__ . '/fixtures/twin.inc';
use function Twin\compare;
compare('1.5', fn ($p) => $p->setRefreshBuffer(1.5));
compare('2.0', fn ($p) => $p->setRefreshBuffer(2.0));
compare('1e30', fn ($p) => $p->setRefreshBuffer(1e30));
?>
--EXPECTF--
1.5: same
  Deprecated: Implicit conversion from float 1.5 to int loses precision
  object, refreshBuffer=1
2.0: same
  object, refreshBuffer=2
1e30: same
  TypeError: RenokiCo\PhpK8s\Auth\TokenProvider::setRefreshBuffer(): Argument #1 ($seconds) must be of type int, float given, called in TEST on line %d
