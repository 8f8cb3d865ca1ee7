--TEST--
A context that does not exist: the error names it and lists the contexts the kubeconfig has
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
$yaml = str_replace("contexts:\n", "contexts:\n- {name: staging, context: {cluster: k, user: u}}\n", kubeconfig_yaml('/bin/true'));
file_put_contents("$d/config", $yaml);
echo auth_error(fn () => ExecCredentialProvider::fromKubeConfigYamlFile("$d/config", 'production')), "\n";
echo auth_error(fn () => ExecCredentialProvider::fromKubeConfigYaml(str_replace('current-context: ctx', 'current-context: gone', $yaml))), "\n";
?>
--EXPECTF--
Invalid kubeconfig: the requested context "production" was not found in %s/config; available contexts: "staging", "ctx"
Invalid kubeconfig: current-context (set in the kubeconfig string) "gone" was not found in the kubeconfig string; available contexts: "staging", "ctx"
