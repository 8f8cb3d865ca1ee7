--TEST--
cache: a relative command ("./plugin" in a kubeconfig) starts in the process's working folder; after chdir() to another folder the same kubeconfig gets its own run, because the plugin may read files relative to it
--SKIPIF--
<?php if (PHP_ZTS) die("skip under ZTS a plugin starts in the process's working folder, not the thread's chdir() one (README, Deviations)"); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
sh_plugin($d, 'plugin', <<<'SH'
echo run >> "$MARKER"
printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"%s"}}\n' "$(cat token.txt)"
SH);
file_put_contents("$d/kubeconfig", kubeconfig_yaml('./plugin', extraExec: "      env: [{name: MARKER, value: $d/marker}]\n"));
foreach (['one', 'two'] as $name) {
    mkdir("$d/$name");
    file_put_contents("$d/$name/token.txt", "from-$name");
}
$tokens = [];
foreach (['one', 'two', 'one'] as $name) {
    chdir("$d/$name");
    $tokens[] = ExecCredentialProvider::fromKubeConfigYamlFile("$d/kubeconfig")->getToken();
}
echo implode(' ', $tokens), "\nplugin runs: ", runs("$d/marker"), "\n";
?>
--EXPECT--
from-one from-two from-one
plugin runs: 2
