--TEST--
AuthenticationException created in PHP reports the file and line of `new` and a trace of the calling functions
--FILE--
<?php
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;

function fail_auth(): void
{
    throw new AuthenticationException('nope');
}

try {
    fail_auth();
} catch (AuthenticationException $e) {
    var_dump($e->getFile() === __FILE__);
    var_dump($e->getLine());
    $trace = $e->getTrace();
    var_dump(count($trace), $trace[0]['function'], $trace[0]['line']);
    echo $e->getTraceAsString(), "\n";
}
?>
--EXPECTF--
bool(true)
int(6)
int(1)
string(9) "fail_auth"
int(10)
#0 %s(10): fail_auth()
#1 {main}
