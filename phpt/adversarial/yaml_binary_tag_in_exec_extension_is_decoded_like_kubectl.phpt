--TEST--
!!binary in the exec extension config is decoded to text, as kubectl's YAML reader does; invalid base64 is refused
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider as P;
$ext = "    extensions:\n    - name: client.authentication.k8s.io/exec\n      extension: {b: !!binary aGVsbG8=}";
$yaml = str_replace('    server: https://127.0.0.1:1', "    server: https://127.0.0.1:1\n$ext", kubeconfig_yaml('/bin/true'));
var_dump(P::fromKubeConfigYaml($yaml)->getClusterInfo()['config']);
echo auth_error(fn () => P::fromKubeConfigYaml(str_replace('aGVsbG8=', 'aGk', $yaml))), "\n";
?>
--EXPECT--
array(1) {
  ["b"]=>
  string(5) "hello"
}
Invalid kubeconfig: the kubeconfig string: cannot be read at line 10, column 31: a !!binary value is not valid base64
