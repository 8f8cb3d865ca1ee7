--TEST--
ExecCredentialProvider itself (written straight into its slots) holds the same protected property values as a PHP subclass (written through the engine), for duplicate and numeric env names and after a second __construct()
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
class Sub extends ExecCredentialProvider
{
}
$names = ['command', 'args', 'env', 'apiVersion', 'installHint', 'provideClusterInfo', 'clusterInfo'];
$props = static function (object $p) use ($names): array {
    $out = [];
    foreach ($names as $n) {
        $out[$n] = (new ReflectionProperty(ExecCredentialProvider::class, $n))->getValue($p);
    }
    return $out;
};
$configs = [
    ['command' => 'aws', 'args' => ['eks', 'get-token', '--cluster-name', 'c'], 'installHint' => 'h', 'provideClusterInfo' => true,
        'env' => [['name' => 'A', 'value' => '1'], ['name' => '10', 'value' => 'ten'], ['name' => 'A', 'value' => '3'], ['name' => 'NOVALUE']]],
    ['command' => '/bin/true', 'apiVersion' => 'client.authentication.k8s.io/v1beta1', 'args' => []],
];
foreach ($configs as $i => $c) {
    $native = new ExecCredentialProvider($c);
    $sub = new Sub($c);
    echo "config $i: ", $props($native) === $props($sub) ? 'same' : 'DIFFERENT', "\n";
    $native->__construct($configs[1 - $i]);
    $sub->__construct($configs[1 - $i]);
    echo "config $i, constructed again: ", $props($native) === $props($sub) ? 'same' : 'DIFFERENT', "\n";
}
var_export($props(new ExecCredentialProvider($configs[0]))['env']);
echo "\n";
?>
--EXPECT--
config 0: same
config 0, constructed again: same
config 1: same
config 1, constructed again: same
array (
  'A' => '3',
  10 => 'ten',
)
