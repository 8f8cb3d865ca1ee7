--TEST--
fromKubeConfigVariable() with KUBECONFIG unset reads ~/.kube/config from HOME
--FILE--
<?php
require __DIR__ . "/fixtures/util.inc";
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = kc_tmpdir();
mkdir("$d/.kube");
kc_plugin("$d/.kube/plug", 'home-config', V1, "$d/marker");
file_put_contents("$d/.kube/config", kc_yaml('./plug'));
putenv('KUBECONFIG');
putenv("HOME=$d");
var_dump(getenv('KUBECONFIG'));
var_dump(ExecCredentialProvider::fromKubeConfigVariable()->getToken(), kc_runs("$d/marker"));
unlink("$d/.kube/config");
echo kc_error(fn () => ExecCredentialProvider::fromKubeConfigVariable()), "\n";
?>
--EXPECTF--
bool(false)
string(11) "home-config"
int(1)
Invalid kubeconfig: %s/.kube/config does not exist (KUBECONFIG is not set, %s
