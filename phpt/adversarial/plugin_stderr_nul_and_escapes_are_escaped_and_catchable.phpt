--TEST--
A failing plugin's stderr holding NUL, an ANSI escape, a carriage return and invalid UTF-8 gives a catchable AuthenticationException with them escaped
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$plug = sh_plugin($d, 'plugin', "printf 'bad\\000nul \\033[2Jclear\\rover \\377' >&2\nexit 4");
try {
    (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $plug]))->getToken();
} catch (RenokiCo\PhpK8s\Exceptions\AuthenticationException $e) {
    echo str_replace($plug, '<plugin>', $e->getMessage()), "\n";
    var_dump(strpbrk($e->getMessage(), "\0\x1b\r"));
}
?>
--EXPECT--
Exec credential provider failed: executable <plugin> failed with exit code 4: bad\0nul \u{1b}[2Jclear\rover \xff
bool(false)
