--TEST--
fromKubeConfigYaml(): relative commands (./plug and bin/plug) are resolved against the current folder at load time
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
token_plugin("$d/cwd/plug", 'cwd-dot', V1, "$d/m1");
token_plugin("$d/cwd/bin/plug", 'cwd-bin', V1, "$d/m2");
chdir("$d/cwd");
$a = ExecCredentialProvider::fromKubeConfigYaml(kubeconfig_yaml('./plug'));
$b = ExecCredentialProvider::fromKubeConfigYaml(kubeconfig_yaml('bin/plug'));
chdir($d); // resolved at load time: a later chdir changes nothing
var_dump($a->getToken(), $b->getToken(), runs("$d/m1"), runs("$d/m2"));
?>
--EXPECT--
string(7) "cwd-dot"
string(7) "cwd-bin"
int(1)
int(1)
