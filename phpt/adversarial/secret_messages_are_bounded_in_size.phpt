--TEST--
Messages: megabyte-long kubeconfig values (command, installHint, an unknown setClusterInfo key, a context name) are cut in the message with a note saying how much, so one failure cannot write megabytes into the error log
--INI--
memory_limit=256M
php_k8s_auth.log_level=off
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider as P;

foreach ([
    'command' => fn () => (new P(['command' => '/' . str_repeat('a', 1000000)]))->getToken(),
    'installHint' => fn () => (new P(['command' => '/nonexistent-plugin', 'installHint' => str_repeat('h', 10000000)]))->getToken(),
    'cluster key' => fn () => (new P(['command' => '/bin/true']))->setClusterInfo([str_repeat('k', 1000000) => 1]),
    'context' => fn () => P::fromKubeConfigYaml("apiVersion: v1\nkind: Config\n", str_repeat('c', 1000000)),
] as $what => $fn) {
    $msg = auth_error($fn);
    printf("%s: %s, %s\n", $what, strlen($msg) < 5000 ? 'short' : 'LONG (' . strlen($msg) . ' bytes)',
        preg_match('/(not shown|…)/u', $msg) ? 'cut' : 'NOT CUT');
}
?>
--EXPECT--
command: short, cut
installHint: short, cut
cluster key: short, cut
context: short, cut
