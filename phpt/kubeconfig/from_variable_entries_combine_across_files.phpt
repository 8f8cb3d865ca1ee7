--TEST--
fromKubeConfigVariable() combines entries from several files: context in one, cluster in another, user in a third
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
token_plugin("$d/users/plug", 'combined', V1, "$d/marker");
file_put_contents("$d/contexts.yaml", "current-context: ctx\ncontexts:\n- {name: ctx, context: {cluster: k, user: u}}\n");
file_put_contents("$d/clusters.yaml", "clusters:\n- {name: k, cluster: {server: https://clusters-file.example}}\n");
file_put_contents("$d/users/users.yaml", "users:\n- {name: u, user: {exec: {apiVersion: client.authentication.k8s.io/v1, interactiveMode: Never, command: $d/users/plug}}}\n");
putenv("KUBECONFIG=$d/contexts.yaml:$d/clusters.yaml:$d/users/users.yaml");
$p = ExecCredentialProvider::fromKubeConfigVariable();
var_dump($p->getClusterInfo()['server'], $p->getToken(), runs("$d/marker"));
?>
--EXPECT--
string(29) "https://clusters-file.example"
string(8) "combined"
int(1)
