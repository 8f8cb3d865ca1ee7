--TEST--
fromKubeConfigVariable() when no file in KUBECONFIG exists: the error lists every path tried
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
putenv("KUBECONFIG=$d/nope-a:$d/nope-b");
echo auth_error(fn () => ExecCredentialProvider::fromKubeConfigVariable()), "\n";
?>
--EXPECTF--
Invalid kubeconfig: none of the files listed in KUBECONFIG exists: %s/nope-a, %s/nope-b; %s
