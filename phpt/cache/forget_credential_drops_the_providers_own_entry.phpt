--TEST--
$provider->forgetCredential() drops its own credential and cache entry (true), so it and every provider sharing the entry run the plugin again; without a credential it returns false
--INI--
; Its own host-wide cache file: forget(), forgetCredential() and clearCache()
; reach every entry of the file, and other tests' plugins answer the same tokens.
php_k8s_auth.shared_cache_dir={TMP}/php-k8s-auth-phpt-forget-credential
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
rm_tree(ini_get('php_k8s_auth.shared_cache_dir')); // left by an interrupted run
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
--CLEAN--
<?php
require __DIR__ . '/../fixtures/lib.inc';
rm_tree(sys_get_temp_dir() . '/php-k8s-auth-phpt-forget-credential');
?>
