--TEST--
fromKubeConfigYamlFile() on a file that does not exist throws AuthenticationException naming the path
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
try {
    ExecCredentialProvider::fromKubeConfigYamlFile("$d/no/such/config");
} catch (RenokiCo\PhpK8s\Exceptions\AuthenticationException $e) {
    var_dump(str_contains($e->getMessage(), "$d/no/such/config"));
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
bool(true)
Invalid kubeconfig: kubeconfig file %s/no/such/config does not exist: No such file or directory (os error 2); %s
