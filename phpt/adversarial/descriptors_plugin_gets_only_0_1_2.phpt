--TEST--
The plugin gets descriptors 0, 1 and 2 only: files, listening sockets and pipes the PHP process holds (without close-on-exec) are not inherited
--SKIPIF--
<?php if (!function_exists('socket_create')) die('skip needs the sockets extension to open a listening socket'); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$file = fopen("$d/held-file", 'w');
$server = stream_socket_server("unix://$d/held.sock");
$proc = proc_open(['sleep', '5'], [0 => ['pipe', 'r'], 1 => ['pipe', 'w']], $pipes);
$sock = socket_create(AF_UNIX, SOCK_STREAM, 0);
echo count(scandir('/proc/self/fd')) - 2 > 6 ? "php holds more descriptors\n" : "php holds few descriptors\n";
$p = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => __DIR__ . '/fixtures/list-fds.py', 'interactiveMode' => 'Never']);
echo $p->getToken(), "\n";
proc_terminate($proc, 9);
?>
--EXPECT--
php holds more descriptors
0:/dev/null,1:pipe,2:pipe
