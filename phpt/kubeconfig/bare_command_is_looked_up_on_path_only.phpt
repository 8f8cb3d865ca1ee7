--TEST--
A command without a slash is looked up on PATH only, not in the kubeconfig's folder
--INI--
; Its own host-wide cache file: forget(), forgetCredential() and clearCache()
; reach every entry of the file, and other tests' plugins answer the same tokens.
php_k8s_auth.shared_cache_dir={TMP}/php-k8s-auth-phpt-bare-command
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
rm_tree(ini_get('php_k8s_auth.shared_cache_dir')); // left by an interrupted run
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
token_plugin("$d/kcdir/phpt-kc-plug", 'kcdir', V1, "$d/kc.marker");
token_plugin("$d/pathdir/phpt-kc-plug", 'on-path', V1, "$d/path.marker");
file_put_contents("$d/kcdir/config", kubeconfig_yaml('phpt-kc-plug'));
chdir("$d/kcdir");
putenv('PATH=/usr/bin:/bin');
echo auth_error(fn () => ExecCredentialProvider::fromKubeConfigYamlFile("$d/kcdir/config")->getToken()), "\n";
putenv("PATH=$d/pathdir:/usr/bin:/bin");
ExecCredentialProvider::clearCache();
var_dump(ExecCredentialProvider::fromKubeConfigYamlFile("$d/kcdir/config")->getToken());
var_dump(runs("$d/kc.marker"), runs("$d/path.marker"));
?>
--EXPECTF--
Exec credential provider failed: %sphpt-kc-plug%snot found%s
string(7) "on-path"
int(0)
int(1)
--CLEAN--
<?php
require __DIR__ . '/../fixtures/lib.inc';
rm_tree(sys_get_temp_dir() . '/php-k8s-auth-phpt-bare-command');
?>
