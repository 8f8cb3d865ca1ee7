--TEST--
fromKubeConfigYamlFile() on a file without read permission says it cannot be read and names the path
--SKIPIF--
<?php
if (function_exists('posix_geteuid') && posix_geteuid() === 0) die('skip root can read any file');
?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
file_put_contents("$d/config", kubeconfig_yaml('/bin/true'));
chmod("$d/config", 0);
echo auth_error(fn () => ExecCredentialProvider::fromKubeConfigYamlFile("$d/config")), "\n";
?>
--EXPECTF--
Invalid kubeconfig: kubeconfig file %s/config cannot be read (permission denied): %s
