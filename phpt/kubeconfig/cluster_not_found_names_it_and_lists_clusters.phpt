--TEST--
A context naming a cluster that does not exist: the error names the cluster and lists the existing ones
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$yaml = str_replace('{cluster: k, user: u}', '{cluster: prod-eu, user: u}', kubeconfig_yaml('/bin/true'));
$yaml = str_replace("clusters:\n", "clusters:\n- {name: prod-us, cluster: {server: https://127.0.0.1:2}}\n", $yaml);
echo auth_error(fn () => ExecCredentialProvider::fromKubeConfigYaml($yaml)), "\n";
?>
--EXPECT--
Invalid kubeconfig: cluster "prod-eu" (named by context "ctx") was not found in the kubeconfig string; available clusters: "prod-us", "k"
