--TEST--
whoami() on a 401 runs the plugin once more and retries once with the new token (2 plugin runs, success); getToken() then has the new token
--SKIPIF--
<?php if (!extension_loaded('openssl')) die('skip the test talks to the stand-in through PHP\'s https wrapper (openssl)'); ?>
<?php if (!shell_exec('command -v python3') || !shell_exec('command -v openssl')) die('skip needs python3 and openssl'); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/api-standin.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$api = new ApiStandin();
$plugin = $api->issuingPlugin("$api->dir/plugin", 'alice');
$kubeconfig = $api->kubeconfig("$api->dir/config", ['command' => $plugin]);
$provider = ExecCredentialProvider::fromKubeConfigYamlFile($kubeconfig);
$old = $provider->getToken();
echo "revoked: ", $api->revokeAll(), "\n";
echo "whoami: ", $provider->whoami()['username'], "\n";
echo "plugin runs: ", ApiStandin::runs($plugin), "\n";
echo "statuses: ", implode(' ', array_column($api->requests(), 'status')), "\n";
$new = $provider->getToken();
echo "new token held: ", $new !== $old && $api->requests()[1]['token_sha256'] === ApiStandin::fingerprint($new) ? 'yes' : 'no', "\n";
echo "another provider of the same kubeconfig gets it from the cache: ", ExecCredentialProvider::fromKubeConfigYamlFile($kubeconfig)->getToken() === $new ? 'yes' : 'no', "\n";
echo "plugin runs: ", ApiStandin::runs($plugin), "\n";
?>
--EXPECT--
revoked: 1
whoami: alice
plugin runs: 2
statuses: 401 201
new token held: yes
another provider of the same kubeconfig gets it from the cache: yes
plugin runs: 2
