--TEST--
fromKubeConfigVariable() with KUBECONFIG unset reads ~/.kube/config from HOME
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
mkdir("$d/.kube");
token_plugin("$d/.kube/plug", 'home-config', V1, "$d/marker");
file_put_contents("$d/.kube/config", kubeconfig_yaml('./plug'));
putenv('KUBECONFIG');
putenv("HOME=$d");
var_dump(getenv('KUBECONFIG'));
var_dump(ExecCredentialProvider::fromKubeConfigVariable()->getToken(), runs("$d/marker"));
unlink("$d/.kube/config");
echo auth_error(fn () => ExecCredentialProvider::fromKubeConfigVariable()), "\n";
?>
--EXPECTF--
bool(false)
string(11) "home-config"
int(1)
Invalid kubeconfig: %s/.kube/config does not exist (KUBECONFIG is not set, %s
