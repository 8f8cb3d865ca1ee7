--TEST--
Values added to $_SERVER (request headers) and $_ENV in PHP are not passed to the plugin's environment
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$_SERVER['HTTP_X_SECRET'] = 'request-header-value';
$_SERVER['K8S_TEST_SERVER_ONLY'] = 'server-value';
$_ENV['K8S_TEST_ENV_ONLY'] = 'env-array-value';
$dir = test_dir();
answering_provider($dir, token_answer('t'))->getToken();
$env = recorded_env($dir);
$raw = file_get_contents("$dir/environ");
var_dump(array_key_exists('HTTP_X_SECRET', $env), array_key_exists('K8S_TEST_SERVER_ONLY', $env), array_key_exists('K8S_TEST_ENV_ONLY', $env));
var_dump(str_contains($raw, 'request-header-value'), str_contains($raw, 'server-value'), str_contains($raw, 'env-array-value'));
?>
--EXPECT--
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
