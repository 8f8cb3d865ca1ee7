--TEST--
fromKubeConfigArray(): a relative command is resolved against the current folder at load time
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
token_plugin("$d/cwd/bin/plug", 'cwd-bin', V1, "$d/marker");
$config = [
    'current-context' => 'ctx',
    'clusters' => [['name' => 'k', 'cluster' => ['server' => 'https://127.0.0.1:1']]],
    'contexts' => [['name' => 'ctx', 'context' => ['cluster' => 'k', 'user' => 'u']]],
    'users' => [['name' => 'u', 'user' => ['exec' => ['apiVersion' => V1, 'interactiveMode' => 'Never', 'command' => 'bin/plug']]]],
];
chdir("$d/cwd");
$p = ExecCredentialProvider::fromKubeConfigArray($config);
chdir($d);
var_dump($p->getToken(), runs("$d/marker"));
?>
--EXPECT--
string(7) "cwd-bin"
int(1)
