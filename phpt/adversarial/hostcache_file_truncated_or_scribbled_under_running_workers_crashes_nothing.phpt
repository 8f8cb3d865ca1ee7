--TEST--
host cache: the cache file truncated to 0, cut in half, or scribbled with random bytes while php-fpm workers hold it open crashes no worker (no SIGBUS: no mapping) and every request still gets its token
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; Fpm::skipIf(); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir(0755);
mkdir("$dir/cache", 0700);
$file = "$dir/cache/" . HOST_FILE;
$marker = "$dir/runs";
$config = plugin_config_in($dir, $marker);
$config = var_export($config, true);
// Each phase is another configuration: its first request in each worker must go to the host file.
file_put_contents("$dir/app.php", <<<PHP
<?php
\$c = $config;
\$c['env'][] = ['name' => 'PHASE', 'value' => \$_GET['phase']];
try {
    echo (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(\$c))->getToken();
} catch (Throwable \$e) {
    echo get_class(\$e), ': ', \$e->getMessage();
}
PHP);
$fpm = new Fpm(['pm.max_children' => 2, 'ini' => ['php_k8s_auth.shared_cache_dir' => "$dir/cache"]], [], [], $dir);
$workers = $fpm->workerPids();
$phase = function (string $name) use ($fpm, $dir) {
    $bodies = [];
    $pending = [];
    for ($i = 0; $i < 6; $i++) {
        $pending[] = $fpm->start("$dir/app.php", ['phase' => $name]);
        if (count($pending) === 2) {
            foreach ($pending as $r) {
                $bodies[] = $fpm->wait($r)['body'];
            }
            $pending = [];
        }
    }
    $ok = count(array_filter($bodies, fn ($b) => preg_match('/^tok-\d+$/', $b) === 1));
    echo "$name: $ok of 6 requests got a token", $ok === 6 ? '' : ': ' . implode(' | ', $bodies), "\n";
};
$phase('intact');
clearstatcache();
$size = is_file($file) ? filesize($file) : 0;
echo "the workers made the host file: ", var_export($size > 0, true), "\n";
$cut = function (int $to) use ($file) {
    $h = @fopen($file, 'r+');
    if ($h) {
        ftruncate($h, $to);
        fclose($h);
    }
};
$cut(0);
$phase('truncated-to-0');
$cut(intdiv($size, 2));
$phase('cut-in-half');
if (is_file($file)) {
    $h = fopen($file, 'r+');
    clearstatcache();
    for ($at = 0, $n = filesize($file); $at < $n; $at += 65536) {
        fwrite($h, random_bytes((int) min(65536, $n - $at)));
    }
    fclose($h);
}
$phase('scribbled');
usleep(300000);
$log = $fpm->log();
echo "the same two workers still serve: ", var_export($fpm->workerPids() === $workers, true), "\n";
echo "a worker died on a signal: ", preg_match('/exited on signal|SIGBUS|SIGSEGV/', $log) ? "YES\n$log" : 'no', "\n";
$fpm->stop();
?>
--EXPECT--
intact: 6 of 6 requests got a token
the workers made the host file: true
truncated-to-0: 6 of 6 requests got a token
cut-in-half: 6 of 6 requests got a token
scribbled: 6 of 6 requests got a token
the same two workers still serve: true
a worker died on a signal: no
