--TEST--
A failing plugin's huge stderr is cut to its first 4 KiB in the message
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$plug = sh_plugin($d, 'noisy', "head -c 1048576 /dev/zero | tr '\\0' x >&2\nexit 2");
try {
    (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $plug]))->getToken();
} catch (RenokiCo\PhpK8s\Exceptions\AuthenticationException $e) {
    $m = $e->getMessage();
    var_dump(strlen($m) < 4096 + 300, str_contains($m, 'failed with exit code 2: xxxx'), str_ends_with($m, '[stderr truncated]'));
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
