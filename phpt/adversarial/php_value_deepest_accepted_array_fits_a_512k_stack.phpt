--TEST--
The deepest accepted PHP array (511 levels) is converted on a 512 KiB stack without a crash, ten runs in a row
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; if (Fpm::extensionPath() === null) echo 'skip module path unknown'; ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
// The conversion used to recurse at about 1 KB of stack per level, so the
// accepted maximum crashed about half of the runs on a 512 KiB stack.
file_put_contents("$d/deep.php", <<<'PHP'
<?php
$deep = 'leaf';
for ($i = 0; $i < 510; $i++) {
    $deep = [$deep];
}
$p = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => 'x', 'config' => $deep]);
$p = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => 'x', 'extra' => $deep]);
echo "ok\n";
PHP);
$cmd = 'ulimit -s 512 && exec ' . escapeshellarg(PHP_BINARY) . ' -n -d extension=' . escapeshellarg(Fpm::extensionPath())
    . ' ' . escapeshellarg("$d/deep.php") . ' 2>&1';
$results = [];
for ($i = 0; $i < 10; $i++) {
    exec('sh -c ' . escapeshellarg($cmd), $out, $rc);
    $results[] = $rc === 0 && end($out) === 'ok' ? 'ok' : "failed (exit $rc)";
    $out = [];
}
echo implode(' ', array_count_values($results) === ['ok' => 10] ? ['all 10 ok'] : $results), "\n";
?>
--EXPECT--
all 10 ok
