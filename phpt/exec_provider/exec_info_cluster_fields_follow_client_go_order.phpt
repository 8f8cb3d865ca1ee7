--TEST--
With provideClusterInfo, KUBERNETES_EXEC_INFO carries spec.cluster with every field in client-go's order and config's keys sorted
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$p = answering_provider($dir, token_answer('t'), ['provideClusterInfo' => true]);
$p->setClusterInfo([
    'config' => ['z' => 1, 'audience' => 'aud', 'html' => '<&>'],
    'disable-compression' => true,
    'proxy-url' => 'http://127.0.0.1:3128',
    'certificate-authority-data' => 'Q0EtREFUQQ==',
    'insecure-skip-tls-verify' => true,
    'tls-server-name' => 'tls.example',
    'server' => 'https://127.0.0.1:6443/prefix',
]);
$p->getToken();
echo recorded_env($dir)['KUBERNETES_EXEC_INFO'] ?? '(unset)';
?>
--EXPECT--
{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","spec":{"cluster":{"server":"https://127.0.0.1:6443/prefix","tls-server-name":"tls.example","insecure-skip-tls-verify":true,"certificate-authority-data":"Q0EtREFUQQ==","proxy-url":"http://127.0.0.1:3128","disable-compression":true,"config":{"audience":"aud","html":"\u003c\u0026\u003e","z":1}},"interactive":false}}
