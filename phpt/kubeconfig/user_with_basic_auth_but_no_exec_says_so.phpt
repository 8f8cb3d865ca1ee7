--TEST--
A user with username/password and no exec section: the error says it uses basic authentication, without the password
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$msg = auth_error(fn () => ExecCredentialProvider::fromKubeConfigArray([
    'current-context' => 'ctx',
    'clusters' => [['name' => 'k', 'cluster' => ['server' => 'https://127.0.0.1:1']]],
    'contexts' => [['name' => 'ctx', 'context' => ['cluster' => 'k', 'user' => 'admin']]],
    'users' => [['name' => 'admin', 'user' => ['username' => 'admin', 'password' => 'hunter2-secret']]],
]));
var_dump(str_contains($msg, 'hunter2'));
echo $msg, "\n";
?>
--EXPECTF--
bool(false)
Invalid kubeconfig: user "admin" (the kubeconfig array) has no exec section: it authenticates with basic authentication (username, password). %s
