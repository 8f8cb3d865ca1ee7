--TEST--
A plugin that outlives exec_timeout is killed with the grandchild it started, and neither is left as a zombie
--INI--
php_k8s_auth.exec_timeout=1
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$plug = sh_plugin($d, 'slow', "sleep 300 &\necho \$! > $d/pids\necho \$\$ >> $d/pids\nwait");
$p = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $plug]);
try {
    $p->getToken();
    echo "no timeout\n";
} catch (RenokiCo\PhpK8s\Exceptions\AuthenticationException $e) {
    echo str_replace($plug, 'PLUGIN', $e->getMessage()), "\n";
}
foreach (file("$d/pids", FILE_IGNORE_NEW_LINES) as $pid) {
    for ($i = 0; $i < 100 && process_state((int) $pid) === 'alive'; $i++) {
        usleep(20000);
    }
    echo process_state((int) $pid) === 'alive' ? "survived\n" : "killed\n";
}
// The plugin itself was our child: it must have been reaped.
echo process_state((int) file("$d/pids")[1]) === 'zombie' ? "zombie\n" : "reaped\n";
?>
--EXPECTF--
Exec credential provider failed: PLUGIN timed out after 1 seconds and was killed with its process group; raise php_k8s_auth.exec_timeout (0 disables it) if the plugin legitimately needs longer
killed
killed
reaped
