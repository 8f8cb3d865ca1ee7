--TEST--
whoami() when the new token is rejected too: one retry only, an AuthenticationException with the status and the server's message, never the token
--SKIPIF--
<?php if (!shell_exec('command -v python3') || !shell_exec('command -v openssl')) die('skip needs python3 and openssl'); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/api-standin.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;

$api = new ApiStandin();
// A plugin whose tokens the cluster never learns.
file_put_contents("$api->dir/plugin", "#!/bin/sh\necho run >> $api->dir/plugin.runs\nprintf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"unknown-SEKRIT-%s\"}}' \$\$\n");
chmod("$api->dir/plugin", 0755);
$provider = ExecCredentialProvider::fromKubeConfigYamlFile($api->kubeconfig("$api->dir/config", ['command' => "$api->dir/plugin"]));
try {
    $provider->whoami();
} catch (AuthenticationException $e) {
    echo str_replace((string) $api->port, 'PORT', $e->getMessage()), "\n";
    echo "token in message or trace: ", str_contains($e->getMessage() . $e->getTraceAsString(), 'SEKRIT') ? 'YES' : 'no', "\n";
}
echo "plugin runs: ", ApiStandin::runs("$api->dir/plugin"), "\n";
echo "requests: ", count($api->requests()), "\n";
?>
--EXPECT--
whoami() against https://127.0.0.1:PORT failed: the cluster rejected the token: Unauthorized (HTTP 401), also a new one from the plugin (first answer: Unauthorized); the plugin's identity is not accepted by this cluster: check that the kubeconfig's context, cluster and plugin belong together, and the cluster's access configuration for that identity
token in message or trace: no
plugin runs: 2
requests: 2
