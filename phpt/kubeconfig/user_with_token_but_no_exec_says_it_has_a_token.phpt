--TEST--
A user with a static token and no exec section: the error says it authenticates with a bearer token, without showing the token
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
file_put_contents("$d/config", <<<YAML
current-context: ctx
clusters: [{name: k, cluster: {server: https://127.0.0.1:1}}]
contexts: [{name: ctx, context: {cluster: k, user: static}}]
users: [{name: static, user: {token: s3cr3t-value}}]
YAML);
$msg = auth_error(fn () => ExecCredentialProvider::fromKubeConfigYamlFile("$d/config"));
var_dump(str_contains($msg, 's3cr3t'));
echo $msg, "\n";
?>
--EXPECTF--
bool(false)
Invalid kubeconfig: user "static" (%s/config) has no exec section: it authenticates with a bearer token (token). %s
