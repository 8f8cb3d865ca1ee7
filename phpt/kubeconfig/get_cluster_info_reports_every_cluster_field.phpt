--TEST--
getClusterInfo() of a provider loaded from a kubeconfig returns the selected cluster's seven fields
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$yaml = <<<'YAML'
current-context: ctx
clusters:
- name: other
  cluster: {server: https://127.0.0.1:9}
- name: k
  cluster:
    server: https://127.0.0.1:6443/prefix
    certificate-authority-data: Q0EtREFUQQ==
    tls-server-name: api.internal
    proxy-url: http://127.0.0.1:3128
    disable-compression: true
    extensions:
    - {name: client.authentication.k8s.io/exec, extension: {region: eu}}
- name: insecure
  cluster: {server: https://127.0.0.1:7, insecure-skip-tls-verify: true}
contexts:
- {name: ctx, context: {cluster: k, user: u}}
- {name: ins, context: {cluster: insecure, user: u}}
users:
- {name: u, user: {exec: {command: /bin/true}}}
YAML;
var_dump(ExecCredentialProvider::fromKubeConfigYaml($yaml)->getClusterInfo());
var_dump(ExecCredentialProvider::fromKubeConfigYaml($yaml, 'ins')->getClusterInfo()['insecure-skip-tls-verify']);
?>
--EXPECT--
array(7) {
  ["server"]=>
  string(29) "https://127.0.0.1:6443/prefix"
  ["certificate-authority-data"]=>
  string(12) "Q0EtREFUQQ=="
  ["insecure-skip-tls-verify"]=>
  bool(false)
  ["tls-server-name"]=>
  string(12) "api.internal"
  ["proxy-url"]=>
  string(21) "http://127.0.0.1:3128"
  ["disable-compression"]=>
  bool(true)
  ["config"]=>
  array(1) {
    ["region"]=>
    string(2) "eu"
  }
}
bool(true)
