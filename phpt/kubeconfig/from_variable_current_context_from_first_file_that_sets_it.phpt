--TEST--
fromKubeConfigVariable() takes current-context from the first file in KUBECONFIG that sets one, skipping files that don't
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
token_plugin("$d/a", 'user-a', V1, "$d/a.marker");
token_plugin("$d/b", 'user-b', V1, "$d/b.marker");
$ea = "{exec: {apiVersion: client.authentication.k8s.io/v1, interactiveMode: Never, command: $d/a}}";
$eb = "{exec: {apiVersion: client.authentication.k8s.io/v1, interactiveMode: Never, command: $d/b}}";
// No current-context here, but it defines the contexts.
file_put_contents("$d/1.yaml", "clusters:\n- {name: k, cluster: {server: https://127.0.0.1:1}}\ncontexts:\n- {name: a, context: {cluster: k, user: a}}\n- {name: b, context: {cluster: k, user: b}}\nusers:\n- {name: a, user: $ea}\n- {name: b, user: $eb}\n");
file_put_contents("$d/2.yaml", "current-context: b\n");
file_put_contents("$d/3.yaml", "current-context: a\n");
putenv("KUBECONFIG=$d/1.yaml:$d/2.yaml:$d/3.yaml");
var_dump(ExecCredentialProvider::fromKubeConfigVariable()->getToken());
// An explicit context still wins over every current-context.
var_dump(ExecCredentialProvider::fromKubeConfigVariable('a')->getToken());
var_dump(runs("$d/a.marker"), runs("$d/b.marker"));
?>
--EXPECT--
string(6) "user-b"
string(6) "user-a"
int(1)
int(1)
