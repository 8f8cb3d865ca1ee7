--TEST--
KUBERNETES_EXEC_INFO for a cluster with a relative certificate-authority file is byte-identical to kubectl's (file read from the kubeconfig's folder)
--SKIPIF--
<?php
require __DIR__ . '/../fixtures/kubectl.inc';
if (kubectl_bin() === null) die("skip no kubectl binary");
?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
require __DIR__ . '/../fixtures/kubectl.inc';
$put = function (string $d) {
    mkdir("$d/pki");
    copy(__DIR__ . '/fixtures/ca.pem', "$d/pki/ca.pem");
};
chdir(sys_get_temp_dir());
$cluster = "    server: https://127.0.0.1:1\n    certificate-authority: pki/ca.pem";
compare_exec_info('v1', $cluster, true, V1, $put);
compare_exec_info('v1beta1', $cluster, true, V1BETA1, $put);
?>
--EXPECT--
v1: identical
v1beta1: identical
