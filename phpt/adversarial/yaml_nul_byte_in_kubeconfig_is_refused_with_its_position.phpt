--TEST--
A NUL byte in a kubeconfig is refused with its line and column, as kubectl refuses control characters, and the exception can be caught
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider as P;
$yaml = str_replace('kind: Config', "kind: Con\0fig", kubeconfig_yaml('/bin/true'));
echo auth_error(fn () => P::fromKubeConfigYaml($yaml)), "\n";
?>
--EXPECT--
Invalid kubeconfig: the kubeconfig string: YAML syntax error at line 2, column 10: control characters (such as NUL) are not allowed in YAML; kubectl refuses them too
