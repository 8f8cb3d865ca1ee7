--TEST--
Too few arguments give PHP's ArgumentCountError for a method, naming the caller's file and line
--FILE--
<?php
require __DIR__ . '/fixtures/twin.inc';
use function Twin\compare;
compare('setRefreshBuffer()', fn ($p) => $p->setRefreshBuffer());
compare('setClusterInfo()', fn ($p) => $p->setClusterInfo());
?>
--EXPECTF--
setRefreshBuffer(): same
  ArgumentCountError: Too few arguments to function RenokiCo\PhpK8s\Auth\TokenProvider::setRefreshBuffer(), 0 passed in TEST on line %d and exactly 1 expected
setClusterInfo(): same
  ArgumentCountError: Too few arguments to function RenokiCo\PhpK8s\Auth\ExecCredentialProvider::setClusterInfo(), 0 passed in TEST on line %d and exactly 1 expected
