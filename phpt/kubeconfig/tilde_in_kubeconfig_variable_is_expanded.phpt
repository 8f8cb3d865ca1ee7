--TEST--
fromKubeConfigVariable() expands ~ in KUBECONFIG entries with HOME
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
mkdir("$d/home", 0700, true);
token_plugin("$d/home/plug", 'tilde-list', V1, "$d/marker");
file_put_contents("$d/home/kc.yaml", kubeconfig_yaml('./plug'));
putenv("HOME=$d/home");
putenv('KUBECONFIG=~/missing.yaml:~/kc.yaml');
var_dump(ExecCredentialProvider::fromKubeConfigVariable()->getToken(), runs("$d/marker"));
?>
--EXPECT--
string(10) "tilde-list"
int(1)
