--TEST--
An 8 MiB scalar in an unknown field is accepted quickly (only the size matters, not its content)
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider as P;
$d = test_dir();
$yaml = kubeconfig_yaml(token_plugin("$d/p", 'big-ok')) . "\nblob: " . str_repeat('QUJD', 2 * 1024 * 1024) . "\n";
$t = microtime(true);
$p = P::fromKubeConfigYaml($yaml);
echo 'under 1 s: ', (microtime(true) - $t) < 1.0 ? 'yes' : 'no', "\n";
echo $p->getToken(), "\n";
?>
--EXPECT--
under 1 s: yes
big-ok
