--TEST--
certificate-authority: a relative path is read from the kubeconfig's folder (not the cwd) and shows up base64-encoded as certificate-authority-data
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
mkdir("$d/kcdir/certs", 0700, true);
mkdir("$d/cwd/certs", 0700, true);
copy(__DIR__ . '/fixtures/ca.pem', "$d/kcdir/certs/ca.pem");
// A decoy in the working folder: a valid PEM file with other bytes in front.
file_put_contents("$d/cwd/certs/ca.pem", "wrong file\n" . file_get_contents(__DIR__ . '/fixtures/ca.pem'));
file_put_contents("$d/kcdir/config", str_replace('server: https://127.0.0.1:1', "server: https://127.0.0.1:1\n    certificate-authority: certs/ca.pem", kubeconfig_yaml('/bin/true')));
chdir("$d/cwd");
$info = ExecCredentialProvider::fromKubeConfigYamlFile("$d/kcdir/config")->getClusterInfo();
var_dump($info['certificate-authority-data'] === base64_encode(file_get_contents(__DIR__ . '/fixtures/ca.pem')));
// An absolute path is used as is.
file_put_contents("$d/kcdir/config2", str_replace('server: https://127.0.0.1:1', "server: https://127.0.0.1:1\n    certificate-authority: $d/cwd/certs/ca.pem", kubeconfig_yaml('/bin/true')));
var_dump(str_starts_with(base64_decode(ExecCredentialProvider::fromKubeConfigYamlFile("$d/kcdir/config2")->getClusterInfo()['certificate-authority-data']), "wrong file\n-----BEGIN CERTIFICATE-----"));
?>
--EXPECT--
bool(true)
bool(true)
