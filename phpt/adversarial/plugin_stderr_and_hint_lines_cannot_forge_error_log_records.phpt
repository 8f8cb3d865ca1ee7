--TEST--
Line feeds in a plugin's stderr and in a kubeconfig's installHint cannot forge a record of the error log when the exception goes uncaught: continuation lines are indented
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; if (Fpm::extensionPath() === null) echo 'skip module path unknown'; ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$plug = sh_plugin($d, 'p', "printf 'line1\\n[01-Jan-2000 00:00:00 UTC] PHP Fatal error: forged by stderr\\r\\nline3' >&2\nexit 2");
file_put_contents("$d/run.php", '<?php (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(["command" => ' . var_export($plug, true)
    . ', "installHint" => "hint\n[01-Jan-2000 00:00:00 UTC] PHP Warning: forged by hint"]))->getToken();');
$p = proc_open([PHP_BINARY, '-n', '-d', 'extension=' . Fpm::extensionPath(), '-d', 'log_errors=1', '-d', 'display_errors=0',
    '-d', "error_log=$d/error.log", "$d/run.php"], [], $pipes);
proc_close($p);
$log = file("$d/error.log", FILE_IGNORE_NEW_LINES);
echo 'records forged: ', count(preg_grep('/^\[01-Jan-2000/', $log)), "\n";
echo 'lines with the forged text, indented: ', count(preg_grep('/^  \[01-Jan-2000 00:00:00 UTC\] PHP (Fatal error|Warning): forged by (stderr|hint)/', $log)), "\n";
echo 'uncaught exception logged: ', count(preg_grep('/PHP Fatal error:  Uncaught RenokiCo\\\\PhpK8s\\\\Exceptions\\\\AuthenticationException/', $log)), "\n";
?>
--EXPECT--
records forged: 0
lines with the forged text, indented: 2
uncaught exception logged: 1
