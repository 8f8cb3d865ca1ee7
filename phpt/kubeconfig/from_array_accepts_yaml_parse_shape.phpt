--TEST--
fromKubeConfigArray() reads the nested array yaml_parse() returns (lists as 0..n arrays, empty extras as [])
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
token_plugin("$d/plug", 'array-token', V1BETA1, "$d/marker");
$config = [
    'apiVersion' => 'v1',
    'kind' => 'Config',
    'preferences' => [],
    'current-context' => 'ctx',
    'clusters' => [['name' => 'k', 'cluster' => ['server' => 'https://127.0.0.1:1', 'insecure-skip-tls-verify' => true]]],
    'contexts' => [
        ['name' => 'other', 'context' => ['cluster' => 'k', 'user' => 'nobody']],
        ['name' => 'ctx', 'context' => ['cluster' => 'k', 'user' => 'u', 'namespace' => 'default']],
    ],
    'users' => [['name' => 'u', 'user' => ['exec' => [
        'apiVersion' => 'client.authentication.k8s.io/v1beta1',
        'command' => "$d/plug",
        'args' => [],
        'env' => null,
        'provideClusterInfo' => false,
    ]]]],
];
$p = ExecCredentialProvider::fromKubeConfigArray($config);
var_dump($p->getToken(), runs("$d/marker"));
var_dump($p->getClusterInfo()['insecure-skip-tls-verify']);
?>
--EXPECT--
string(11) "array-token"
int(1)
bool(true)
