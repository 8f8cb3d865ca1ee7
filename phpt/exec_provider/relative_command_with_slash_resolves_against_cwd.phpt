--TEST--
A relative command containing a slash (bin/plug, ./bin/plug) is resolved against the current working directory
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
install_plugin("$dir/work/bin/plug");
write_answer($dir, token_answer('relative'));
chdir("$dir/work");
foreach (['bin/plug', './bin/plug'] as $i => $command) {
    $p = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider([
        'apiVersion' => V1,
        'command' => $command,
        'env' => [['name' => 'PLUGIN_DIR', 'value' => $dir], ['name' => 'CASE', 'value' => (string) $i]],
    ]);
    echo $command, ': ', $p->getToken(), "\n";
}
var_dump(runs($dir));
chdir(__DIR__);
?>
--EXPECT--
bin/plug: relative
./bin/plug: relative
int(2)
