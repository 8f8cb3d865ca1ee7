--TEST--
whoami() presents the plugin's client certificate, goes through an http:// proxy-url (CONNECT), and with insecure-skip-tls-verify accepts a server its CA cannot verify
--SKIPIF--
<?php if (!shell_exec('command -v python3') || !shell_exec('command -v openssl')) die('skip needs python3 and openssl'); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/api-standin.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$api = new ApiStandin(['--client-certs', '--proxy']);
// A plugin answering with the client certificate the stand-in's client CA signed.
file_put_contents("$api->dir/answer.json", json_encode(['apiVersion' => 'client.authentication.k8s.io/v1', 'kind' => 'ExecCredential', 'status' => [
    'clientCertificateData' => file_get_contents("$api->dir/client.crt"),
    'clientKeyData' => file_get_contents("$api->dir/client.key"),
]]));
file_put_contents("$api->dir/cert-plugin", "#!/bin/sh\ncat '$api->dir/answer.json'\n");
chmod("$api->dir/cert-plugin", 0755);
$p = ExecCredentialProvider::fromKubeConfigYamlFile($api->kubeconfig("$api->dir/config", ['command' => "$api->dir/cert-plugin"]));
$me = $p->whoami();
$log = $api->requests();
echo "client certificate: ", $me['username'], ' ', $me['groups'][0], ' (', end($log)['auth'], ")\n";

$plugin = $api->issuingPlugin("$api->dir/plugin", 'alice');
$p = ExecCredentialProvider::fromKubeConfigYamlFile($api->kubeconfig("$api->dir/config", ['command' => $plugin], ['proxy-url' => "http://127.0.0.1:{$api->proxyPort}"]));
echo "through the proxy: ", $p->whoami()['username'], "\n";
echo "proxy log: ", str_replace((string) $api->port, 'PORT', trim(file_get_contents("$api->dir/proxy.jsonl"))), "\n";

$p = ExecCredentialProvider::fromKubeConfigYamlFile($api->kubeconfig("$api->dir/config", ['command' => $plugin], ['certificate-authority' => "$api->dir/other-ca.crt", 'insecure-skip-tls-verify' => true]));
echo "insecure-skip-tls-verify: ", $p->whoami()['username'], "\n";
?>
--EXPECT--
client certificate: standin:cert-user standin:cert-group (client-cert)
through the proxy: alice
proxy log: {"connect": "127.0.0.1:PORT"}
insecure-skip-tls-verify: alice
