--TEST--
A bare command is searched on the PHP process's PATH, never on a PATH given in the exec env entries
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$name = 'k8s-auth-test-plugin-' . bin2hex(random_bytes(4));
install_plugin("$dir/envbin/$name");
write_answer($dir, token_answer('t'));
$p = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider([
    'apiVersion' => V1,
    'command' => $name,
    'env' => [['name' => 'PATH', 'value' => "$dir/envbin"], ['name' => 'PLUGIN_DIR', 'value' => $dir]],
]);
$e = expect_throw(fn() => $p->getToken());
contains_each($e, 'Exec credential provider failed', 'not found', $name);
var_dump(runs($dir));
?>
--EXPECTF--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"Exec credential provider failed": yes
"not found": yes
"k8s-auth-test-plugin-%s": yes
int(0)
