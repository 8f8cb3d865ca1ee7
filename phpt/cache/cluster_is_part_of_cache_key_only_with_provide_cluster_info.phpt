--TEST--
Providers for two clusters share one cached credential when provideClusterInfo is false, but get one plugin run per cluster when it is true
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
$kubeconfig = function (string $server, string $marker, bool $provide) {
    return [
        'current-context' => 'ctx',
        'clusters' => [['name' => 'k', 'cluster' => ['server' => $server]]],
        'contexts' => [['name' => 'ctx', 'context' => ['cluster' => 'k', 'user' => 'u']]],
        'users' => [['name' => 'u', 'user' => ['exec' => plugin_config($marker) + ['provideClusterInfo' => $provide]]]],
    ];
};
foreach ([false, true] as $provide) {
    $m = "$d/marker-" . var_export($provide, true);
    $a = ExecCredentialProvider::fromKubeConfigArray($kubeconfig('https://127.0.0.1:1', $m, $provide))->getToken();
    $b = ExecCredentialProvider::fromKubeConfigArray($kubeconfig('https://127.0.0.1:2', $m, $provide))->getToken();
    $c = ExecCredentialProvider::fromKubeConfigArray($kubeconfig('https://127.0.0.1:1', $m, $provide))->getToken();
    echo 'provideClusterInfo ', var_export($provide, true), ": $a $b $c, runs ", runs($m), "\n";
}
?>
--EXPECT--
provideClusterInfo false: tok-1 tok-1 tok-1, runs 1
provideClusterInfo true: tok-1 tok-2 tok-1, runs 2
