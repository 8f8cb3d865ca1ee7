--TEST--
Providers with setRefreshBuffer(10) reuse a cached credential that has 30 s left, though buffer-60 providers would not
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
$config = plugin_config("$d/marker", ['EXPIRES_IN' => 30]);
var_dump((new ExecCredentialProvider($config))->getToken());
for ($i = 0; $i < 20; $i++) {
    $p = (new ExecCredentialProvider($config))->setRefreshBuffer(10);
    $t = $p->getToken();
}
var_dump($t, $p->isExpired(), runs("$d/marker"));
?>
--EXPECT--
string(5) "tok-1"
string(5) "tok-1"
bool(false)
int(1)
