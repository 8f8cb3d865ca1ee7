--TEST--
Providers for one kubeconfig built every way (new + setClusterInfo as PHP K8s calls it, the four loaders, a subclass, another installHint) run the plugin once and share one cache entry
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
require __DIR__ . '/fixtures/kubeconfig.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

class MyProvider extends ExecCredentialProvider {}

$d = test_dir();
$exec = plugin_config("$d/marker") + ['provideClusterInfo' => true, 'installHint' => 'brew install it'];
$kubeconfig = cache_kubeconfig($exec);
$yaml = json_encode($kubeconfig); // JSON is YAML
file_put_contents("$d/config", $yaml);
// Set before the first provider: the plugin inherits KUBECONFIG too.
putenv("KUBECONFIG=$d/config");

$providers = [
    'new + setClusterInfo' => (new ExecCredentialProvider($exec))->setClusterInfo(cache_cluster_info()),
    'fromKubeConfigYamlFile' => ExecCredentialProvider::fromKubeConfigYamlFile("$d/config"),
    'fromKubeConfigYaml' => ExecCredentialProvider::fromKubeConfigYaml($yaml),
    'fromKubeConfigArray' => ExecCredentialProvider::fromKubeConfigArray($kubeconfig),
    'fromKubeConfigVariable' => ExecCredentialProvider::fromKubeConfigVariable(),
    'subclass, new' => (new MyProvider($exec))->setClusterInfo(cache_cluster_info()),
    'subclass, loader' => MyProvider::fromKubeConfigYamlFile("$d/config", 'ctx'),
    'other installHint' => (new ExecCredentialProvider(['installHint' => 'apt install it'] + $exec))
        ->setClusterInfo(cache_cluster_info()),
    'no installHint' => (new ExecCredentialProvider(array_diff_key($exec, ['installHint' => 1])))
        ->setClusterInfo(cache_cluster_info()),
];
foreach ($providers as $how => $p) {
    echo str_pad($how, 24), $p->getToken(), "\n";
}
$stats = ExecCredentialProvider::cacheStats();
echo "plugin runs: ", runs("$d/marker"), ", entries: ", $stats['entries'], "\n";
?>
--EXPECT--
new + setClusterInfo    tok-1
fromKubeConfigYamlFile  tok-1
fromKubeConfigYaml      tok-1
fromKubeConfigArray     tok-1
fromKubeConfigVariable  tok-1
subclass, new           tok-1
subclass, loader        tok-1
other installHint       tok-1
no installHint          tok-1
plugin runs: 1, entries: 1
