--TEST--
A command bin/plug (no leading ./) in a kubeconfig file is resolved against the kubeconfig's folder, not the current folder
--FILE--
<?php
require __DIR__ . "/fixtures/util.inc";
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = kc_tmpdir();
kc_plugin("$d/kcdir/bin/plug", 'kubeconfig-folder', V1, "$d/kc.marker");
kc_plugin("$d/cwd/bin/plug", 'cwd', V1, "$d/cwd.marker");
file_put_contents("$d/kcdir/config", kc_yaml('bin/plug'));
chdir("$d/cwd");
// A relative path to the kubeconfig itself works too.
var_dump(ExecCredentialProvider::fromKubeConfigYamlFile("../kcdir/config")->getToken());
var_dump(kc_runs("$d/kc.marker"), kc_runs("$d/cwd.marker"));
?>
--EXPECT--
string(17) "kubeconfig-folder"
int(1)
int(0)
