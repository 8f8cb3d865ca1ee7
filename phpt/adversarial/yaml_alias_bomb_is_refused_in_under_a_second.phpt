--TEST--
A billion-laughs alias bomb is refused after a bounded amount of work
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider as P;
$yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
for ($i = 1; $i < 12; $i++) {
    $yaml .= "a$i: &a$i [" . implode(', ', array_fill(0, 10, '*a' . ($i - 1))) . "]\n";
}
$yaml .= kubeconfig_yaml('/bin/true');
$t = microtime(true);
echo auth_error(fn () => P::fromKubeConfigYaml($yaml)), "\n";
echo 'under 1 s: ', (microtime(true) - $t) < 1.0 ? 'yes' : 'no', "\n";
?>
--EXPECT--
Invalid kubeconfig: the kubeconfig string: cannot be read at line 6, column 15: the document has more than 250000 nodes (aliases counted in full); a kubeconfig or plugin answer is far smaller
under 1 s: yes
