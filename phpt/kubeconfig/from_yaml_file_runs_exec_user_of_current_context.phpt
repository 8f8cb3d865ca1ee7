--TEST--
fromKubeConfigYamlFile() builds a provider for the current-context's exec user and getToken() runs that plugin
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
token_plugin("$d/prod-plug", 'prod-token', V1, "$d/prod.marker");
token_plugin("$d/dev-plug", 'dev-token', V1, "$d/dev.marker");
file_put_contents("$d/config", <<<YAML
current-context: prod
clusters:
- {name: k, cluster: {server: https://127.0.0.1:1}}
contexts:
- {name: dev, context: {cluster: k, user: dev}}
- {name: prod, context: {cluster: k, user: prod}}
users:
- {name: dev, user: {exec: {apiVersion: client.authentication.k8s.io/v1, interactiveMode: Never, command: $d/dev-plug}}}
- {name: prod, user: {exec: {apiVersion: client.authentication.k8s.io/v1, interactiveMode: Never, command: $d/prod-plug}}}
YAML);
$p = ExecCredentialProvider::fromKubeConfigYamlFile("$d/config");
var_dump(get_class($p));
var_dump($p->getToken());
var_dump(runs("$d/prod.marker"), runs("$d/dev.marker"));
?>
--EXPECT--
string(43) "RenokiCo\PhpK8s\Auth\ExecCredentialProvider"
string(10) "prod-token"
int(1)
int(0)
