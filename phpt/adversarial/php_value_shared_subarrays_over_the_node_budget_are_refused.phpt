--TEST--
PHP arrays that share sub-arrays (an "array bomb" of a few KB) are refused by a 250,000-value budget, not expanded in native memory
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
// 2^31 values once expanded, 31 arrays in PHP (shared by refcount, no references).
$bomb = ['x'];
for ($i = 0; $i < 30; $i++) {
    $bomb = [$bomb, $bomb];
}
$small = ['x'];
for ($i = 0; $i < 10; $i++) {
    $small = [$small, $small];
}
class Sub extends ExecCredentialProvider
{
    public function poison(array $v): void
    {
        $this->clusterInfo = ['server' => 'https://127.0.0.1:1', 'config' => $v];
    }
}
$t = microtime(true);
$show = fn (string $m) => preg_replace('/\$([\w>-]+)\["(\w+)"\].*? is past/', '\$$1["$2"]… is past', $m);
echo $show(auth_error(fn () => new ExecCredentialProvider(['command' => 'x', 'config' => $bomb]))), "\n";
echo $show(auth_error(fn () => (new ExecCredentialProvider(['command' => 'x']))->setClusterInfo(['server' => 'https://x', 'config' => $bomb]))), "\n";
$kc = ['apiVersion' => 'v1', 'current-context' => 'c',
    'contexts' => [['name' => 'c', 'context' => ['cluster' => 'k', 'user' => 'u']]],
    'clusters' => [['name' => 'k', 'cluster' => ['server' => 'https://x']]],
    'users' => [['name' => 'u', 'user' => ['exec' => ['command' => 'x']]]], 'preferences' => $bomb];
echo $show(auth_error(fn () => ExecCredentialProvider::fromKubeConfigArray($kc))), "\n";
$s = new Sub(['command' => 'x', 'provideClusterInfo' => true]);
$s->poison($bomb);
echo $show(auth_error(fn () => $s->getToken())), "\n";
echo microtime(true) - $t < 5 ? "refused quickly\n" : "slow\n";
// Under the budget, shared sub-arrays are accepted as before.
echo get_class(new ExecCredentialProvider(['command' => 'x', 'config' => $small])), "\n";
?>
--EXPECT--
Invalid exec credential configuration: $execConfig["config"]… is past 250000 values in all (an array used several times counts each time); a configuration is far smaller
Invalid cluster info: $clusterInfo["config"]… is past 250000 values in all (an array used several times counts each time); a configuration is far smaller
Invalid kubeconfig: $kubeconfig["preferences"]… is past 250000 values in all (an array used several times counts each time); a configuration is far smaller
Invalid exec credential configuration: $this->clusterInfo["config"]… is past 250000 values in all (an array used several times counts each time); a configuration is far smaller
refused quickly
RenokiCo\PhpK8s\Auth\ExecCredentialProvider
