--TEST--
A plugin printing a Python dict with the token is refused and the token appears in no output
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
file_put_contents("$d/out", "{'status': {'token': 'SEKRIT-py-1'}}\n");
$plug = sh_plugin($d, 'plugin', 'cat "$(dirname "$0")/out"');
try {
    (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $plug]))->getToken();
    echo "accepted\n";
} catch (RenokiCo\PhpK8s\Exceptions\AuthenticationException $e) {
    echo $e->getMessage(), "\n";
    ob_start();
    var_dump($e);
    $dump = ob_get_clean();
    foreach (['message' => $e->getMessage(), 'string' => (string) $e, 'trace' => $e->getTraceAsString(), 'var_dump' => $dump, 'print_r' => print_r($e, true)] as $where => $text) {
        if (str_contains($text, 'SEKRIT')) {
            echo "LEAK in $where\n";
        }
    }
}
?>
--EXPECT--
Invalid JSON output from exec credential provider: not JSON: key must be a string at line 1 column 2. Stdout was 37 bytes: what looks like a Python dict or a JavaScript object literal (single-quoted strings), not JSON: JSON needs double quotes (never shown: it may hold the credential; run the plugin by hand to see it)
