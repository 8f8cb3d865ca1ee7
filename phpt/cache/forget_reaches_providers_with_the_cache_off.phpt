--TEST--
With php_k8s_auth.cache = 0 no entry holds a token, yet forget($token) still stops every provider holding it from serving it: their next getToken() runs the plugin; others keep theirs
--INI--
; Its own host-wide cache file: forget(), forgetCredential() and clearCache()
; reach every entry of the file, and other tests' plugins answer the same tokens.
php_k8s_auth.shared_cache_dir={TMP}/php-k8s-auth-phpt-forget-cache-off
php_k8s_auth.cache=0
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
rm_tree(ini_get('php_k8s_auth.shared_cache_dir')); // left by an interrupted run
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
$config = plugin_config("$d/marker", ['EXPIRES_IN' => 3600]);
$a = new ExecCredentialProvider($config);
$b = new ExecCredentialProvider($config);
echo $a->getToken(), ' ', $b->getToken(), ' ', $a->getToken(), "\n";
var_dump(ExecCredentialProvider::forget('tok-1'));
echo $a->getToken(), ' ', $b->getToken(), "\n";
echo "plugin runs: ", runs("$d/marker"), "\n";
?>
--EXPECT--
tok-1 tok-2 tok-1
int(0)
tok-3 tok-2
plugin runs: 3
--CLEAN--
<?php
require __DIR__ . '/../fixtures/lib.inc';
rm_tree(sys_get_temp_dir() . '/php-k8s-auth-phpt-forget-cache-off');
?>
