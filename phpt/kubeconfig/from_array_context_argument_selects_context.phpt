--TEST--
fromKubeConfigArray() with a context name uses that context even without current-context
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
token_plugin("$d/a", 'token-a', V1, "$d/a.marker");
token_plugin("$d/b", 'token-b', V1, "$d/b.marker");
$exec = fn ($cmd) => ['exec' => ['apiVersion' => V1, 'interactiveMode' => 'Never', 'command' => $cmd]];
$config = [
    'clusters' => [['name' => 'k', 'cluster' => ['server' => 'https://127.0.0.1:1']]],
    'contexts' => [
        ['name' => 'a', 'context' => ['cluster' => 'k', 'user' => 'ua']],
        ['name' => 'b', 'context' => ['cluster' => 'k', 'user' => 'ub']],
    ],
    'users' => [['name' => 'ua', 'user' => $exec("$d/a")], ['name' => 'ub', 'user' => $exec("$d/b")]],
];
var_dump(ExecCredentialProvider::fromKubeConfigArray($config, 'b')->getToken());
var_dump(runs("$d/a.marker"), runs("$d/b.marker"));
?>
--EXPECT--
string(7) "token-b"
int(0)
int(1)
