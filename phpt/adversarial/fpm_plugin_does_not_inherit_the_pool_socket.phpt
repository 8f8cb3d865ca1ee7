--TEST--
Under php-fpm the plugin gets only /dev/null and its two pipes: not the pool's listening socket (the worker's fd 0), not the client's connection
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; Fpm::skipIf(); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$fpm = new Fpm(['pm.max_children' => 1]);
$plugin = var_export(__DIR__ . '/fixtures/list-fds.py', true);
file_put_contents("$fpm->dir/app.php", <<<PHP
<?php
// What the worker holds: its listening socket on fd 0 and the client's connection.
\$held = array_map(fn(\$f) => @readlink("/proc/self/fd/\$f"), array_diff(scandir('/proc/self/fd'), ['.', '..']));
echo count(array_filter(\$held, fn(\$t) => str_starts_with((string) \$t, 'socket:'))) >= 2 ? "worker holds sockets\n" : "worker holds no sockets\n";
\$p = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $plugin, 'interactiveMode' => 'IfAvailable']);
echo \$p->getToken(), "\n";
PHP);
$r = $fpm->request("$fpm->dir/app.php");
echo $r['status'], "\n", $r['body'];
?>
--EXPECT--
200
worker holds sockets
0:/dev/null,1:pipe,2:pipe
