--TEST--
A failing plugin called 100 times in a row runs once within the backoff window; later errors say the failure is cached
--INI--
php_k8s_auth.failure_backoff=60
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
$config = plugin_config("$d/marker", ['FAIL' => 1]);
$messages = [];
for ($i = 0; $i < 100; $i++) {
    $messages[] = auth_error(fn () => (new ExecCredentialProvider($config))->getToken());
}
var_dump(runs("$d/marker"));
echo $messages[0], "\n---\n", $messages[99], "\n";
var_dump(str_contains($messages[0], 'failure is cached'));
?>
--EXPECTF--
int(1)
Exec credential provider failed: %Splugin failure number 1%S
---
Exec credential provider failed: %Splugin failure number 1%S [php_k8s_auth: this failure is cached; the plugin is not run again for %d ms]
bool(false)
