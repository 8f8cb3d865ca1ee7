--TEST--
A subclass of ExecCredentialProvider whose constructor skips parent::__construct() gets an Error naming the fix, not a crash
--FILE--
<?php
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

class Forgetful extends ExecCredentialProvider
{
    public function __construct()
    {
    }
}

$p = new Forgetful();
foreach (['getToken', 'refresh', 'isExpired', 'getClusterInfo'] as $method) {
    try {
        $p->$method();
        echo "$method: no exception\n";
    } catch (Error $e) {
        echo "$method: ", get_class($e), ': ', str_contains($e->getMessage(), 'parent::__construct') ? 'names parent::__construct' : $e->getMessage(), "\n";
    }
}
echo "still running\n";
?>
--EXPECT--
getToken: Error: names parent::__construct
refresh: Error: names parent::__construct
isExpired: Error: names parent::__construct
getClusterInfo: Error: names parent::__construct
still running
