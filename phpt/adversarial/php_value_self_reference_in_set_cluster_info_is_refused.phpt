--TEST--
A self-referencing array in setClusterInfo() is refused with an AuthenticationException saying where
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;
$a = [];
$a[0] = &$a;
$p = new ExecCredentialProvider(['command' => 'x']);
echo auth_error(fn () => $p->setClusterInfo(['server' => 'https://k', 'config' => $a])), "\n";
?>
--EXPECT--
Invalid cluster info: $clusterInfo["config"][0] refers back to an array that contains it (a recursive reference such as $a[0] = &$a); pass plain values
