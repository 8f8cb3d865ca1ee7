--TEST--
The plugin gets the process environment plus the env entries; an entry replaces a process variable of the same name, the last entry wins
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

putenv('K8S_TEST_OVERRIDDEN=from-process');
putenv('K8S_TEST_KEPT=from-process');
$dir = test_dir();
$p = answering_provider($dir, token_answer('t'), ['env' => [
    ['name' => 'K8S_TEST_OVERRIDDEN', 'value' => 'from-exec'],
    ['name' => 'K8S_TEST_TWICE', 'value' => 'first'],
    ['name' => 'K8S_TEST_TWICE', 'value' => 'second'],
]]);
$p->getToken();
$env = recorded_env($dir);
foreach (['K8S_TEST_OVERRIDDEN', 'K8S_TEST_KEPT', 'K8S_TEST_TWICE'] as $name) {
    echo $name, '=', $env[$name] ?? '(unset)', "\n";
}
// One entry per name in the raw environment.
$names = array_map(fn($e) => explode('=', $e, 2)[0], explode("\0", rtrim(file_get_contents("$dir/environ"), "\0")));
var_dump(count($names) === count(array_unique($names)));
?>
--EXPECT--
K8S_TEST_OVERRIDDEN=from-exec
K8S_TEST_KEPT=from-process
K8S_TEST_TWICE=second
bool(true)
