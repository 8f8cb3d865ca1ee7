--TEST--
clearCache() empties the cache: cacheStats() shows no entries and the next new provider runs the plugin again
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
(new ExecCredentialProvider(plugin_config("$d/a")))->getToken();
(new ExecCredentialProvider(plugin_config("$d/b")))->getToken();
var_dump(ExecCredentialProvider::cacheStats()['entries']);
var_dump(ExecCredentialProvider::clearCache());
var_dump(ExecCredentialProvider::cacheStats()['entries']);
var_dump((new ExecCredentialProvider(plugin_config("$d/a")))->getToken(), runs("$d/a"));
var_dump(ExecCredentialProvider::cacheStats()['entries']);
?>
--EXPECT--
int(2)
NULL
int(0)
string(5) "tok-2"
int(2)
int(1)
