--TEST--
Signals delivered while the plugin runs (EINTR) do not abort the run
--SKIPIF--
<?php if (!function_exists('pcntl_signal')) die('skip pcntl not available'); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$alarms = 0;
pcntl_async_signals(true);
pcntl_signal(SIGALRM, function () use (&$alarms) { $alarms++; });
$plug = sh_plugin($d, 'slowish', "sleep 2\n" . OK_ANSWER);
pcntl_alarm(1);
var_dump((new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $plug]))->getToken());
echo "alarms: $alarms\n";
?>
--EXPECT--
string(6) "tok-ok"
alarms: 1
