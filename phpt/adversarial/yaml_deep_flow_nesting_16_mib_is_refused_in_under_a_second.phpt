--TEST--
16 MiB of deep flow nesting in a kubeconfig string is refused in under a second, naming the limit
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider as P;
$yaml = 'a: ' . str_repeat('[', 16 * 1024 * 1024 - 3);
$t = microtime(true);
echo auth_error(fn () => P::fromKubeConfigYaml($yaml)), "\n";
echo 'under 1 s: ', (microtime(true) - $t) < 1.0 ? 'yes' : 'no', "\n";
?>
--EXPECT--
Invalid kubeconfig: the kubeconfig string: cannot be read at line 1, column 259: nesting deeper than 255 levels is not accepted
under 1 s: yes
