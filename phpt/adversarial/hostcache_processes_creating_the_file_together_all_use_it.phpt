--TEST--
host cache: processes that open a missing cache file at the same moment (one creates it and renames the initialised file over the empty one) all end up using it: none refuses the file it opened as replaced ("0 hard links") and falls back to its own cache (40 rounds of 4 processes on a fresh folder)
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; if (Fpm::extensionPath() === null) echo 'skip cannot find the loaded module'; ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$refusals = [];
$rounds = 40;
for ($n = 0; $n < $rounds; $n++) {
    $dir = test_dir();
    host_token_app("$dir/app.php", plugin_config("$dir/runs"));
    $ini = ['php_k8s_auth.shared_cache_dir' => "$dir/cache"];
    $children = [];
    for ($i = 0; $i < 4; $i++) {
        $children[] = php_child("$dir/app.php", $ini);
    }
    foreach ($children as $c) {
        [$out, $err, $code] = php_child_wait($c);
        $a = json_decode($out, true);
        if (($a['host']['state'] ?? null) !== 'on') {
            $refusals[] = str_replace($dir, 'DIR', (string) ($a['host']['reason'] ?? "exit $code: $out $err"));
        }
    }
    rm_tree($dir);
}
echo "processes that did not use the host cache: ", count($refusals), "\n";
foreach (array_unique($refusals) as $reason) {
    echo "  $reason\n";
}
?>
--EXPECT--
processes that did not use the host cache: 0
