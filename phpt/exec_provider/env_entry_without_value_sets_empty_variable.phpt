--TEST--
An env entry without a value (or with null) gives the plugin the variable set to the empty string, overriding the process value
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

putenv('K8S_TEST_NO_VALUE=from-process');
putenv('K8S_TEST_NULL_VALUE=from-process');
$dir = test_dir();
$p = answering_provider($dir, token_answer('t'), ['env' => [
    ['name' => 'K8S_TEST_NO_VALUE'],
    ['name' => 'K8S_TEST_NULL_VALUE', 'value' => null],
]]);
$p->getToken();
$env = recorded_env($dir);
var_dump(array_key_exists('K8S_TEST_NO_VALUE', $env), $env['K8S_TEST_NO_VALUE'] ?? 'unset');
var_dump(array_key_exists('K8S_TEST_NULL_VALUE', $env), $env['K8S_TEST_NULL_VALUE'] ?? 'unset');
?>
--EXPECT--
bool(true)
string(0) ""
bool(true)
string(0) ""
