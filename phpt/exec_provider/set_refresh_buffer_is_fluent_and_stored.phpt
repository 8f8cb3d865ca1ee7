--TEST--
setRefreshBuffer() stores the seconds in $refreshBuffer and returns the same object, for PHP subclasses and ExecCredentialProvider
--FILE--
<?php
require __DIR__ . '/../fixtures/callback_provider.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$p = new CallbackProvider(fn(int $n) => ['t', null]);
var_dump($p->refreshBuffer());
var_dump($p->setRefreshBuffer(15) === $p, $p->refreshBuffer());

class BufferedExec extends ExecCredentialProvider
{
    public function refreshBuffer(): int
    {
        return $this->refreshBuffer;
    }
}
$e = new BufferedExec(['command' => 'true']);
var_dump($e->setRefreshBuffer(0) === $e, $e->refreshBuffer());
?>
--EXPECT--
int(60)
bool(true)
int(15)
bool(true)
int(0)
