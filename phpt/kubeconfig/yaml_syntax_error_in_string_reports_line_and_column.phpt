--TEST--
A YAML syntax error in fromKubeConfigYaml() text is reported with its exact line and column
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
echo auth_error(fn () => ExecCredentialProvider::fromKubeConfigYaml("kind: Config\ncurrent-context: a: b\n")), "\n";
?>
--EXPECT--
Invalid kubeconfig: the kubeconfig string: YAML syntax error at line 2, column 19: mapping values are not allowed in this context
