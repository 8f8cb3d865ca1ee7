--TEST--
php_k8s_auth.plugin_policy=Allowlist allows a command listed as written in the exec config (a bare name found on the PATH PHP started with)
--INI--
php_k8s_auth.plugin_policy=Allowlist
php_k8s_auth.plugin_allowlist="some-other-plugin, plugin.sh"
--ENV--
PATH={PWD}/fixtures:/usr/bin:/bin
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
$config = plugin_config("$d/marker");
$config['command'] = 'plugin.sh';
var_dump((new ExecCredentialProvider($config))->getToken(), runs("$d/marker"));
?>
--EXPECT--
string(5) "tok-1"
int(1)
