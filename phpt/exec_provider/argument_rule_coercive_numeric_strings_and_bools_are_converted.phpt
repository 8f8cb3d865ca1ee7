--TEST--
In coercive mode, numeric strings ('1e2', ' 60', '60 ') and bools are converted and 'abc' or null refused, as a PHP method does
--FILE--
<?php
require __DIR__ . '/fixtures/twin.inc';
use function Twin\compare;
compare('"1e2"', fn ($p) => $p->setRefreshBuffer("1e2"));
compare('" 60"', fn ($p) => $p->setRefreshBuffer(" 60"));
compare('"60 "', fn ($p) => $p->setRefreshBuffer("60 "));
compare('true', fn ($p) => $p->setRefreshBuffer(true));
compare('"abc"', fn ($p) => $p->setRefreshBuffer("abc"));
compare('null', fn ($p) => $p->setRefreshBuffer(null));
?>
--EXPECTF--
"1e2": same
  object, refreshBuffer=100
" 60": same
  object, refreshBuffer=60
"60 ": same
  object, refreshBuffer=60
true: same
  object, refreshBuffer=1
"abc": same
  TypeError: RenokiCo\PhpK8s\Auth\TokenProvider::setRefreshBuffer(): Argument #1 ($seconds) must be of type int, string given, called in TEST on line %d
null: same
  TypeError: RenokiCo\PhpK8s\Auth\TokenProvider::setRefreshBuffer(): Argument #1 ($seconds) must be of type int, null given, called in TEST on line %d
