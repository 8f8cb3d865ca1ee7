--TEST--
An application SIGCHLD handler (pcntl, async) neither loses the plugin's exit status nor breaks the run
--SKIPIF--
<?php if (!function_exists('pcntl_signal')) die('skip pcntl not available'); ?>
--INI--
php_k8s_auth.cache=0
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$seen = 0;
pcntl_async_signals(true);
pcntl_signal(SIGCHLD, function () use (&$seen) { $seen++; });
$fail = sh_plugin($d, 'fail', "echo nope >&2\nexit 5");
$ok = sh_plugin($d, 'ok', OK_ANSWER);
try {
    (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $fail]))->getToken();
} catch (RenokiCo\PhpK8s\Exceptions\AuthenticationException $e) {
    echo str_replace($fail, 'PLUGIN', $e->getMessage()), "\n";
}
var_dump((new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $ok]))->getToken());
echo $seen >= 1 ? "handler ran\n" : "handler never ran\n";
?>
--EXPECT--
Exec credential provider failed: executable PLUGIN failed with exit code 5: nope
string(6) "tok-ok"
handler ran
