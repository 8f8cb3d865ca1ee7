--TEST--
An ExecCredential whose token string holds invalid UTF-8 is refused as invalid JSON at its position, without the token
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
file_put_contents("$d/out", '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"SEKRIT-' . "\xc3\x28" . '-utf8"}}');
$plug = sh_plugin($d, 'p', "cat '$d/out'");
$m = auth_error(fn() => (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $plug]))->getToken());
echo $m, "\n";
var_dump(str_contains($m, 'SEKRIT'));
?>
--EXPECTF--
Invalid JSON output from exec credential provider: not JSON: invalid unicode code point at line 1 column %d. Stdout was 108 bytes: what looks like JSON (1 line), not valid UTF-8 (first bad byte at offset 98) (never shown: it may hold the credential; run the plugin by hand to see it)
bool(false)
