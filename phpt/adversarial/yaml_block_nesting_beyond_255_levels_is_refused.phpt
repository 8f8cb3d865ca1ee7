--TEST--
Block indentation nested deeper than 255 levels is refused (the limit is named)
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider as P;
$yaml = '';
for ($i = 0; $i < 300; $i++) {
    $yaml .= str_repeat(' ', $i) . "k:\n";
}
echo auth_error(fn () => P::fromKubeConfigYaml($yaml)), "\n";
?>
--EXPECT--
Invalid kubeconfig: the kubeconfig string: cannot be read at line 256, column 257: nesting deeper than 255 levels is not accepted
