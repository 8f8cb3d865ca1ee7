--TEST--
Under php-fpm with catch_workers_output, a failing plugin writes one line to the pool's log (no stdout, stderr or secret), and log_level = runs adds one line per successful run
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; Fpm::skipIf(); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir(0755);
$fail = sh_plugin($dir, 'fail', "echo 'stdout SEKRIT-OUT'\necho 'stderr SEKRIT-ERR' >&2\nexit 3");
$ok = sh_plugin($dir, 'ok', "printf '%s' '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"SEKRIT-TOKEN\",\"expirationTimestamp\":\"2099-01-02T03:04:05Z\"}}'");
file_put_contents("$dir/app.php", <<<'PHP'
<?php
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
if (isset($_GET['level'])) {
    ini_set('php_k8s_auth.log_level', $_GET['level']);
}
try {
    (new ExecCredentialProvider(['command' => $_GET['plugin'], 'args' => [$_GET['level'] ?? 'default'], 'env' => [['name' => 'SECRET_ENV', 'value' => 'SEKRIT-ENV']]]))->getToken();
    echo "token\n";
} catch (Throwable $e) {
    echo get_class($e), "\n";
}
PHP);
$fpm = new Fpm(['pm.max_children' => 1], ['php_k8s_auth.failure_backoff' => 0, 'log_errors' => 1]);
foreach ([[$fail, null], [$ok, null], [$ok, 'runs'], [$fail, 'off']] as [$plugin, $level]) {
    $query = ['plugin' => $plugin] + ($level ? ['level' => $level] : []);
    echo basename($plugin), ' ', $level ?? 'default', ': ', trim($fpm->request("$dir/app.php", $query)['body']), "\n";
}
usleep(300000); // the master copies worker output asynchronously
$log = $fpm->log();
$fpm->stop();
foreach (explode("\n", $log) as $line) {
    if (str_contains($line, 'php_k8s_auth')) {
        echo preg_replace(['/^.*?(php_k8s_auth: )/', '/\d+\.\d+ s/', '~' . preg_quote($dir, '~') . '~'], ['$1', 'N s', 'DIR'], $line), "\n";
    }
}
echo "secret, stdout or stderr in the log: ", preg_match('/SEKRIT/', $log) ? 'YES' : 'no', "\n";
?>
--EXPECT--
fail default: RenokiCo\PhpK8s\Exceptions\AuthenticationException
ok default: token
ok runs: token
fail off: RenokiCo\PhpK8s\Exceptions\AuthenticationException
php_k8s_auth: plugin DIR/fail failed after N s: failed with exit code 3
php_k8s_auth: plugin DIR/ok ran in N s, token valid until 2099-01-02T03:04:05Z
secret, stdout or stderr in the log: no
