--TEST--
AuthenticationException can be constructed from PHP with a message, a code and a previous throwable
--FILE--
<?php
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;

$previous = new RuntimeException('root cause');
$e = new AuthenticationException('token expired', 42, $previous);
var_dump($e->getMessage(), $e->getCode(), $e->getPrevious() === $previous);
var_dump($e instanceof Exception, $e instanceof Throwable);

$plain = new AuthenticationException();
var_dump($plain->getMessage(), $plain->getCode(), $plain->getPrevious());
?>
--EXPECT--
string(13) "token expired"
int(42)
bool(true)
bool(true)
bool(true)
string(0) ""
int(0)
NULL
