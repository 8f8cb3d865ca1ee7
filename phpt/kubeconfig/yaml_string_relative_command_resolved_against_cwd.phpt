--TEST--
fromKubeConfigYaml(): relative commands (./plug and bin/plug) are resolved against the current folder at load time
--FILE--
<?php
require __DIR__ . "/fixtures/util.inc";
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = kc_tmpdir();
kc_plugin("$d/cwd/plug", 'cwd-dot', V1, "$d/m1");
kc_plugin("$d/cwd/bin/plug", 'cwd-bin', V1, "$d/m2");
chdir("$d/cwd");
$a = ExecCredentialProvider::fromKubeConfigYaml(kc_yaml('./plug'));
$b = ExecCredentialProvider::fromKubeConfigYaml(kc_yaml('bin/plug'));
chdir($d); // resolved at load time: a later chdir changes nothing
var_dump($a->getToken(), $b->getToken(), kc_runs("$d/m1"), kc_runs("$d/m2"));
?>
--EXPECT--
string(7) "cwd-dot"
string(7) "cwd-bin"
int(1)
int(1)
