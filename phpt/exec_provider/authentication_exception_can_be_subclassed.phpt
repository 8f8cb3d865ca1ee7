--TEST--
A PHP class can extend AuthenticationException, add members and be caught as AuthenticationException
--FILE--
<?php
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;

class ExpiredCredential extends AuthenticationException
{
    public function __construct(public readonly string $user)
    {
        parent::__construct("credential of $user expired", 7);
    }
}

try {
    throw new ExpiredCredential('alice');
} catch (AuthenticationException $e) {
    var_dump(get_class($e), $e->user, $e->getMessage(), $e->getCode(), $e->getLine());
}
?>
--EXPECT--
string(17) "ExpiredCredential"
string(5) "alice"
string(27) "credential of alice expired"
int(7)
int(13)
