--TEST--
setClusterInfo() refuses a string or null in coercive mode and accepts an empty array, as a PHP method with an array parameter does
--FILE--
<?php
require __DIR__ . '/fixtures/twin.inc';
use function Twin\compare;
compare('"x"', fn ($p) => $p->setClusterInfo("x"));
compare('null', fn ($p) => $p->setClusterInfo(null));
compare('[]', fn ($p) => $p->setClusterInfo([])->setRefreshBuffer(9));
?>
--EXPECTF--
"x": same
  TypeError: RenokiCo\PhpK8s\Auth\ExecCredentialProvider::setClusterInfo(): Argument #1 ($clusterInfo) must be of type array, string given, called in TEST on line %d
null: same
  TypeError: RenokiCo\PhpK8s\Auth\ExecCredentialProvider::setClusterInfo(): Argument #1 ($clusterInfo) must be of type array, null given, called in TEST on line %d
[]: same
  object, refreshBuffer=9
