--TEST--
Providers that differ in argv, an env entry or the cluster sent in KUBERNETES_EXEC_INFO each run the plugin and get their own cache entry
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
require __DIR__ . '/fixtures/kubeconfig.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$d = test_dir();
$exec = plugin_config("$d/marker") + ['provideClusterInfo' => true];
$other = ['server' => 'https://other.example:6443'] + cache_cluster_info();
$providers = [
    'base' => (new ExecCredentialProvider($exec))->setClusterInfo(cache_cluster_info()),
    'another argument' => (new ExecCredentialProvider(['args' => ['--role', 'b']] + $exec))
        ->setClusterInfo(cache_cluster_info()),
    'another env entry' => (new ExecCredentialProvider(plugin_config("$d/marker", ['AWS_PROFILE' => 'b'])
        + ['provideClusterInfo' => true]))->setClusterInfo(cache_cluster_info()),
    'another cluster' => (new ExecCredentialProvider($exec))->setClusterInfo($other),
    'base again' => ExecCredentialProvider::fromKubeConfigArray(cache_kubeconfig($exec)),
];
foreach ($providers as $how => $p) {
    echo str_pad($how, 20), $p->getToken(), "\n";
}
$stats = ExecCredentialProvider::cacheStats();
echo "plugin runs: ", runs("$d/marker"), ", entries: ", $stats['entries'], "\n";
?>
--EXPECT--
base                tok-1
another argument    tok-2
another env entry   tok-3
another cluster     tok-4
base again          tok-1
plugin runs: 4, entries: 4
