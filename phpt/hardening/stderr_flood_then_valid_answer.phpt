--TEST--
A plugin that writes 10 MiB to stderr before a valid answer does not deadlock and its token is used
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$plug = sh_plugin($d, 'noisy', "head -c 10485760 /dev/zero | tr '\\0' x >&2\n" . OK_ANSWER);
$p = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $plug]);
var_dump($p->getToken());
?>
--EXPECT--
string(6) "tok-ok"
