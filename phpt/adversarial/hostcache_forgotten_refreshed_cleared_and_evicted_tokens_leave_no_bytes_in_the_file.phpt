--TEST--
host cache: a token forgotten, replaced by refresh(), cleared by clearCache() or evicted when the file is full leaves none of its bytes in the cache file (entries are zeroed, not just unlinked), and the file keeps its size
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; if (Fpm::extensionPath() === null) echo 'skip cannot find the loaded module'; ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$file = "$dir/cache/" . HOST_FILE;
$ini = ['php_k8s_auth.shared_cache_dir' => "$dir/cache"];
$configs = [];
foreach (['ALPHA', 'BRAVO', 'CHARLIE'] as $name) {
    $configs[$name] = var_export(plugin_config("$dir/runs-$name", ['TOKEN' => "SECRET$name"]), true);
}
/** Runs $code in a fresh PHP process of this user (sharing the host file). */
$step = function (string $code) use ($dir, $ini, $configs): string {
    $prelude = '<?php use RenokiCo\PhpK8s\Auth\ExecCredentialProvider as P; $c = [';
    foreach ($configs as $name => $export) {
        $prelude .= var_export($name, true) . " => $export, ";
    }
    file_put_contents("$dir/step.php", $prelude . "];\n" . $code);
    [$out, $err] = php_child_wait(php_child("$dir/step.php", $ini));
    return trim($out . $err);
};
$inFile = function (string $pattern) use ($file): array {
    clearstatcache();
    preg_match_all($pattern, (string) @file_get_contents($file), $m);
    $found = array_values(array_unique($m[0]));
    sort($found);
    return $found;
};
echo "made: ", $step('foreach ($c as $x) { echo (new P($x))->getToken(), " "; }'), "\n";
$size = filesize($file);
echo "in the file: ", implode(' ', $inFile('/SECRET[A-Z]+-\d+/')), "\n";
echo "forget: ", $step('var_dump(P::forget("SECRETALPHA-1"));'), "\n";
echo "in the file: ", implode(' ', $inFile('/SECRET[A-Z]+-\d+/')), "\n";
echo "refresh: ", $step('$p = new P($c["BRAVO"]); $p->refresh(); echo $p->getToken();'), "\n";
echo "in the file: ", implode(' ', $inFile('/SECRET[A-Z]+-\d+/')), "\n";
echo "clearCache: ", $step('var_dump(P::clearCache() >= 0);'), "\n";
echo "in the file: ", implode(' ', $inFile('/SECRET[A-Z]+-\d+/')) ?: 'nothing', "\n";
echo "secret bytes anywhere: ", var_export(str_contains((string) file_get_contents($file), 'SECRET'), true), "\n";
echo "same size: ", var_export(filesize($file) === $size, true), "\n";

// Eviction: 300 configurations through one file of 256 slots.
$evict = var_export(plugin_config("$dir/runs-evict"), true);
echo "evicting: ", $step('$x = ' . $evict . '; for ($i = 0; $i < 300; $i++) { $x["env"][0]["value"] = "' . $dir . '/runs-evict"; $x["env"][1] = ["name" => "TOKEN", "value" => sprintf("EVICT%03d", $i)]; (new P($x))->getToken(); }
echo P::cacheStats()["host"]["entries"];'), "\n";
$entries = (int) substr($step('echo P::cacheStats()["host"]["entries"];'), 0);
$left = $inFile('/EVICT\d{3}-\d+/');
echo "entries: at most 256 and at least 200: ", var_export($entries <= 256 && $entries >= 200, true), "\n";
echo "tokens in the file = entries (evicted ones zeroed): ", var_export(count($left) === $entries, true), " (", count($left), " / $entries)\n";
// A fragment of an evicted token (its start without the whole) would show here.
echo "fragments of tokens: ", preg_match_all('/EVICT(?!\d{3}-\d)/', (string) file_get_contents($file)), "\n";
?>
--EXPECTF--
made: SECRETALPHA-1 SECRETBRAVO-1 SECRETCHARLIE-1
in the file: SECRETALPHA-1 SECRETBRAVO-1 SECRETCHARLIE-1
forget: int(1)
in the file: SECRETBRAVO-1 SECRETCHARLIE-1
refresh: SECRETBRAVO-2
in the file: SECRETBRAVO-2 SECRETCHARLIE-1
clearCache: bool(true)
in the file: nothing
secret bytes anywhere: false
same size: true
evicting: %d
entries: at most 256 and at least 200: true
tokens in the file = entries (evicted ones zeroed): true (%d / %d)
fragments of tokens: 0
