--TEST--
Plugin stdout holding NUL bytes gives a catchable AuthenticationException naming the NUL offset, no raw NUL, no token
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
file_put_contents("$d/out", "SEKRIT-nul-5\0SEKRIT-nul-5");
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
Invalid JSON output from exec credential provider: not JSON: expected value at line 1 column 1, and it is not valid YAML either (error at line 1 column 13). Stdout was 25 bytes: a single word of 25 characters, perhaps a bare token; the plugin must print an ExecCredential object, a NUL byte at offset 12 (never shown: it may hold the credential; run the plugin by hand to see it)
