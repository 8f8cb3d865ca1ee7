--TEST--
fromKubeConfigVariable() skips files listed in KUBECONFIG that don't exist (and empty list elements)
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
token_plugin("$d/plug", 'present', V1, "$d/marker");
file_put_contents("$d/config", kubeconfig_yaml("$d/plug"));
putenv("KUBECONFIG=$d/missing-1:::$d/config:$d/missing-2");
var_dump(ExecCredentialProvider::fromKubeConfigVariable()->getToken(), runs("$d/marker"));
?>
--EXPECT--
string(7) "present"
int(1)
