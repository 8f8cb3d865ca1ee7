--TEST--
A plugin that answers and exits 0 while a background child keeps its stdout open: the answer is used after a 1 s grace, not a timeout, and the child is killed with the group
--INI--
php_k8s_auth.exec_timeout=30
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$plug = sh_plugin($d, 'p', "echo '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"bg-ok\"}}'\n"
    . "sleep 40 &\necho \$! > '$d/bg'\nexit 0");
$t = microtime(true);
echo (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $plug]))->getToken(), "\n";
$took = microtime(true) - $t;
echo 'after the grace, well before the timeout: ', var_export($took >= 1 && $took < 10, true), "\n";
$bg = (int) file_get_contents("$d/bg");
$deadline = microtime(true) + 3;
while (process_state($bg) !== 'gone' && microtime(true) < $deadline) {
    usleep(10000);
}
echo 'background child: ', process_state($bg), "\n";
?>
--EXPECT--
bg-ok
after the grace, well before the timeout: true
background child: gone
