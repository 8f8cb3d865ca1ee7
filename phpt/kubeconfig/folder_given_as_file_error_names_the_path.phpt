--TEST--
fromKubeConfigYamlFile() on a folder says the path cannot be read (works as root, unlike a permission test)
--FILE--
<?php
require __DIR__ . '/fixtures/util.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = kc_tmpdir();
mkdir("$d/config-dir");
echo kc_error(fn () => ExecCredentialProvider::fromKubeConfigYamlFile("$d/config-dir")), "\n";
?>
--EXPECTF--
Invalid kubeconfig: kubeconfig file %s/config-dir cannot be read: it is not a regular file (a folder, FIFO or device)%s
