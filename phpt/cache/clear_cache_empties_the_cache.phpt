--TEST--
clearCache() empties the cache: cacheStats() shows no entries and the next new provider runs the plugin again
--INI--
; Its own host-wide cache file: forget(), forgetCredential() and clearCache()
; reach every entry of the file, and other tests' plugins answer the same tokens.
php_k8s_auth.shared_cache_dir={TMP}/php-k8s-auth-phpt-clear-cache
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
rm_tree(ini_get('php_k8s_auth.shared_cache_dir')); // left by an interrupted run
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
--CLEAN--
<?php
require __DIR__ . '/../fixtures/lib.inc';
rm_tree(sys_get_temp_dir() . '/php-k8s-auth-phpt-clear-cache');
?>
