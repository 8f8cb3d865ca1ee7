--TEST--
host cache: a real cache file cut to half its size (valid header, wrong size) is replaced by a fresh full-size file (rename, new inode), never read past its end; the plugin runs again once and the workers share it without a fallback message
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
$h = fopen($file, 'r+');
ftruncate($h, intdiv($size, 2));
fclose($h);
clearstatcache();
$inode = fileinode($file);

$fpm = new Fpm($pool, [], [], $dir);
$answers = [];
for ($i = 0; $i < 6; $i++) {
    $answers[] = host_answer($fpm->request("$dir/app.php"));
}
$lines = $fpm->logLines(HOST_FALLBACK);
$fpm->stop();
echo "after: ", implode(' ', array_map(fn ($a) => $a['token'] ?? $a['error'], $answers)), "\n";
echo "plugin runs in all: ", runs($marker), "\n";
echo "state: ", end($answers)['host']['state'] ?? 'NONE', "\n";
echo "fallback lines: ", count($lines), "\n";
clearstatcache();
echo "replaced by a new file of the full size: ", var_export(fileinode($file) !== $inode && filesize($file) === $size, true), ", mode ", decoct(fileperms($file) & 0777), "\n";
?>
--EXPECT--
before: tok-1
a real file exists: true
after: tok-2 tok-2 tok-2 tok-2 tok-2 tok-2
plugin runs in all: 2
state: on
fallback lines: 0
replaced by a new file of the full size: true, mode 600
