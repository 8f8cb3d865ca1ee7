--TEST--
Constructing from the same array again gives the same configuration; an array that differs in any value, key, type or through a reference gives its own (the constructor keeps its last conversion per thread)
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$dir = test_dir();
$a = token_plugin("$dir/a", 'tok-a');
$b = token_plugin("$dir/b", 'tok-b');
$show = function (array $config): void {
    $p = new ExecCredentialProvider($config);
    $r = new ReflectionObject($p);
    $props = [];
    foreach (['command', 'args', 'env', 'installHint'] as $name) {
        $prop = $r->getProperty($name);
        $props[] = $name . '=' . json_encode($prop->getValue($p), JSON_UNESCAPED_SLASHES);
    }
    echo $p->getToken(), ' ', implode(' ', $props), "\n";
};
$cfg = ['command' => $a, 'args' => ['x'], 'env' => [['name' => 'N', 'value' => 'v']]];
$show($cfg);
$show($cfg);
$show(['command' => $b] + $cfg);
$show($cfg);
// Same values, other types or keys.
$show(['command' => $a, 'args' => ['1'], 'installHint' => 'h']);
$show(['command' => $a, 'args' => [1], 'installHint' => 'h']);
$show(['command' => $a, 'args' => ['1'], 'installHint' => 'h']);
echo expect_throw(fn () => new ExecCredentialProvider(['command' => $a, 'args' => [1 => 'x']]))->getMessage() === ''
    ? "no message\n" : "args with a key 1: refused\n";
$show(['command' => $a, 'args' => [0 => 'x']]);
// Through a reference: the value it points to now counts.
$cmd = $a;
$ref = ['command' => &$cmd];
$show($ref);
$cmd = $b;
$show($ref);
// The same failing array fails each time.
for ($i = 0; $i < 2; $i++) {
    expect_throw(fn () => new ExecCredentialProvider(['command' => '']));
}
?>
--EXPECTF--
tok-a command="%s/a" args=["x"] env={"N":"v"} installHint=null
tok-a command="%s/a" args=["x"] env={"N":"v"} installHint=null
tok-b command="%s/b" args=["x"] env={"N":"v"} installHint=null
tok-a command="%s/a" args=["x"] env={"N":"v"} installHint=null
tok-a command="%s/a" args=["1"] env=[] installHint="h"
tok-a command="%s/a" args=["1"] env=[] installHint="h"
tok-a command="%s/a" args=["1"] env=[] installHint="h"
RenokiCo\PhpK8s\Exceptions\AuthenticationException
args with a key 1: refused
tok-a command="%s/a" args=["x"] env=[] installHint=null
tok-a command="%s/a" args=[] env=[] installHint=null
tok-b command="%s/b" args=[] env=[] installHint=null
RenokiCo\PhpK8s\Exceptions\AuthenticationException
RenokiCo\PhpK8s\Exceptions\AuthenticationException
