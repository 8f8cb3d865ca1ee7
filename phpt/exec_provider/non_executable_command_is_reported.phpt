--TEST--
A command that exists but is not executable fails with a message saying it is not executable
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
copy(recording_plugin(), "$dir/noexec");
chmod("$dir/noexec", 0644);
$p = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['apiVersion' => V1, 'command' => "$dir/noexec"]);
$e = expect_throw(fn() => $p->getToken());
contains_each($e, 'Exec credential provider failed', "$dir/noexec", 'not executable');
?>
--EXPECTF--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"Exec credential provider failed": yes
"%s/noexec": yes
"not executable": yes
