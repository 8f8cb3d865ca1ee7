--TEST--
A relative command that exists only in the current folder is not run; the error names the path resolved against the kubeconfig's folder
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
mkdir("$d/kcdir");
token_plugin("$d/cwd/bin/plug", 'cwd', V1, "$d/cwd.marker");
file_put_contents("$d/kcdir/config", kubeconfig_yaml('bin/plug'));
chdir("$d/cwd");
$p = ExecCredentialProvider::fromKubeConfigYamlFile("$d/kcdir/config");
$msg = auth_error(fn () => $p->getToken());
var_dump(str_contains($msg, "$d/kcdir/bin/plug"));
var_dump(runs("$d/cwd.marker"));
echo $msg, "\n";
?>
--EXPECTF--
bool(true)
int(0)
Exec credential provider failed: %s/kcdir/bin/plug%s
