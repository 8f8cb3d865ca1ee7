--TEST--
A command bin/plug (no leading ./) in a kubeconfig file is resolved against the kubeconfig's folder, not the current folder
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
token_plugin("$d/kcdir/bin/plug", 'kubeconfig-folder', V1, "$d/kc.marker");
token_plugin("$d/cwd/bin/plug", 'cwd', V1, "$d/cwd.marker");
file_put_contents("$d/kcdir/config", kubeconfig_yaml('bin/plug'));
chdir("$d/cwd");
// A relative path to the kubeconfig itself works too.
var_dump(ExecCredentialProvider::fromKubeConfigYamlFile("../kcdir/config")->getToken());
var_dump(runs("$d/kc.marker"), runs("$d/cwd.marker"));
?>
--EXPECT--
string(17) "kubeconfig-folder"
int(1)
int(0)
