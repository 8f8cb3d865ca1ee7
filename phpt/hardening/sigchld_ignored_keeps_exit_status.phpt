--TEST--
With SIGCHLD ignored by the application the exit status is still known, and the application's setting is put back
--SKIPIF--
<?php if (!function_exists('pcntl_signal')) die('skip pcntl not available'); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
pcntl_signal(SIGCHLD, SIG_IGN);
$fail = sh_plugin($d, 'fail', "exit 9");
try {
    (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $fail]))->getToken();
} catch (RenokiCo\PhpK8s\Exceptions\AuthenticationException $e) {
    echo str_replace($fail, 'PLUGIN', $e->getMessage()), "\n";
}
var_dump(pcntl_signal_get_handler(SIGCHLD) === SIG_IGN);
?>
--EXPECT--
Exec credential provider failed: executable PLUGIN failed with exit code 9
bool(true)
