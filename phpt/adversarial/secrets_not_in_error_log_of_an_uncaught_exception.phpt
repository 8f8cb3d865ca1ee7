--TEST--
An uncaught AuthenticationException for a plugin printing its token in a Python dict writes a fatal error to error_log without the token
--INI--
log_errors=1
display_errors=0
zend.exception_ignore_args=0
error_log={TMP}/pk8s-adversarial-uncaught.log
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$logFile = ini_get('error_log');
@unlink($logFile);
$plug = sh_plugin($d, 'p', "printf \"{'status': {'token': 'SEKRIT-log-7'}}\"");
register_shutdown_function(function () use ($logFile) {
    $log = (string) @file_get_contents($logFile);
    @unlink($logFile);
    echo str_contains($log, 'Uncaught RenokiCo\PhpK8s\Exceptions\AuthenticationException: Invalid JSON output') ? "logged\n" : "not logged\n";
    echo str_contains($log, 'SEKRIT') ? "LEAKS the token\n" : "token not in the log\n";
});
(new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $plug]))->getToken();
?>
--EXPECT--
logged
token not in the log
