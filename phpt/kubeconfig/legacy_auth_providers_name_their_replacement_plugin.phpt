--TEST--
Users with a legacy auth-provider (azure, oidc, gcp) are refused with a message naming the replacement exec plugin, and no secret of its config
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

foreach (['azure' => 'kubelogin', 'oidc' => 'kubelogin', 'gcp' => 'gke-gcloud-auth-plugin'] as $provider => $plugin) {
    $yaml = <<<YAML
current-context: ctx
clusters: [{name: k, cluster: {server: https://127.0.0.1:1}}]
contexts: [{name: ctx, context: {cluster: k, user: legacy}}]
users:
- name: legacy
  user:
    auth-provider:
      name: $provider
      config: {access-token: s3cr3t-at, client-secret: s3cr3t-cs, id-token: s3cr3t-id, idp-issuer-url: https://issuer.example, client-id: cid}
YAML;
    $msg = auth_error(fn () => ExecCredentialProvider::fromKubeConfigYaml($yaml));
    printf("%s: names provider %s, names %s %s, shows a secret %s\n", $provider,
        var_export(str_contains($msg, "legacy auth-provider \"$provider\""), true), $plugin,
        var_export(str_contains($msg, $plugin), true), var_export(str_contains($msg, 's3cr3t'), true));
}
?>
--EXPECT--
azure: names provider true, names kubelogin true, shows a secret false
oidc: names provider true, names kubelogin true, shows a secret false
gcp: names provider true, names gke-gcloud-auth-plugin true, shows a secret false
