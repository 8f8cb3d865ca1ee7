--TEST--
host cache: a root PHP process that drops to www-data (posix_setuid) stops using root's cache file although its descriptor is still open: as www-data it is refused root's folder, says so once, keeps its own cache, and root's file never gets the credential www-data's plugin made
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc';
if (Fpm::extensionPath() === null) echo 'skip cannot find the loaded module';
elseif (posix_geteuid() !== 0) echo 'skip needs root (the child drops to uid 33 with posix_setuid())';
?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir(0755);
$marker = "$dir/runs";
touch($marker);
chmod($marker, 0666);
$root = plugin_config_in($dir, $marker, ['TOKEN' => 'root']);
$www = plugin_config_in($dir, $marker, ['TOKEN' => 'www']);
$state = 'fn () => json_encode(array_intersect_key(RenokiCo\PhpK8s\Auth\ExecCredentialProvider::cacheStats()["host"], ["state" => 1, "reason" => 1, "entries" => 1]), JSON_UNESCAPED_SLASHES)';
file_put_contents("$dir/app.php", '<?php
$state = ' . $state . ';
echo "as root: ", (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(' . var_export($root, true) . '))->getToken(), " ", $state(), "\n";
posix_setgid(33);
posix_setuid(33);
echo "as uid ", posix_geteuid(), ": ", (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(' . var_export($www, true) . '))->getToken(), " ", $state(), "\n";
echo "again: ", (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(' . var_export($www, true) . '))->getToken(), "\n";
');
$ini = ['php_k8s_auth.shared_cache_dir' => "$dir/cache", 'log_errors' => 1];
[$out, $err, $code] = php_child_wait(php_child("$dir/app.php", $ini));
echo str_replace($dir, 'DIR', $out);
$lines = array_values(array_filter(explode("\n", $err), fn ($l) => str_contains($l, HOST_FALLBACK)));
echo "fallback lines: ", count($lines), "\n";
foreach ($lines as $l) {
    echo '  ', str_replace($dir, 'DIR', substr($l, strpos($l, HOST_FALLBACK))), "\n";
}
echo "plugin runs: ", runs($marker), "\n";
// What root's file holds now, seen by another root process.
file_put_contents("$dir/look.php", '<?php echo RenokiCo\PhpK8s\Auth\ExecCredentialProvider::cacheStats()["host"]["entries"] ?? "NONE";');
echo "entries in root's file: ", php_child_wait(php_child("$dir/look.php", $ini))[0], "\n";
echo "owner of root's file: ", fileowner("$dir/cache/" . HOST_FILE), "\n";
?>
--EXPECT--
as root: root-1 {"state":"on","reason":null,"entries":1}
as uid 33: www-2 {"state":"unavailable","reason":"the folder DIR/cache cannot be opened: Permission denied (os error 13); it must be a folder of this process's uid 33 with mode 0700: fix or remove it, or point php_k8s_auth.shared_cache_dir elsewhere","entries":0}
again: www-2
fallback lines: 1
  php_k8s_auth: the host-wide credential cache is not used: the folder DIR/cache cannot be opened: Permission denied (os error 13); it must be a folder of this process's uid 33 with mode 0700: fix or remove it, or point php_k8s_auth.shared_cache_dir elsewhere; this process keeps its own cache
plugin runs: 2
entries in root's file: 1
owner of root's file: 0
