--TEST--
host cache: a cache file overwritten with random bytes (same size as a real one, right owner and mode) is never trusted: it is replaced by a fresh file (rename, new inode), the plugin runs again once, and the rebuilt file is shared by the recycled workers without a fallback message
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; Fpm::skipIf(); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir(0755);
mkdir("$dir/cache", 0700);
$file = "$dir/cache/" . HOST_FILE;
$marker = "$dir/runs";
host_token_app("$dir/app.php", plugin_config_in($dir, $marker));
$pool = ['pm.max_children' => 2, 'pm.max_requests' => 2, 'ini' => ['php_k8s_auth.shared_cache_dir' => "$dir/cache", 'log_errors' => 1]];

$fpm = new Fpm($pool, [], [], $dir);
echo "before: ", host_answer($fpm->request("$dir/app.php"))['token'] ?? 'NO TOKEN', "\n";
$fpm->stop();
clearstatcache();
$size = is_file($file) ? filesize($file) : 0;
echo "a real file exists: ", var_export($size > 0, true), "\n";
if ($size === 0) {
    exit;
}
$garbage = random_bytes(min($size, 1 << 16));
$h = fopen($file, 'r+');
for ($at = 0; $at < $size; $at += strlen($garbage)) {
    fwrite($h, substr($garbage, 0, $size - $at));
}
fclose($h);
clearstatcache();
$inode = fileinode($file);
echo "overwritten with random bytes, same size: ", var_export(filesize($file) === $size && file_get_contents($file, false, null, 0, 64) === substr($garbage, 0, 64), true), "\n";

$fpm = new Fpm($pool, [], [], $dir);
$answers = [];
for ($i = 0; $i < 6; $i++) {
    $answers[] = host_answer($fpm->request("$dir/app.php"));
}
$lines = $fpm->logLines(HOST_FALLBACK);
$fpm->stop();
echo "after: ", implode(' ', array_map(fn ($a) => $a['token'] ?? $a['error'], $answers)), "\n";
echo "worker processes: ", count(array_unique(array_column($answers, 'pid'))) >= 3 ? '3 or more' : 'FEWER THAN 3', "\n";
echo "plugin runs in all: ", runs($marker), "\n";
echo "state: ", end($answers)['host']['state'] ?? 'NONE', "\n";
echo "fallback lines: ", count($lines), "\n";
clearstatcache();
echo "replaced by a new file: ", var_export(fileinode($file) !== $inode, true), ", mode ", decoct(fileperms($file) & 0777), "\n";
echo "random bytes left at its start: ", var_export(file_get_contents($file, false, null, 0, 64) === substr($garbage, 0, 64), true), "\n";
?>
--EXPECT--
before: tok-1
a real file exists: true
overwritten with random bytes, same size: true
after: tok-2 tok-2 tok-2 tok-2 tok-2 tok-2
worker processes: 3 or more
plugin runs in all: 2
state: on
fallback lines: 0
replaced by a new file: true, mode 600
random bytes left at its start: false
