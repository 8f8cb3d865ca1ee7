--TEST--
Hostile constructor arrays (recursive, too deep, objects, huge) give the same answer every time they are given: the constructor's reuse of its last conversion never skips a check
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$dir = test_dir();
$ok = token_plugin("$dir/ok", 'tok-ok');

$rec = ['command' => $ok];
$rec['args'] = [&$rec];
$deep = 'x';
for ($i = 0; $i < 600; $i++) {
    $deep = [$deep];
}
$cases = [
    'recursive' => $rec,
    'too deep' => ['command' => $ok, 'args' => $deep],
    'object' => ['command' => $ok, 'args' => [new stdClass()]],
    'not UTF-8' => ['command' => "$ok\xff"],
];
foreach ($cases as $name => $config) {
    $seen = [];
    for ($i = 0; $i < 2; $i++) {
        try {
            new ExecCredentialProvider($config);
            $seen[] = 'accepted';
        } catch (Throwable $e) {
            $seen[] = get_class($e) . ': ' . $e->getMessage();
        }
    }
    echo "$name: ", explode(':', $seen[0])[0], ', the same both times: ', $seen[0] === $seen[1] ? 'yes' : 'no', "\n";
}
// Past the reuse bounds (a fingerprint over 64 KiB, 20 levels): still converted, each time.
$huge = ['command' => $ok, 'args' => array_fill(0, 100000, 'a')];
$nested = 'v';
for ($i = 0; $i < 20; $i++) {
    $nested = ['k' => $nested];
}
foreach (['huge' => $huge, 'nested unknown key' => ['command' => $ok, 'extra' => $nested]] as $name => $config) {
    for ($i = 0; $i < 2; $i++) {
        $p = new ExecCredentialProvider($config);
        echo "$name: ", $p->getToken(), "\n";
    }
}
?>
--EXPECTF--
recursive: RenokiCo\PhpK8s\Exceptions\AuthenticationException, the same both times: yes
too deep: RenokiCo\PhpK8s\Exceptions\AuthenticationException, the same both times: yes
object: RenokiCo\PhpK8s\Exceptions\AuthenticationException, the same both times: yes
not UTF-8: RenokiCo\PhpK8s\Exceptions\AuthenticationException, the same both times: yes
huge: tok-ok
huge: tok-ok
nested unknown key: tok-ok
nested unknown key: tok-ok
