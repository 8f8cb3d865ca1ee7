--TEST--
A PHP process SIGKILLed while its plugin runs takes the plugin with it (PR_SET_PDEATHSIG), without waiting for the plugin's timeout
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; if (Fpm::extensionPath() === null) echo 'skip module path unknown'; ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$plugin = sh_plugin($d, 'slow', 'echo $$ > "$(dirname "$0")/plugin.pid"' . "\nexec sleep 30");
file_put_contents("$d/run.php", '<?php (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(["command" => ' . var_export($plugin, true) . ']))->getToken();');
$php = proc_open([PHP_BINARY, '-n', '-d', 'extension=' . Fpm::extensionPath(), "$d/run.php"], [], $pipes);
$deadline = microtime(true) + 10;
while (!is_file("$d/plugin.pid") || !str_ends_with(file_get_contents("$d/plugin.pid"), "\n")) {
    if (microtime(true) > $deadline) { echo "plugin did not start\n"; break; }
    usleep(10000);
    clearstatcache();
}
$pid = (int) file_get_contents("$d/plugin.pid");
echo 'plugin before: ', process_state($pid), "\n";
proc_terminate($php, 9);
proc_close($php);
$deadline = microtime(true) + 2;
while (process_state($pid) !== 'gone' && microtime(true) < $deadline) {
    usleep(10000);
}
echo 'plugin after: ', process_state($pid), "\n";
@posix_kill($pid, 9);
?>
--EXPECT--
plugin before: alive
plugin after: gone
