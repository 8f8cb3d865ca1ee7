--TEST--
whoami() refuses a server whose certificate is not signed by the kubeconfig's CA, and sends no token
--SKIPIF--
<?php if (!shell_exec('command -v python3') || !shell_exec('command -v openssl')) die('skip needs python3 and openssl'); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/api-standin.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;

$api = new ApiStandin();
$plugin = $api->issuingPlugin("$api->dir/plugin");
foreach (['certificate-authority' => "$api->dir/other-ca.crt", 'certificate-authority-data' => base64_encode(file_get_contents("$api->dir/other-ca.crt"))] as $field => $value) {
    $cluster = ['certificate-authority' => null, $field => $value];
    $provider = ExecCredentialProvider::fromKubeConfigYamlFile($api->kubeconfig("$api->dir/config", ['command' => $plugin], $cluster));
    try {
        $provider->whoami();
    } catch (AuthenticationException $e) {
        echo "$field: ", str_replace((string) $api->port, 'PORT', $e->getMessage()), "\n";
    }
}
echo "requests that reached the API: ", count($api->requests()), "\n";
?>
--EXPECT--
certificate-authority: whoami() against https://127.0.0.1:PORT failed: TLS: the server's certificate is not signed by the cluster's certificate-authority; check certificate-authority(-data) in the kubeconfig
certificate-authority-data: whoami() against https://127.0.0.1:PORT failed: TLS: the server's certificate is not signed by the cluster's certificate-authority; check certificate-authority(-data) in the kubeconfig
requests that reached the API: 0
