--TEST--
KUBERNETES_EXEC_INFO with provideClusterInfo true and a full cluster (CA data, tls-server-name, proxy-url, disable-compression, nested exec extension) is byte-identical to kubectl's, v1 and v1beta1
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
    - name: other.example.com/ext
      extension: {ignored: true}
    - name: client.authentication.k8s.io/exec
      extension:
        z: 1
        audience: aud
        nested: {b: 2, a: [1, "x", true, null, 1.5], s: 'q"<&>', u: "é\u2028\t"}
Y;
compare_exec_info('v1', $cluster, true, V1);
compare_exec_info('v1beta1', $cluster, true, V1BETA1);
?>
--EXPECT--
v1: identical
v1beta1: identical
