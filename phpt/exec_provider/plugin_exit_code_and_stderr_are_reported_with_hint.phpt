--TEST--
A plugin exiting with status 3 fails with "failed with exit code 3", its stderr text and the install hint
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$p = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(plugin_exec($dir, [
    'installHint' => 'Run `aws configure` first.',
    'env' => [
        ['name' => 'PLUGIN_EXIT', 'value' => '3'],
        ['name' => 'PLUGIN_STDERR', 'value' => 'plugin says boom: credentials expired'],
    ],
]));
$e = expect_throw(fn() => $p->getToken());
contains_each($e, 'Exec credential provider failed', 'failed with exit code 3', 'plugin says boom: credentials expired', "\nHint: Run `aws configure` first.");
var_dump(runs($dir));
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"Exec credential provider failed": yes
"failed with exit code 3": yes
"plugin says boom: credentials expired": yes
"\nHint: Run `aws configure` first.": yes
int(1)
