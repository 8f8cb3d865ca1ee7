--TEST--
A command that is not found fails with "Exec credential provider failed", "not found", the command name and "Hint: <installHint>"
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$p = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider([
    'apiVersion' => V1,
    'command' => 'k8s-auth-no-such-plugin',
    'installHint' => "k8s-auth-no-such-plugin is not installed.\nInstall: https://example.invalid/plugin\n",
]);
$e = expect_throw(fn() => $p->getToken());
contains_each($e,
    'Exec credential provider failed',
    'not found',
    'k8s-auth-no-such-plugin',
    "\nHint: k8s-auth-no-such-plugin is not installed.\n  Install: https://example.invalid/plugin",
);
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"Exec credential provider failed": yes
"not found": yes
"k8s-auth-no-such-plugin": yes
"\nHint: k8s-auth-no-such-plugin is not installed.\n  Install: https://example.invalid/plugin": yes
