--TEST--
With PATH removed from the PHP process (putenv('PATH')), a missing command's message says PATH is not set and the system default path was searched
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

putenv('PATH');
var_dump(getenv('PATH'));
$p = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['apiVersion' => V1, 'command' => 'k8s-auth-no-such-plugin']);
$e = expect_throw(fn() => $p->getToken());
contains_each($e, 'Exec credential provider failed', 'k8s-auth-no-such-plugin', 'not found', 'PATH is not set', 'default', '/usr/bin');
?>
--EXPECT--
bool(false)
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"Exec credential provider failed": yes
"k8s-auth-no-such-plugin": yes
"not found": yes
"PATH is not set": yes
"default": yes
"/usr/bin": yes
