--TEST--
refresh() on one provider replaces the shared entry: another provider, created earlier, gets the new token without running the plugin
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
$config = plugin_config("$d/marker");
$a = new ExecCredentialProvider($config);
$b = new ExecCredentialProvider($config);
var_dump($a->getToken(), $b->getToken(), runs("$d/marker"));
$a->refresh();
var_dump(runs("$d/marker"), $a->getToken());
var_dump($b->getToken(), runs("$d/marker"));
// A provider created afterwards gets the new one too.
var_dump((new ExecCredentialProvider($config))->getToken(), runs("$d/marker"));
?>
--EXPECT--
string(5) "tok-1"
string(5) "tok-1"
int(1)
int(2)
string(5) "tok-2"
string(5) "tok-2"
int(2)
string(5) "tok-2"
int(2)
