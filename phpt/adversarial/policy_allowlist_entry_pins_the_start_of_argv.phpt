--TEST--
Policy: an allowlist entry with arguments ("printf %s") runs the program only when its argv starts with them; an allowed program with other arguments (the `aws configure set … credential_process` escape) is refused without quoting the arguments
--INI--
php_k8s_auth.plugin_policy=Allowlist
php_k8s_auth.plugin_allowlist="printf %s, sh -c :"
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$d = test_dir();
$answer = '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"tok-argv"}}';
$config = fn (string $command, array $args) => ['apiVersion' => V1, 'command' => $command, 'args' => $args, 'interactiveMode' => 'Never'];

// The pinned prefix, with further arguments: allowed.
echo (new ExecCredentialProvider($config('printf', ['%s', $answer])))->getToken() === 'tok-argv' ? "prefix: ran\n" : "prefix: wrong\n";
// Same program, other arguments: refused, and the secret-looking argument is not shown.
$msg = auth_error(fn () => (new ExecCredentialProvider($config('sh', ['-c', "touch $d/PWNED; echo hunter2-secret"])))->getToken());
echo $msg, "\n";
var_dump(str_contains($msg, 'hunter2'), file_exists("$d/PWNED"));
// Fewer arguments than the prefix: refused too.
echo str_contains(auth_error(fn () => (new ExecCredentialProvider($config('sh', ['-c'])))->getToken()), 'only with arguments starting as in "sh -c :"') ? "short: refused\n" : "short: ran\n";
// Arguments before the pinned ones do not count as the prefix.
echo str_contains(auth_error(fn () => (new ExecCredentialProvider($config('printf', ['x%s', '%s', $answer])))->getToken()), '"printf %s"') ? "shifted: refused\n" : "shifted: ran\n";
?>
--EXPECTF--
prefix: ran
Exec credential provider refused to run sh: php_k8s_auth.plugin_policy is Allowlist and php_k8s_auth.plugin_allowlist allows this program only with arguments starting as in "sh -c :"; the exec configuration's args do not. Fix the kubeconfig's args, or ask the administrator to list the arguments this plugin needs
bool(false)
bool(false)
short: refused
shifted: refused
