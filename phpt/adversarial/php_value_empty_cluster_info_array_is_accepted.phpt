--TEST--
setClusterInfo([]) accepts an empty PHP array as an empty cluster, as PHP K8s does
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;
$p = new ExecCredentialProvider(['command' => 'x']);
var_dump($p->setClusterInfo([]) === $p);
var_dump($p->getClusterInfo()['server']);
?>
--EXPECT--
bool(true)
NULL
