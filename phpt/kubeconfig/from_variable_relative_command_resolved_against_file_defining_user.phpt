--TEST--
fromKubeConfigVariable(): a relative command is resolved against the folder of the file that defines the user, not the first file's
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
token_plugin("$d/first/bin/plug", 'wrong-folder', V1, "$d/first.marker");
token_plugin("$d/second/bin/plug", 'user-file-folder', V1, "$d/second.marker");
file_put_contents("$d/first/config", "current-context: ctx\nclusters:\n- {name: k, cluster: {server: https://127.0.0.1:1}}\ncontexts:\n- {name: ctx, context: {cluster: k, user: u}}\n");
file_put_contents("$d/second/config", "users:\n- {name: u, user: {exec: {apiVersion: client.authentication.k8s.io/v1, interactiveMode: Never, command: ./bin/plug}}}\n");
putenv("KUBECONFIG=$d/first/config:$d/second/config");
var_dump(ExecCredentialProvider::fromKubeConfigVariable()->getToken());
var_dump(runs("$d/first.marker"), runs("$d/second.marker"));
?>
--EXPECT--
string(16) "user-file-folder"
int(0)
int(1)
