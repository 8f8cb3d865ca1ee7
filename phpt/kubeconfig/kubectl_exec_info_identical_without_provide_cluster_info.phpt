--TEST--
KUBERNETES_EXEC_INFO through a kubeconfig with provideClusterInfo false is byte-identical to kubectl's (v1 and v1beta1), even with a full cluster
--SKIPIF--
<?php
require __DIR__ . '/../fixtures/kubectl.inc';
if (kubectl_bin() === null) die("skip no kubectl binary");
?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
require __DIR__ . '/../fixtures/kubectl.inc';
$ca = base64_encode(file_get_contents(__DIR__ . '/fixtures/ca.pem'));
$cluster = <<<Y
    server: https://127.0.0.1:1/some/prefix
    certificate-authority-data: $ca
    tls-server-name: tls.example
    proxy-url: http://127.0.0.1:2
    disable-compression: true
    extensions:
    - name: client.authentication.k8s.io/exec
      extension: {audience: aud}
Y;
compare_exec_info('v1', $cluster, false, V1);
compare_exec_info('v1beta1', $cluster, false, V1BETA1);
?>
--EXPECT--
v1: identical
v1beta1: identical
