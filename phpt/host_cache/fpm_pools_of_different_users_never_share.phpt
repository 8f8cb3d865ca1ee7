--TEST--
host cache: two php-fpm pools of DIFFERENT users (www-data, nobody) with the same configuration never share: each user runs the plugin once for all its recycled workers, in its own file
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; Fpm::skipIfNotRoot(); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir(0755);
$caches = ['www-data' => Fpm::userDir("$dir/cache-www-data", 'www-data'), 'nobody' => Fpm::userDir("$dir/cache-nobody", 'nobody')];
$marker = "$dir/runs";
touch($marker);
chmod($marker, 0666);
// One configuration for both pools: were the cache shared, the second pool would reuse the first's token.
$plugin = sh_plugin($dir, 'plugin', <<<'SH'
echo "$(id -u)" >> "$MARKER"
sleep 0.2
printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"tok-uid%s-pid%s"}}' "$(id -u)" "$$"
SH);
host_token_app("$dir/app.php", ['command' => $plugin, 'env' => [['name' => 'MARKER', 'value' => $marker]], 'interactiveMode' => 'Never']);
// Workers recycled every 2 requests: without a host-wide cache every new worker would run the plugin again.
$pool = fn (string $user) => ['user' => $user, 'pm.max_children' => 2, 'pm.max_requests' => 2,
    'ini' => ['php_k8s_auth.shared_cache_dir' => $caches[$user]]];
$fpm = new Fpm($pool('www-data'), [], ['b' => $pool('nobody')], $dir);
$sockets = ['www-data' => $fpm->socket('www'), 'nobody' => $fpm->socket('b')];

$answers = ['www-data' => [], 'nobody' => []];
for ($i = 0; $i < 8; $i++) {
    foreach ($sockets as $user => $socket) {
        $answers[$user][] = host_answer($fpm->request("$dir/app.php", [], [], 30, $socket));
    }
}
$fpm->stop();
$runs = array_count_values(array_map('trim', file($marker)));
foreach ($answers as $user => $list) {
    $uid = Fpm::USERS[$user][0];
    $tokens = array_unique(array_column($list, 'token'));
    echo "$user: ", count($list), " answers from ", count(array_unique(array_column($list, 'pid'))) >= 4 ? '4 or more' : 'FEWER THAN 4',
        " worker processes of uid ", implode(',', array_unique(array_column($list, 'uid'))), "\n";
    echo "  one token, made by uid $uid: ", var_export(count($tokens) === 1 && str_starts_with((string) reset($tokens), "tok-uid$uid-"), true), "\n";
    echo "  plugin runs as uid $uid: ", $runs[$uid] ?? 0, "\n";
    $host = end($list)['host'];
    echo "  host cache: ", $host['state'] ?? 'NONE', ", plugin runs (host) ", $host['plugin_runs'] ?? 'NONE', "\n";
    $file = $caches[$user] . '/' . HOST_FILE;
    clearstatcache();
    echo "  its file: ", is_file($file) && !is_link($file) ? sprintf('owner %d, mode %o', fileowner($file), fileperms($file) & 0777) : 'MISSING', "\n";
    echo "  path in cacheStats: ", ($host['path'] ?? null) === $file ? 'its file' : var_export($host['path'] ?? null, true), "\n";
}
?>
--EXPECT--
www-data: 8 answers from 4 or more worker processes of uid 33
  one token, made by uid 33: true
  plugin runs as uid 33: 1
  host cache: on, plugin runs (host) 1
  its file: owner 33, mode 600
  path in cacheStats: its file
nobody: 8 answers from 4 or more worker processes of uid 65534
  one token, made by uid 65534: true
  plugin runs as uid 65534: 1
  host cache: on, plugin runs (host) 1
  its file: owner 65534, mode 600
  path in cacheStats: its file
