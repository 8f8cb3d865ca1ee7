--TEST--
A mapping key longer than 64 KiB is refused with its position, without the key
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider as P;
$yaml = '? "' . str_repeat('K', 70000) . "\"\n: 1\n" . kubeconfig_yaml('/bin/true');
$m = auth_error(fn () => P::fromKubeConfigYaml($yaml));
echo $m, "\n", str_contains($m, 'KKKK') ? 'key shown' : 'key not shown', "\n";
?>
--EXPECT--
Invalid kubeconfig: the kubeconfig string: cannot be read at line 1, column 3: a mapping key is longer than 65536 bytes
key not shown
