--TEST--
Reflection: AuthenticationException extends Exception, adds nothing and keeps Exception's constructor
--FILE--
<?php
require __DIR__ . '/../fixtures/reflect.inc';
$name = 'RenokiCo\PhpK8s\Exceptions\AuthenticationException';
echo reflect_class($name, false);
echo reflect_method(new ReflectionMethod($name, '__construct'), $name), "\n";
$c = new ReflectionClass($name);
var_dump($c->isFinal(), $c->isAbstract(), $c->isInstantiable());
?>
--EXPECT--
class RenokiCo\PhpK8s\Exceptions\AuthenticationException extends Exception implements Stringable, Throwable
  public function __construct(string $message = '', int $code = 0, ?Throwable $previous = null)
bool(false)
bool(false)
bool(true)
