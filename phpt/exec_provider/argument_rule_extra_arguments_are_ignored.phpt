--TEST--
Extra arguments are ignored, as by a PHP method: setRefreshBuffer(5, 6), isExpired(1), setClusterInfo([], 'x')
--SKIPIF--
<?php if (PHP_DEBUG) die("skip a debug build of PHP enforces internal functions' arginfo after each call, so extra arguments throw there (README, Deviations)"); ?>
--FILE--
<?php
require __DIR__ . '/fixtures/twin.inc';
use function Twin\compare;
compare('setRefreshBuffer(5, 6)', fn ($p) => $p->setRefreshBuffer(5, 6));
compare('isExpired(1)', fn ($p) => $p->isExpired(1));
compare('setClusterInfo([], "x")', fn ($p) => $p->setClusterInfo([], 'x')->setRefreshBuffer(7));
?>
--EXPECTF--
setRefreshBuffer(5, 6): same
  object, refreshBuffer=5
isExpired(1): same
  false
setClusterInfo([], "x"): same
  object, refreshBuffer=7
