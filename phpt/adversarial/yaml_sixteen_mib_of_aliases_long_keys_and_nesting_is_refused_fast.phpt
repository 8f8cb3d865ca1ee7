--TEST--
A 16 MiB mix of long keys, deep anchors and many aliases is refused in under a second
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider as P;
$yaml = '';
for ($i = 0; $i < 50; $i++) {
    $yaml .= '"' . str_repeat('k', 1000) . "$i\": &a$i " . str_repeat('[', 200) . str_repeat(']', 200) . "\n";
}
$yaml .= 'l: [' . str_repeat('*a1, *a2, [[[[[[[[[[x]]]]]]]]]], ', 506000) . "x]\n";
echo 'size MiB: ', round(strlen($yaml) / 1048576), "\n";
$t = microtime(true);
echo auth_error(fn () => P::fromKubeConfigYaml($yaml)), "\n";
echo 'under 1 s: ', (microtime(true) - $t) < 1.0 ? 'yes' : 'no', "\n";
?>
--EXPECT--
size MiB: 16
Invalid kubeconfig: the kubeconfig string: cannot be read at line 51, column 19249: the document has more than 250000 nodes (aliases counted in full); a kubeconfig or plugin answer is far smaller
under 1 s: yes
