--TEST--
cache: forget() with a 16 MiB token, NUL bytes, invalid UTF-8, an empty string or a number returns 0 without error; a non-string is a TypeError whose trace hides the argument
--INI--
; Its own host-wide file: forget() reaches every entry holding the token
; in the file, and other tests' plugins answer tokens with the same values.
php_k8s_auth.shared_cache_dir={TMP}/php-k8s-auth-phpt-forget-odd-tokens
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
rm_tree(ini_get('php_k8s_auth.shared_cache_dir')); // left by an interrupted run
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
$p = new ExecCredentialProvider(plugin_config("$d/marker", ['EXPIRES_IN' => 3600]));
$token = $p->getToken();
foreach ([str_repeat('x', 16 << 20), "$token\0", "\0$token", "tok-\xff", '', 1, 1.5, "tok-1 "] as $odd) {
    echo ExecCredentialProvider::forget($odd), ' ';
}
echo "\n";
try {
    ExecCredentialProvider::forget(['secret-token-value']);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
    $arg = $e->getTrace()[0]['args'][0] ?? null;
    echo get_debug_type($arg), "\n";
    var_dump(str_contains(print_r($e->getTrace(), true) . $e, 'secret-token-value'));
}
try {
    ExecCredentialProvider::forget();
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
echo ExecCredentialProvider::forget($token), ' ', $p->getToken(), "\n";
?>
--EXPECTF--
0 0 0 0 0 0 0 0 
RenokiCo\PhpK8s\Auth\ExecCredentialProvider::forget(): Argument #1 ($token) must be of type string, array given, called in %s on line %d
SensitiveParameterValue
bool(false)
Too few arguments to function RenokiCo\PhpK8s\Auth\ExecCredentialProvider::forget(), 0 passed in %s on line %d and exactly 1 expected
1 tok-2
--CLEAN--
<?php
require __DIR__ . '/../fixtures/lib.inc';
rm_tree(sys_get_temp_dir() . '/php-k8s-auth-phpt-forget-odd-tokens');
?>
