--TEST--
A plugin that dies by a signal (SIGSEGV) is reported as "was killed by signal 11" with its stderr
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$plug = sh_plugin($d, 'p', "echo 'about to crash' >&2\nkill -SEGV \$\$");
echo str_replace($plug, '<plugin>', auth_error(fn() => (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $plug]))->getToken())), "\n";
?>
--EXPECT--
Exec credential provider failed: executable <plugin> was killed by signal 11: about to crash
