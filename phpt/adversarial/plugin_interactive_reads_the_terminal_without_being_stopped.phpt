--TEST--
An interactive plugin that reads the terminal gets the answer typed there (it stays in PHP's process group, as kubectl's plugins do, so SIGTTIN never stops it)
--SKIPIF--
<?php
require __DIR__ . '/../fixtures/lib.inc';
if (Fpm::extensionPath() === null) echo 'skip module path unknown';
elseif (!is_executable('/usr/bin/script') || !is_executable('/usr/bin/timeout')) echo 'skip needs script (bsdutils) and timeout';
?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$plugin = sh_plugin($d, 'ask', 'touch "$(dirname "$0")/asked"' . "\nread code\n"
    . 'printf \'{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"typed-%s"}}\' "$code"');
file_put_contents("$d/run.php", '<?php $t = (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(["command" => '
    . var_export($plugin, true) . ', "interactiveMode" => "Always"]))->getToken(); echo "token: $t\n";');
// script(1) gives PHP a pseudo-terminal as stdin, in the foreground like a shell would.
$php = sh_quote(PHP_BINARY) . ' -n -d extension=' . sh_quote(Fpm::extensionPath()) . ' ' . sh_quote("$d/run.php");
$p = proc_open(['timeout', '10', 'script', '-qec', $php, '/dev/null'], [['pipe', 'r'], ['pipe', 'w'], ['pipe', 'w']], $pipes);
$deadline = microtime(true) + 8;
while (!is_file("$d/asked") && microtime(true) < $deadline) {
    usleep(10000);
    clearstatcache();
}
usleep(100000);
fwrite($pipes[0], "hello\n");
$out = stream_get_contents($pipes[1]);
fclose($pipes[0]);
$rc = proc_close($p);
echo preg_match('/^token: typed-hello\r?$/m', $out) ? "token: typed-hello\n" : "output: " . json_encode($out) . "\n";
echo "exit code: $rc\n";
?>
--EXPECT--
token: typed-hello
exit code: 0
