--TEST--
An AuthenticationException thrown by the extension carries the file and line of the PHP call that failed, and a trace
--INI--
php_k8s_auth.cache=0
--FILE--
<?php
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;

function build_provider(): ExecCredentialProvider
{
    return new ExecCredentialProvider(['command' => '']);
}

function fetch_token(ExecCredentialProvider $p): string
{
    return $p->getToken();
}

foreach ([
    'constructor' => fn() => build_provider(),
    'plugin run' => fn() => fetch_token(new ExecCredentialProvider(['command' => 'k8s-auth-no-such-plugin'])),
] as $case => $fn) {
    try {
        $fn();
        echo "$case: no exception\n";
    } catch (AuthenticationException $e) {
        $frames = array_map(fn($f) => ($f['class'] ?? '') . ($f['type'] ?? '') . $f['function'], array_slice($e->getTrace(), 0, 2));
        echo $case, ': ', get_class($e), ' at ', basename($e->getFile()), ':', $e->getLine(), ' via ', implode(' < ', $frames), "\n";
    }
}
?>
--EXPECT--
constructor: RenokiCo\PhpK8s\Exceptions\AuthenticationException at authentication_exception_from_extension_has_caller_file_and_line.php:7 via RenokiCo\PhpK8s\Auth\ExecCredentialProvider->__construct < build_provider
plugin run: RenokiCo\PhpK8s\Exceptions\AuthenticationException at authentication_exception_from_extension_has_caller_file_and_line.php:12 via RenokiCo\PhpK8s\Auth\ExecCredentialProvider->getToken < fetch_token
