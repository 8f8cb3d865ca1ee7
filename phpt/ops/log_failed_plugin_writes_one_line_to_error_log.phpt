--TEST--
A failing plugin writes one line to PHP's error log (log_level = errors, the default): command, duration, exit code; no stderr, stdout or env value
--INI--
log_errors=1
--FILE--
<?php
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;

$dir = sys_get_temp_dir() . '/h5-log-' . getmypid();
@mkdir($dir);
ini_set('error_log', "$dir/php-error.log");
file_put_contents("$dir/fail", "#!/bin/sh\necho 'token SEKRIT-OUT'\necho 'stderr SEKRIT-ERR' >&2\nexit 3\n");
file_put_contents("$dir/ok", "#!/bin/sh\nprintf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"SEKRIT-TOKEN\",\"expirationTimestamp\":\"2099-01-02T03:04:05Z\"}}'\n");
chmod("$dir/fail", 0755);
chmod("$dir/ok", 0755);
putenv('PK8S_LOG_PROBE=SEKRIT-ENV');

try {
    (new ExecCredentialProvider(['command' => "$dir/fail", 'env' => [['name' => 'X', 'value' => 'SEKRIT-ENV2']]]))->getToken();
} catch (AuthenticationException $e) {
    echo "thrown\n";
}
(new ExecCredentialProvider(['command' => "$dir/ok"]))->getToken();   // not logged at "errors"
ini_set('php_k8s_auth.log_level', 'runs');
(new ExecCredentialProvider(['command' => "$dir/ok", 'args' => ['again']]))->getToken();
ini_set('php_k8s_auth.log_level', 'off');
try {
    (new ExecCredentialProvider(['command' => "$dir/fail", 'args' => ['quiet']]))->getToken();
} catch (AuthenticationException $e) {
    echo "thrown, not logged\n";
}

$log = file_get_contents("$dir/php-error.log");
echo preg_replace(['/^\[[^\]]+\] /m', '/\d+\.\d\d s/', "{{$dir}}"], ['', 'N s', 'DIR'], $log);
echo "secret in log: ", str_contains($log, 'SEKRIT') ? 'YES' : 'no', "\n";
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
thrown
thrown, not logged
php_k8s_auth: plugin DIR/fail failed after N s: failed with exit code 3
php_k8s_auth: plugin DIR/ok ran in N s, token valid until 2099-01-02T03:04:05Z
secret in log: no
