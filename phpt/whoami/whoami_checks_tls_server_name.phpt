--TEST--
whoami() checks the certificate against tls-server-name when set: a name the certificate carries passes, another fails
--SKIPIF--
<?php if (!shell_exec('command -v python3') || !shell_exec('command -v openssl')) die('skip needs python3 and openssl'); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/api-standin.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;

$api = new ApiStandin();
$plugin = $api->issuingPlugin("$api->dir/plugin", 'alice');
foreach ([ApiStandin::DNS_NAME, 'wrong.example'] as $name) {
    $provider = ExecCredentialProvider::fromKubeConfigYamlFile($api->kubeconfig("$api->dir/config", ['command' => $plugin], ['tls-server-name' => $name]));
    try {
        $who = $provider->whoami()['username'];
        echo "$name: $who\n";
    } catch (AuthenticationException $e) {
        echo "$name: ", str_replace((string) $api->port, 'PORT', $e->getMessage()), "\n";
    }
}
?>
--EXPECT--
api.standin.test: alice
wrong.example: whoami() against https://127.0.0.1:PORT failed: TLS: the server's certificate is not valid for "wrong.example" (tls-server-name); check tls-server-name in the kubeconfig
