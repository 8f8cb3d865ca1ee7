--TEST--
ExecCredentialProvider::forget($token) drops the entries holding that token: providers that used it (held or new) get a new run, other entries stay, an unknown token gives 0
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
$a1 = new ExecCredentialProvider(plugin_config("$d/marker", ['EXPIRES_IN' => 3600]));
$b = new ExecCredentialProvider(plugin_config("$d/marker", ['EXPIRES_IN' => 3600, 'X' => 'b']));
echo $a1->getToken(), ' ', $b->getToken(), "\n";
var_dump(ExecCredentialProvider::forget('tok-9'));
var_dump(ExecCredentialProvider::forget('tok-1'));
var_dump(ExecCredentialProvider::forget('tok-1'));
$a2 = new ExecCredentialProvider(plugin_config("$d/marker", ['EXPIRES_IN' => 3600]));
echo $a1->getToken(), ' ', $a2->getToken(), ' ', $b->getToken(), "\n";
echo "plugin runs: ", runs("$d/marker"), ", entries: ", ExecCredentialProvider::cacheStats()['entries'], "\n";
?>
--EXPECT--
tok-1 tok-2
int(0)
int(1)
int(0)
tok-3 tok-3 tok-2
plugin runs: 3, entries: 2
