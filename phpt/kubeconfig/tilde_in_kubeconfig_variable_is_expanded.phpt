--TEST--
fromKubeConfigVariable() expands ~ in KUBECONFIG entries with HOME
--FILE--
<?php
require __DIR__ . "/fixtures/util.inc";
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = kc_tmpdir();
mkdir("$d/home", 0700, true);
kc_plugin("$d/home/plug", 'tilde-list', V1, "$d/marker");
file_put_contents("$d/home/kc.yaml", kc_yaml('./plug'));
putenv("HOME=$d/home");
putenv('KUBECONFIG=~/missing.yaml:~/kc.yaml');
var_dump(ExecCredentialProvider::fromKubeConfigVariable()->getToken(), kc_runs("$d/marker"));
?>
--EXPECT--
string(10) "tilde-list"
int(1)
