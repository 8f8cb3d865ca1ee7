--TEST--
The cluster extension client.authentication.k8s.io/exec becomes getClusterInfo()['config']; other extensions are ignored
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$yaml = str_replace('server: https://127.0.0.1:1', <<<'X'
server: https://127.0.0.1:1
    extensions:
    - name: other.example.com/ext
      extension: {not: this}
    - name: client.authentication.k8s.io/exec
      extension:
        audience: sts.example
        nested: {list: [1, two, true, null], num: 2.5}
X, kubeconfig_yaml('/bin/true'));
var_dump(ExecCredentialProvider::fromKubeConfigYaml($yaml)->getClusterInfo()['config']);
var_dump(ExecCredentialProvider::fromKubeConfigYaml(kubeconfig_yaml('/bin/true'))->getClusterInfo()['config']);
?>
--EXPECT--
array(2) {
  ["audience"]=>
  string(11) "sts.example"
  ["nested"]=>
  array(2) {
    ["list"]=>
    array(4) {
      [0]=>
      int(1)
      [1]=>
      string(3) "two"
      [2]=>
      bool(true)
      [3]=>
      NULL
    }
    ["num"]=>
    float(2.5)
  }
}
NULL
