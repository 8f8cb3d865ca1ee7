--TEST--
host cache: with shared_cache_dir left empty, php-fpm pools of www-data and nobody (each with its own XDG_RUNTIME_DIR, as systemd gives each user /run/user/<uid>) resolve the folder after the switch to their user: each user's workers share one file there, owned by that user
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; Fpm::skipIfNotRoot(); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir(0755);
$runDirs = ['www-data' => Fpm::userDir("$dir/run-33", 'www-data'), 'nobody' => Fpm::userDir("$dir/run-65534", 'nobody')];
$marker = "$dir/runs";
touch($marker);
chmod($marker, 0666);
$plugin = sh_plugin($dir, 'plugin', <<<'SH'
echo "$(id -u)" >> "$MARKER"
printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"tok-uid%s"}}' "$(id -u)"
SH);
host_token_app("$dir/app.php", ['command' => $plugin, 'env' => [['name' => 'MARKER', 'value' => $marker]], 'interactiveMode' => 'Never']);
$pool = fn (string $user) => ['user' => $user, 'pm.max_children' => 2, 'pm.max_requests' => 2,
    'env[XDG_RUNTIME_DIR]' => $runDirs[$user]];
// An empty shared_cache_dir: the default folder of each worker's user.
$fpm = new Fpm($pool('www-data'), ['php_k8s_auth.shared_cache_dir' => ''], ['b' => $pool('nobody')], $dir);
$sockets = ['www-data' => $fpm->socket('www'), 'nobody' => $fpm->socket('b')];
$answers = ['www-data' => [], 'nobody' => []];
for ($i = 0; $i < 6; $i++) {
    foreach ($sockets as $user => $socket) {
        $answers[$user][] = host_answer($fpm->request("$dir/app.php", [], [], 30, $socket));
    }
}
$fpm->stop();
$runs = array_count_values(array_map('trim', file($marker)));
foreach ($answers as $user => $list) {
    $uid = Fpm::USERS[$user][0];
    $file = $runDirs[$user] . '/' . HOST_FILE;
    $host = end($list)['host'] ?? [];
    echo "$user: tokens ", implode(' ', array_unique(array_map(fn ($a) => $a['token'] ?? $a['error'], $list))), ", plugin runs ", $runs[$uid] ?? 0, "\n";
    echo "  host cache ", $host['state'] ?? 'NONE', ", at ", ($host['path'] ?? null) === $file ? "XDG_RUNTIME_DIR/" . HOST_FILE : var_export($host['path'] ?? $host['reason'] ?? null, true), "\n";
    clearstatcache();
    echo "  file: ", is_file($file) ? sprintf('owner %d, mode %o', fileowner($file), fileperms($file) & 0777) : 'MISSING', "\n";
}
?>
--EXPECT--
www-data: tokens tok-uid33, plugin runs 1
  host cache on, at XDG_RUNTIME_DIR/php-k8s-auth-credentials.v1
  file: owner 33, mode 600
nobody: tokens tok-uid65534, plugin runs 1
  host cache on, at XDG_RUNTIME_DIR/php-k8s-auth-credentials.v1
  file: owner 65534, mode 600
