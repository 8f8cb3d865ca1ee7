--TEST--
A plugin that exits 0 printing nothing on stdout (only stderr) is refused: "the plugin printed nothing on stdout"
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$plug = sh_plugin($d, 'p', "echo 'token cached elsewhere' >&2");
echo auth_error(fn() => (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $plug]))->getToken()), "\n";
?>
--EXPECT--
Invalid JSON output from exec credential provider: the plugin printed nothing on stdout. Stdout was 0 bytes (never shown: it may hold the credential; run the plugin by hand to see it)
