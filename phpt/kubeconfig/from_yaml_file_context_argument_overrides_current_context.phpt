--TEST--
fromKubeConfigYamlFile() with a context name uses that context's user, not current-context's
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
token_plugin("$d/prod-plug", 'prod-token', V1, "$d/prod.marker");
token_plugin("$d/dev-plug", 'dev-token', V1BETA1, "$d/dev.marker");
file_put_contents("$d/config", <<<YAML
current-context: prod
clusters:
- {name: k, cluster: {server: https://127.0.0.1:1}}
contexts:
- {name: dev, context: {cluster: k, user: dev}}
- {name: prod, context: {cluster: k, user: prod}}
users:
- {name: dev, user: {exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: $d/dev-plug}}}
- {name: prod, user: {exec: {apiVersion: client.authentication.k8s.io/v1, interactiveMode: Never, command: $d/prod-plug}}}
YAML);
var_dump(ExecCredentialProvider::fromKubeConfigYamlFile("$d/config", 'dev')->getToken());
var_dump(runs("$d/prod.marker"), runs("$d/dev.marker"));
?>
--EXPECT--
string(9) "dev-token"
int(0)
int(1)
