--TEST--
TokenProvider::getToken() throws TypeError when a subclass's refresh() leaves the token null
--FILE--
<?php
require __DIR__ . '/../fixtures/callback_provider.inc';

$p = new CallbackProvider(fn(int $n) => [null, null]);
try {
    $p->getToken();
    echo "no exception\n";
} catch (TypeError $e) {
    echo get_class($e), "\n";
    var_dump(str_contains($e->getMessage(), 'must be of type string'));
    var_dump(str_contains($e->getMessage(), 'null returned'));
}
var_dump($p->refreshes);
?>
--EXPECT--
TypeError
bool(true)
bool(true)
int(1)
