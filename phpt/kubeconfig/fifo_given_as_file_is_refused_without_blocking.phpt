--TEST--
A kubeconfig path (or certificate-authority) naming a FIFO is refused at once instead of blocking the worker
--SKIPIF--
<?php if (!function_exists('posix_mkfifo')) die('skip needs posix_mkfifo'); ?>
--FILE--
<?php
$dir = sys_get_temp_dir() . '/pk8s-fifo-' . getmypid();
mkdir($dir);
posix_mkfifo("$dir/config", 0600);
try {
    RenokiCo\PhpK8s\Auth\ExecCredentialProvider::fromKubeConfigYamlFile("$dir/config");
} catch (RenokiCo\PhpK8s\Exceptions\AuthenticationException $e) {
    echo str_replace($dir, 'DIR', $e->getMessage()), "\n";
}
$yaml = "current-context: c\ncontexts: [{name: c, context: {cluster: k, user: u}}]\n"
    . "clusters: [{name: k, cluster: {server: 'https://k', certificate-authority: $dir/config}}]\n"
    . "users: [{name: u, user: {exec: {command: aws}}}]\n";
try {
    RenokiCo\PhpK8s\Auth\ExecCredentialProvider::fromKubeConfigYaml($yaml);
} catch (RenokiCo\PhpK8s\Exceptions\AuthenticationException $e) {
    echo str_contains($e->getMessage(), 'not a regular file') ? "CA refused\n" : $e->getMessage() . "\n";
}
unlink("$dir/config");
rmdir($dir);
?>
--EXPECT--
Invalid kubeconfig: kubeconfig file DIR/config cannot be read: it is not a regular file (a folder, FIFO or device); check the path and that the PHP process may read it
CA refused
