--TEST--
certificate-authority naming a file that does not exist: the error names the cluster and the path resolved against the kubeconfig's folder
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
mkdir("$d/kcdir");
file_put_contents("$d/kcdir/config", str_replace('server: https://127.0.0.1:1', "server: https://127.0.0.1:1\n    certificate-authority: missing/ca.crt", kubeconfig_yaml('/bin/true')));
chdir($d);
$msg = auth_error(fn () => ExecCredentialProvider::fromKubeConfigYamlFile("$d/kcdir/config"));
var_dump(str_contains($msg, "$d/kcdir/missing/ca.crt"));
echo $msg, "\n";
?>
--EXPECTF--
bool(true)
Invalid kubeconfig: cluster "k" (%s/kcdir/config) names certificate-authority "missing/ca.crt", resolved to %s/kcdir/missing/ca.crt, which cannot be read: %s
