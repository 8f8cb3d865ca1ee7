--TEST--
A NAN float in the cluster's config is refused (no JSON form), naming where
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;
$p = new ExecCredentialProvider(['command' => 'x']);
echo auth_error(fn () => $p->setClusterInfo(['config' => ['ratio' => NAN]])), "\n";
?>
--EXPECT--
Invalid cluster info: $clusterInfo["config"]["ratio"] is the float NaN, which has no JSON form
