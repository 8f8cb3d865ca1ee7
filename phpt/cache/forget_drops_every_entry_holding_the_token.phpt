--TEST--
ExecCredentialProvider::forget($token) drops the entries holding that token: providers that used it (held or new) get a new run, other entries stay, an unknown token gives 0
--INI--
; Its own host-wide cache file: forget(), forgetCredential() and clearCache()
; reach every entry of the file, and other tests' plugins answer the same tokens.
php_k8s_auth.shared_cache_dir={TMP}/php-k8s-auth-phpt-forget-drops
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
rm_tree(ini_get('php_k8s_auth.shared_cache_dir')); // left by an interrupted run
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
--CLEAN--
<?php
require __DIR__ . '/../fixtures/lib.inc';
rm_tree(sys_get_temp_dir() . '/php-k8s-auth-phpt-forget-drops');
?>
