--TEST--
KUBERNETES_EXEC_INFO config writes numbers of the exec extension as kubectl does (1e3, 1.0, 1.5e300, a 20-digit integer)
--SKIPIF--
<?php
require __DIR__ . '/../fixtures/kubectl.inc';
if (kubectl_bin() === null) die("skip no kubectl binary");
?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
require __DIR__ . '/../fixtures/kubectl.inc';
$ext = "    server: https://127.0.0.1:1\n    extensions:\n    - name: client.authentication.k8s.io/exec\n      extension:\n";
compare_exec_info('numbers', $ext . "        {f: 1e3, big: 12345678901234567890, one: 1.0, huge: 1.5e300}", true, V1);
?>
--EXPECT--
numbers: identical
