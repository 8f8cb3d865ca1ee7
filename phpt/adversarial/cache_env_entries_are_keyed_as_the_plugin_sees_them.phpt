--TEST--
cache: env entries whose name/value boundary is shifted ("AB"="C" vs "A"="BC") are separate entries; a kubeconfig entry named KUBERNETES_EXEC_INFO is replaced by the real one, so it neither reaches the plugin nor splits the entry
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
$token = fn (array $env) => (new ExecCredentialProvider(plugin_config("$d/marker", $env)))->getToken();
echo $token(['AB' => 'C']), ' ', $token(['A' => 'BC']), ' ', $token(['AB' => 'C']), "\n";
echo $token([]), ' ', $token(['KUBERNETES_EXEC_INFO' => '{"spoofed":true}']), "\n";
echo "plugin runs: ", runs("$d/marker"), "\n";
?>
--EXPECT--
tok-1 tok-2 tok-1
tok-3 tok-3
plugin runs: 3
