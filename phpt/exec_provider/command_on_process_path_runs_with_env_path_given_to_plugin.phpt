--TEST--
A bare command found on the process PATH runs even when the env entries set another PATH, which the plugin then sees
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$name = 'k8s-auth-test-plugin-' . bin2hex(random_bytes(4));
install_plugin("$dir/bin/$name");
putenv("PATH=$dir/bin:" . getenv('PATH'));
write_answer($dir, token_answer('from-process-path'));
$p = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider([
    'apiVersion' => V1,
    'command' => $name,
    'env' => [['name' => 'PATH', 'value' => '/nonexistent'], ['name' => 'PLUGIN_DIR', 'value' => $dir]],
]);
var_dump($p->getToken());
var_dump(recorded_env($dir)['PATH']);
?>
--EXPECT--
string(17) "from-process-path"
string(12) "/nonexistent"
