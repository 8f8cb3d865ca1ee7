--TEST--
A fork while nothing is cached: the child runs the plugin itself, and its credential reaches the parent through the host-wide cache (no second run)
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip pcntl_fork() not available'); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
$config = plugin_config("$d/marker");
$pid = pcntl_fork();
if ($pid === 0) {
    pcntl_alarm(30);
    $token = (new ExecCredentialProvider($config))->getToken();
    echo "child: $token, runs ", runs("$d/marker"), "\n";
    exit($token === 'tok-1' ? 0 : 1);
}
pcntl_waitpid($pid, $status);
var_dump(pcntl_wifexited($status), pcntl_wexitstatus($status));
echo 'parent: ', (new ExecCredentialProvider($config))->getToken(), ', runs ', runs("$d/marker"), "\n";
?>
--EXPECT--
child: tok-1, runs 1
bool(true)
int(0)
parent: tok-1, runs 1
