--TEST--
Two exec configurations differing only in one env entry are cached separately: the plugin runs once for each
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
for ($i = 0; $i < 50; $i++) {
    $a = (new ExecCredentialProvider(plugin_config("$d/marker", ['AWS_PROFILE' => 'prod'])))->getToken();
    $b = (new ExecCredentialProvider(plugin_config("$d/marker", ['AWS_PROFILE' => 'dev'])))->getToken();
}
var_dump($a, $b, runs("$d/marker"));
?>
--EXPECT--
string(5) "tok-1"
string(5) "tok-2"
int(2)
