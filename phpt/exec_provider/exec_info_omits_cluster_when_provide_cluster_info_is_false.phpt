--TEST--
setClusterInfo() data is not sent in KUBERNETES_EXEC_INFO when provideClusterInfo is false or absent
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

foreach ([['provideClusterInfo' => false], []] as $extra) {
    $dir = test_dir();
    $p = answering_provider($dir, token_answer('t'), $extra);
    $p->setClusterInfo(['server' => 'https://secret-cluster.example:6443', 'certificate-authority-data' => 'Q0E=']);
    $p->getToken();
    echo recorded_env($dir)['KUBERNETES_EXEC_INFO'] ?? '(unset)';
}
?>
--EXPECT--
{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","spec":{"interactive":false}}
{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","spec":{"interactive":false}}
