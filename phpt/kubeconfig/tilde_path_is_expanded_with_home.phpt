--TEST--
fromKubeConfigYamlFile('~/...') expands ~ with HOME, and relative commands then resolve against that folder
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
mkdir("$d/home/.kube", 0700, true);
token_plugin("$d/home/.kube/plug", 'from-home', V1, "$d/marker");
file_put_contents("$d/home/.kube/my-config", kubeconfig_yaml('./plug'));
putenv("HOME=$d/home");
chdir($d);
var_dump(ExecCredentialProvider::fromKubeConfigYamlFile('~/.kube/my-config')->getToken(), runs("$d/marker"));
echo auth_error(fn () => ExecCredentialProvider::fromKubeConfigYamlFile('~/.kube/absent')), "\n";
?>
--EXPECTF--
string(9) "from-home"
int(1)
Invalid kubeconfig: kubeconfig file %s/home/.kube/absent does not exist%s
