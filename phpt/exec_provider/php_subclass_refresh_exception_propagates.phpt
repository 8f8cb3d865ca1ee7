--TEST--
An exception thrown by a subclass's refresh() propagates out of getToken() unchanged (the very same object)
--FILE--
<?php
require __DIR__ . '/../fixtures/callback_provider.inc';
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;

$thrown = new AuthenticationException('sts is down', 503);
$p = new CallbackProvider(function (int $n) use ($thrown) {
    throw $thrown;
});
try {
    $p->getToken();
    echo "no exception\n";
} catch (AuthenticationException $e) {
    var_dump($e === $thrown, $e->getMessage(), $e->getCode());
}
?>
--EXPECT--
bool(true)
string(11) "sts is down"
int(503)
