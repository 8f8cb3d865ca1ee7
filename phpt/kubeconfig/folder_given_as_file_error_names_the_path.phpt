--TEST--
fromKubeConfigYamlFile() on a folder says the path cannot be read (works as root, unlike a permission test)
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
mkdir("$d/config-dir");
echo auth_error(fn () => ExecCredentialProvider::fromKubeConfigYamlFile("$d/config-dir")), "\n";
?>
--EXPECTF--
Invalid kubeconfig: kubeconfig file %s/config-dir cannot be read: it is not a regular file (a folder, FIFO or device)%s
