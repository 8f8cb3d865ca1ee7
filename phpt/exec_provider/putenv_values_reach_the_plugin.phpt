--TEST--
Variables set with putenv() before the run, and removed with putenv('NAME'), are reflected in the plugin's environment
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

putenv('K8S_TEST_PUTENV=set-at-runtime');
putenv('K8S_TEST_REMOVED=soon-gone');
putenv('K8S_TEST_REMOVED');
$dir = test_dir();
answering_provider($dir, token_answer('t'))->getToken();
$env = recorded_env($dir);
var_dump($env['K8S_TEST_PUTENV'] ?? '(unset)');
var_dump(array_key_exists('K8S_TEST_REMOVED', $env));
?>
--EXPECT--
string(14) "set-at-runtime"
bool(false)
