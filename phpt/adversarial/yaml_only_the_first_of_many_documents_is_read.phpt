--TEST--
Of a kubeconfig followed by 10,000 broken documents only the first document is read, as kubectl does
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider as P;
$d = test_dir();
$yaml = kubeconfig_yaml(token_plugin("$d/p", 'first-doc')) . str_repeat("---\nbroken: [\n", 10000);
echo P::fromKubeConfigYaml($yaml)->getToken(), "\n";
?>
--EXPECT--
first-doc
