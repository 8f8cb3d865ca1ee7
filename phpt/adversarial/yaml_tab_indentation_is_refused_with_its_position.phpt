--TEST--
A tab used for indentation is a YAML syntax error with line and column
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider as P;
$yaml = str_replace("  context: {cluster: k, user: u}", "\tcontext: {cluster: k, user: u}", kubeconfig_yaml('/bin/true'));
echo auth_error(fn () => P::fromKubeConfigYaml($yaml)), "\n";
?>
--EXPECT--
Invalid kubeconfig: the kubeconfig string: YAML syntax error at line 9, column 9: while scanning a plain scalar, found a tab
