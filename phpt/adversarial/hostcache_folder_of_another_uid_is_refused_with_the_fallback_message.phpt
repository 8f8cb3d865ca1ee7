--TEST--
host cache: a shared_cache_dir pre-created by another uid (65534, mode 0777 as a lure) for a pool running as www-data is refused: nothing is written there, the fallback message is logged once and shown by phpinfo(), and tokens still work with the per-process cache
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; Fpm::skipIfNotRoot(); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir(0755);
// Open to everyone, so that only the owner check can keep www-data's tokens out of it.
$cache = Fpm::userDir("$dir/cache", 'nobody', 0777);
$marker = "$dir/runs";
touch($marker);
chmod($marker, 0666);
host_token_app("$dir/app.php", plugin_config_in($dir, $marker));
$fpm = new Fpm(['user' => 'www-data', 'pm.max_children' => 1, 'ini' => ['php_k8s_auth.shared_cache_dir' => $cache, 'log_errors' => 1]], [], [], $dir);
$answers = [];
for ($i = 0; $i < 4; $i++) {
    $answers[] = host_answer($fpm->request("$dir/app.php", ['info' => $i === 3 ? '1' : '0']));
}
$lines = $fpm->logLines(HOST_FALLBACK);
$fpm->stop();
$mask = fn (?string $s) => str_replace($dir, 'DIR', (string) $s);
echo "tokens: ", implode(' ', array_map(fn ($a) => $a['token'] ?? $a['error'], $answers)), "\n";
echo "plugin runs: ", runs($marker), "\n";
$host = $answers[3]['host'] ?? [];
echo "state: ", $host['state'] ?? 'NONE', "\n";
echo "reason: ", $mask($host['reason'] ?? 'NONE'), "\n";
echo "path: ", var_export(array_key_exists('path', $host) ? $host['path'] : 'MISSING', true), "\n";
echo "phpinfo host-wide cache: ", $mask($answers[3]['info']['host-wide cache'] ?? 'NONE'), "\n";
echo "fallback lines in the error log: ", count($lines), "\n";
foreach ($lines as $line) {
    echo "  ", $mask($line) === $mask(HOST_FALLBACK . ($host['reason'] ?? '?') . HOST_FALLBACK_END) ? 'the fallback message with that reason' : $mask($line), "\n";
}
echo "the folder is untouched: ", var_export(scandir($cache) === ['.', '..'] && fileowner($cache) === 65534 && (fileperms($cache) & 0777) === 0777, true), "\n";
?>
--EXPECT--
tokens: tok-1 tok-1 tok-1 tok-1
plugin runs: 1
state: unavailable
reason: the folder DIR/cache is owned by uid 65534, not by this process's uid 33; remove it or point php_k8s_auth.shared_cache_dir elsewhere
path: NULL
phpinfo host-wide cache: unavailable: the folder DIR/cache is owned by uid 65534, not by this process's uid 33; remove it or point php_k8s_auth.shared_cache_dir elsewhere
fallback lines in the error log: 1
  the fallback message with that reason
the folder is untouched: true
