--TEST--
whoami() falls back to authentication.k8s.io/v1beta1 when the server answers 404 for v1 (clusters before 1.28)
--SKIPIF--
<?php if (!shell_exec('command -v python3') || !shell_exec('command -v openssl')) die('skip needs python3 and openssl'); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/api-standin.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$api = new ApiStandin(['--v1-404']);
$plugin = $api->issuingPlugin("$api->dir/plugin", 'bob');
$provider = ExecCredentialProvider::fromKubeConfigYamlFile($api->kubeconfig("$api->dir/config", ['command' => $plugin]));
echo "whoami: ", $provider->whoami()['username'], "\n";
foreach ($api->requests() as $r) {
    echo $r['status'], ' ', $r['path'], "\n";
}
echo "plugin runs: ", ApiStandin::runs($plugin), "\n";
?>
--EXPECT--
whoami: bob
404 /apis/authentication.k8s.io/v1/selfsubjectreviews
201 /apis/authentication.k8s.io/v1beta1/selfsubjectreviews
plugin runs: 1
