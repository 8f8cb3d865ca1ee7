--TEST--
Under a real php-fpm (2 static workers), 6 requests get the token and the plugin runs at most once per worker
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; Fpm::skipIf(); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$fpm = new Fpm(['pm.max_children' => 2]);
$marker = "$fpm->dir/runs";
$config = var_export(plugin_config($marker), true);
file_put_contents("$fpm->dir/app.php", <<<PHP
<?php
\$p = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider($config);
echo getmypid(), ' ', \$p->getToken();
PHP);
$pids = [];
for ($i = 0; $i < 6; $i++) {
    $r = $fpm->request("$fpm->dir/app.php");
    [$pid, $token] = explode(' ', $r['body']);
    $pids[$pid] = true;
    echo $r['status'], ' ', preg_replace('/-\d+$/', '-N', $token), "\n";
}
$workers = count($fpm->workerPids());
echo "workers: $workers\n";
echo 'runs <= workers that answered: ', var_export(runs($marker) <= count($pids) && runs($marker) >= 1, true), "\n";
$fpm->stop();
echo 'workers left: ', count($fpm->workerPids()), "\n";
?>
--EXPECT--
200 tok-N
200 tok-N
200 tok-N
200 tok-N
200 tok-N
200 tok-N
workers: 2
runs <= workers that answered: true
workers left: 0
