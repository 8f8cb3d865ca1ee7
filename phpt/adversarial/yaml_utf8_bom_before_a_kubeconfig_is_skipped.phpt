--TEST--
A UTF-8 byte order mark before a kubeconfig string is skipped
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider as P;
$d = test_dir();
echo P::fromKubeConfigYaml("\u{feff}" . kubeconfig_yaml(token_plugin("$d/p", 'bom-ok')))->getToken(), "\n";
?>
--EXPECT--
bom-ok
