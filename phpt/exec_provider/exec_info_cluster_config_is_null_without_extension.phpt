--TEST--
With provideClusterInfo and the library's setClusterInfo() keys, spec.cluster omits empty and false fields but always has "config":null
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$p = answering_provider($dir, token_answer('t'), ['provideClusterInfo' => true]);
$p->setClusterInfo([
    'server' => 'https://api.cluster.example.com:6443',
    'certificate-authority-data' => null,
    'insecure-skip-tls-verify' => false,
]);
$p->getToken();
var_dump(recorded_env($dir)['KUBERNETES_EXEC_INFO'] ?? '(unset)');
?>
--EXPECT--
string(176) "{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","spec":{"cluster":{"server":"https://api.cluster.example.com:6443","config":null},"interactive":false}}
"
