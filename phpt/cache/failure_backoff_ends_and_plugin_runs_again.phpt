--TEST--
After failure_backoff (1 s) has passed, the next getToken() runs the plugin again instead of repeating the cached failure
--INI--
php_k8s_auth.failure_backoff=1
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
$config = plugin_config("$d/marker", ['FAIL' => 1]);
auth_error(fn () => (new ExecCredentialProvider($config))->getToken());
auth_error(fn () => (new ExecCredentialProvider($config))->getToken());
var_dump(runs("$d/marker"));
sleep(2);
echo auth_error(fn () => (new ExecCredentialProvider($config))->getToken()), "\n";
var_dump(runs("$d/marker"));
?>
--EXPECTF--
int(1)
Exec credential provider failed: %Splugin failure number 2%S
int(2)
