--TEST--
$provider->forgetCredential() drops its own credential and cache entry (true), so it and every provider sharing the entry run the plugin again; without a credential it returns false
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
$config = plugin_config("$d/marker", ['EXPIRES_IN' => 3600]);
$a = new ExecCredentialProvider($config);
$b = new ExecCredentialProvider($config);
echo $a->getToken(), ' ', $b->getToken(), "\n";
var_dump($a->forgetCredential(), $a->forgetCredential());
echo $b->getToken(), ' ', $a->getToken(), "\n";
var_dump((new ExecCredentialProvider($config))->forgetCredential());
echo "plugin runs: ", runs("$d/marker"), "\n";
?>
--EXPECT--
tok-1 tok-1
bool(true)
bool(false)
tok-2 tok-2
bool(false)
plugin runs: 2
