--TEST--
KUBERNETES_EXEC_INFO config keeps kubectl's YAML 1.1 reading of the exec extension (y/yes/on/off are booleans)
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
compare_exec_info('yaml 1.1 key y', $ext . "        {y: 2.5, x: str}", true, V1);
compare_exec_info('yaml 1.1 values', $ext . "        {a: yes, b: on, c: off}", true, V1);
?>
--EXPECT--
yaml 1.1 key y: identical
yaml 1.1 values: identical
