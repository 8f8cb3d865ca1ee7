--TEST--
host cache: a symlink planted as the cache file is refused (never followed): its target is not written, the fallback message is logged once and shown by phpinfo(), and tokens still work with the per-process cache
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; Fpm::skipIf(); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir(0755);
mkdir("$dir/cache", 0700);
$victim = "$dir/victim";
file_put_contents($victim, 'precious bytes');
chmod($victim, 0600);
symlink($victim, "$dir/cache/" . HOST_FILE);
$marker = "$dir/runs";
host_token_app("$dir/app.php", plugin_config_in($dir, $marker));
$fpm = new Fpm(['pm.max_children' => 1, 'ini' => ['php_k8s_auth.shared_cache_dir' => "$dir/cache", 'log_errors' => 1]], [], [], $dir);
$answers = [];
for ($i = 0; $i < 3; $i++) {
    $answers[] = host_answer($fpm->request("$dir/app.php", ['info' => $i === 2 ? '1' : '0']));
}
$lines = $fpm->logLines(HOST_FALLBACK);
$fpm->stop();
$mask = fn (?string $s) => str_replace($dir, 'DIR', (string) $s);
echo "tokens: ", implode(' ', array_map(fn ($a) => $a['token'] ?? $a['error'], $answers)), "\n";
echo "plugin runs: ", runs($marker), "\n";
$host = $answers[2]['host'] ?? [];
echo "state: ", $host['state'] ?? 'NONE', "\n";
echo "reason: ", $mask($host['reason'] ?? 'NONE'), "\n";
echo "phpinfo host-wide cache: ", $mask($answers[2]['info']['host-wide cache'] ?? 'NONE'), "\n";
echo "fallback lines in the error log: ", count($lines), "\n";
foreach ($lines as $line) {
    echo "  ", $mask($line) === $mask(HOST_FALLBACK . ($host['reason'] ?? '?') . HOST_FALLBACK_END) ? 'the fallback message with that reason' : $mask($line), "\n";
}
clearstatcache();
echo "still a symlink: ", var_export(is_link("$dir/cache/" . HOST_FILE), true), "\n";
echo "its target: ", file_get_contents($victim), ", mode ", decoct(fileperms($victim) & 0777), "\n";
?>
--EXPECT--
tokens: tok-1 tok-1 tok-1
plugin runs: 1
state: unavailable
reason: the file DIR/cache/php-k8s-auth-credentials.v1 is a symlink; remove it so it is created afresh
phpinfo host-wide cache: unavailable: the file DIR/cache/php-k8s-auth-credentials.v1 is a symlink; remove it so it is created afresh
fallback lines in the error log: 1
  the fallback message with that reason
still a symlink: true
its target: precious bytes, mode 600
