--TEST--
A user with a client certificate and no exec section: the error says it authenticates with a client certificate
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$yaml = <<<YAML
current-context: ctx
clusters: [{name: k, cluster: {server: https://127.0.0.1:1}}]
contexts: [{name: ctx, context: {cluster: k, user: cert}}]
users: [{name: cert, user: {client-certificate-data: UEVNLWNlcnQ=, client-key-data: UEVNLWtleQ==}}]
YAML;
$msg = auth_error(fn () => ExecCredentialProvider::fromKubeConfigYaml($yaml));
var_dump(str_contains($msg, 'UEVN'));
echo $msg, "\n";
?>
--EXPECTF--
bool(false)
Invalid kubeconfig: user "cert" (the kubeconfig string) has no exec section: it authenticates with a client certificate (client-certificate-data, client-key-data). %s
