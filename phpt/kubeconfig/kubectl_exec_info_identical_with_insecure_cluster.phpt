--TEST--
KUBERNETES_EXEC_INFO with provideClusterInfo true and insecure-skip-tls-verify + tls-server-name (no extension: config null) is byte-identical to kubectl's, v1 and v1beta1
--SKIPIF--
<?php
require __DIR__ . '/../fixtures/kubectl.inc';
if (kubectl_bin() === null) die("skip no kubectl binary");
?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
require __DIR__ . '/../fixtures/kubectl.inc';
$cluster = "    server: https://127.0.0.1:1\n    insecure-skip-tls-verify: true\n    tls-server-name: x.example";
compare_exec_info('v1', $cluster, true, V1);
compare_exec_info('v1beta1', $cluster, true, V1BETA1);
// An empty extension is {} rather than null.
$cluster = "    server: https://127.0.0.1:1\n    extensions:\n    - {name: client.authentication.k8s.io/exec, extension: {}}";
compare_exec_info('empty extension', $cluster, true, V1);
?>
--EXPECT--
v1: identical
v1beta1: identical
empty extension: identical
