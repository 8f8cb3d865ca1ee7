--TEST--
setClusterInfo() stores its argument in the protected $clusterInfo, readable through Reflection as PHP K8s's tests do
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;
$p = new ExecCredentialProvider(['command' => 'x', 'provideClusterInfo' => true]);
$info = ['server' => 'https://k:6443', 'certificate-authority-data' => null, 'insecure-skip-tls-verify' => false];
$p->setClusterInfo($info);
$r = new ReflectionProperty(ExecCredentialProvider::class, 'clusterInfo');
var_dump($r->getValue($p) === $info);
?>
--EXPECT--
bool(true)
