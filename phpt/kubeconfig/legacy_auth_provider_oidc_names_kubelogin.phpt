--TEST--
A user with the legacy auth-provider "oidc" is refused with a message naming the replacement exec plugin kubelogin
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$yaml = <<<YAML
current-context: ctx
clusters: [{name: k, cluster: {server: https://127.0.0.1:1}}]
contexts: [{name: ctx, context: {cluster: k, user: legacy}}]
users:
- name: legacy
  user:
    auth-provider:
      name: oidc
      config: {access-token: s3cr3t-at, client-secret: s3cr3t-cs, id-token: s3cr3t-id, idp-issuer-url: https://issuer.example, client-id: cid}
YAML;
$msg = auth_error(fn () => ExecCredentialProvider::fromKubeConfigYaml($yaml));
var_dump(str_contains($msg, 'legacy auth-provider "oidc"'));
var_dump(str_contains($msg, 'kubelogin'));
var_dump(str_contains($msg, 's3cr3t'));
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
