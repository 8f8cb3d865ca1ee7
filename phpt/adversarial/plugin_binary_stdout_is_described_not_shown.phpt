--TEST--
1 MiB of random bytes on stdout is refused as invalid output described by size and UTF-8 validity, none of the bytes shown
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
file_put_contents("$d/out", "\xff" . random_bytes(1048575));
$plug = sh_plugin($d, 'p', "cat '$d/out'");
$m = auth_error(fn() => (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $plug]))->getToken());
echo preg_replace('/line \d+ column \d+/', 'line L column C', $m), "\n";
echo strlen($m) < 600 ? "short message\n" : "long message\n";
?>
--EXPECTF--
Invalid JSON output from exec credential provider: not JSON: expected value at line L column C. Stdout was 1048576 bytes: %s, not valid UTF-8 (first bad byte at offset 0)%s(never shown: it may hold the credential; run the plugin by hand to see it)
short message
