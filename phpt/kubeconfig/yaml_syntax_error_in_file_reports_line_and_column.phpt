--TEST--
A YAML syntax error in a kubeconfig file is reported with the file, the line and the column
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
file_put_contents("$d/config", "apiVersion: v1\nkind: Config\nclusters:\n- name: k\n  cluster: {server: [https://x\n");
echo auth_error(fn () => ExecCredentialProvider::fromKubeConfigYamlFile("$d/config")), "\n";
?>
--EXPECTF--
Invalid kubeconfig: %s/config: YAML syntax error at line %d, column %d: %s
