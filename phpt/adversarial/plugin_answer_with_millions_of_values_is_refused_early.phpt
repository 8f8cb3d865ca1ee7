--TEST--
Plugin output: a JSON answer with millions of tiny values (16 MB of [0,0,0,…]) is refused after the node limit, quickly and without building it in memory, and the message describes it without quoting it
--INI--
php_k8s_auth.log_level=off
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$d = test_dir();
$zeros = str_repeat('0,', 8000000) . '0';
file_put_contents("$d/answer", '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"s3cr3t-tok"},"x":[' . $zeros . ']}');
$plugin = sh_plugin($d, 'wide', "cat '$d/answer'");
$before = memory_get_usage();
$t = microtime(true);
$msg = auth_error(fn () => (new ExecCredentialProvider(['command' => $plugin, 'interactiveMode' => 'Never']))->getToken());
$seconds = microtime(true) - $t;
echo preg_replace('/line 1 column \d+/', 'line 1 column N', $msg), "\n";
var_dump(str_contains($msg, 's3cr3t'));
// Generous bound: the answer is 16 MB; refusing it must not take seconds or hundreds of MiB.
echo $seconds < 5 ? "fast enough\n" : "slow: $seconds s\n";
$rss = (int) preg_replace('/\D/', '', preg_grep('/^VmHWM/', file('/proc/self/status'))[array_key_first(preg_grep('/^VmHWM/', file('/proc/self/status')))]);
echo $rss < 200 * 1024 ? "peak RSS under 200 MiB\n" : "peak RSS $rss KiB\n";
?>
--EXPECTF--
Invalid JSON output from exec credential provider: not JSON: more than 250000 values at line 1 column N. Stdout was 16000112 bytes: %s
bool(false)
fast enough
peak RSS under 200 MiB
