--TEST--
An unquoted .inf anywhere in a kubeconfig is refused as kubectl refuses it (no JSON form), with its position
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider as P;
$ext = "    extensions:\n    - name: client.authentication.k8s.io/exec\n      extension: {limit: .inf}";
$yaml = str_replace('    server: https://127.0.0.1:1', "    server: https://127.0.0.1:1\n$ext", kubeconfig_yaml('/bin/true'));
echo auth_error(fn () => P::fromKubeConfigYaml($yaml)), "\n";
?>
--EXPECT--
Invalid kubeconfig: the kubeconfig string: cannot be read at line 10, column 26: an infinite or NaN number (.inf, .nan) has no JSON form, so kubectl refuses the document too; quote it if it is meant as text
