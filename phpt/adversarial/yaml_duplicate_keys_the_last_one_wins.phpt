--TEST--
Duplicate keys in a mapping: the last one wins, as in kubectl (three commands, the last is run)
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider as P;
$d = test_dir();
$yaml = str_replace('      interactiveMode: Never', "      command: \"$d/never\"\n      command: \"" . token_plugin("$d/p", 'last-wins') . "\"\n      interactiveMode: Never", kubeconfig_yaml('/bin/false'));
echo P::fromKubeConfigYaml($yaml)->getToken(), "\n";
?>
--EXPECT--
last-wins
