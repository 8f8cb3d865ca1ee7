--TEST--
fromKubeConfigVariable() skips files listed in KUBECONFIG that don't exist (and empty list elements)
--FILE--
<?php
require __DIR__ . "/fixtures/util.inc";
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = kc_tmpdir();
kc_plugin("$d/plug", 'present', V1, "$d/marker");
file_put_contents("$d/config", kc_yaml("$d/plug"));
putenv("KUBECONFIG=$d/missing-1:::$d/config:$d/missing-2");
var_dump(ExecCredentialProvider::fromKubeConfigVariable()->getToken(), kc_runs("$d/marker"));
?>
--EXPECT--
string(7) "present"
int(1)
