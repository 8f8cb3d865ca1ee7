--TEST--
Under php-fpm, request_terminate_timeout=1s killing the worker mid-run kills the 5 s plugin too and the client's connection closes at once
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; Fpm::skipIf(); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$fpm = new Fpm(['pm.max_children' => 1, 'request_terminate_timeout' => '1s']);
$plugin = sh_plugin($fpm->dir, 'slow', 'echo $$ > "$(dirname "$0")/plugin.pid"' . "\nexec sleep 5");
file_put_contents("$fpm->dir/app.php", '<?php (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(["command" => ' . var_export($plugin, true) . '])) ->getToken(); echo "answered\n";');
$r = $fpm->request("$fpm->dir/app.php", [], [], 10);
echo 'connection closed before the plugin would end: ', var_export($r['seconds'] < 4, true), "\n";
echo 'answered: ', var_export(str_contains($r['body'], 'answered'), true), "\n";
$pid = (int) @file_get_contents("$fpm->dir/plugin.pid");
$deadline = microtime(true) + 2;
while (process_state($pid) !== 'gone' && microtime(true) < $deadline) {
    usleep(10000);
}
echo 'plugin ran: ', var_export($pid > 0, true), "\n";
echo 'plugin: ', process_state($pid), "\n";
?>
--EXPECT--
connection closed before the plugin would end: true
answered: false
plugin ran: true
plugin: gone
