--TEST--
A command ./plug in a kubeconfig file runs the plug next to the kubeconfig, not the one in the current folder
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
token_plugin("$d/kcdir/plug", 'kubeconfig-folder', V1, "$d/kc.marker");
token_plugin("$d/cwd/plug", 'cwd', V1, "$d/cwd.marker");
file_put_contents("$d/kcdir/config", kubeconfig_yaml('./plug'));
chdir("$d/cwd");
var_dump(ExecCredentialProvider::fromKubeConfigYamlFile("$d/kcdir/config")->getToken());
var_dump(runs("$d/kc.marker"), runs("$d/cwd.marker"));
?>
--EXPECT--
string(17) "kubeconfig-folder"
int(1)
int(0)
