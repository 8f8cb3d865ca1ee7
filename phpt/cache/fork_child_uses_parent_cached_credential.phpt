--TEST--
After pcntl_fork(), the child gets the credential the parent cached without running the plugin
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip pcntl_fork() not available'); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
$config = plugin_config("$d/marker", ['EXPIRES_IN' => 3600]);
echo 'parent: ', (new ExecCredentialProvider($config))->getToken(), "\n";
$pid = pcntl_fork();
if ($pid === 0) {
    pcntl_alarm(30);
    $token = (new ExecCredentialProvider($config))->getToken();
    echo "child: $token, runs ", runs("$d/marker"), "\n";
    exit($token === 'tok-1' ? 7 : 1);
}
pcntl_waitpid($pid, $status);
var_dump(pcntl_wifexited($status), pcntl_wexitstatus($status), runs("$d/marker"));
?>
--EXPECT--
parent: tok-1
child: tok-1, runs 1
bool(true)
int(7)
int(1)
