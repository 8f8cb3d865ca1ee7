--TEST--
A self-referencing array in fromKubeConfigArray() is refused with an AuthenticationException saying where
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;
$a = ['x' => 1];
$a['me'] = &$a;
echo auth_error(fn () => ExecCredentialProvider::fromKubeConfigArray(['apiVersion' => 'v1', 'users' => [$a]])), "\n";
?>
--EXPECT--
Invalid kubeconfig: $kubeconfig["users"][0]["me"] refers back to an array that contains it (a recursive reference such as $a[0] = &$a); pass plain values
