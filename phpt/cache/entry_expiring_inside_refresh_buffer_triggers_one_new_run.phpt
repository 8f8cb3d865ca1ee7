--TEST--
A cached credential that expires within the refresh buffer (30 s left, buffer 60 s): a second provider triggers exactly one new run
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
$config = plugin_config("$d/marker", ['EXPIRES_IN' => 30]);
$first = new ExecCredentialProvider($config);
var_dump($first->getToken(), runs("$d/marker"));
$second = new ExecCredentialProvider($config);
var_dump($second->isExpired());
var_dump($second->getToken(), runs("$d/marker"));
?>
--EXPECT--
string(5) "tok-1"
int(1)
bool(false)
string(5) "tok-2"
int(2)
