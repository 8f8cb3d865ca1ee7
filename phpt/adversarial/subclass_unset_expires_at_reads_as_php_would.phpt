--TEST--
After a subclass unsets $expiresAt, getExpiresAt() throws PHP's 'must not be accessed before initialization' Error, like the PHP class
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;
class Sub extends ExecCredentialProvider
{
    public function drop(): void { unset($this->expiresAt); }
}
$s = new Sub(['command' => 'x']);
$s->drop();
try {
    var_dump($s->getExpiresAt());
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
Error: Typed property RenokiCo\PhpK8s\Auth\TokenProvider::$expiresAt must not be accessed before initialization
