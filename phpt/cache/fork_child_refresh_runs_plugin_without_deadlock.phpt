--TEST--
A forked child can refresh() the credential it inherited (the plugin runs, no deadlock); the new credential reaches the parent through the host-wide cache
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip pcntl_fork() not available'); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
$config = plugin_config("$d/marker");
$inherited = new ExecCredentialProvider($config);
echo 'parent: ', $inherited->getToken(), "\n";
$pid = pcntl_fork();
if ($pid === 0) {
    pcntl_alarm(30); // a deadlock ends in SIGALRM instead of a hung test
    $inherited->refresh();
    $a = $inherited->getToken();
    $b = (new ExecCredentialProvider($config))->getToken();
    echo "child: $a $b, runs ", runs("$d/marker"), "\n";
    exit($a === 'tok-2' && $b === 'tok-2' ? 0 : 1);
}
pcntl_waitpid($pid, $status);
var_dump(pcntl_wifexited($status), pcntl_wexitstatus($status));
echo 'parent again: ', (new ExecCredentialProvider($config))->getToken(), ', runs ', runs("$d/marker"), "\n";
?>
--EXPECT--
parent: tok-1
child: tok-2 tok-2, runs 2
bool(true)
int(0)
parent again: tok-2, runs 2
