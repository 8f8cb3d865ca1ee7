--TEST--
A context naming a user that does not exist: the error names the user and lists the existing ones
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$yaml = str_replace('{cluster: k, user: u}', '{cluster: k, user: admin}', kubeconfig_yaml('/bin/true'));
echo auth_error(fn () => ExecCredentialProvider::fromKubeConfigArray(['current-context' => 'ctx',
    'clusters' => [['name' => 'k', 'cluster' => ['server' => 'https://127.0.0.1:1']]],
    'contexts' => [['name' => 'ctx', 'context' => ['cluster' => 'k', 'user' => 'admin']]],
    'users' => [['name' => 'dev', 'user' => ['token' => 'x']], ['name' => 'ops', 'user' => ['exec' => ['command' => 'x']]]],
])), "\n";
echo auth_error(fn () => ExecCredentialProvider::fromKubeConfigYaml($yaml)), "\n";
?>
--EXPECT--
Invalid kubeconfig: user "admin" (named by context "ctx") was not found in the kubeconfig array; available users: "dev", "ops"
Invalid kubeconfig: user "admin" (named by context "ctx") was not found in the kubeconfig string; available users: "u"
