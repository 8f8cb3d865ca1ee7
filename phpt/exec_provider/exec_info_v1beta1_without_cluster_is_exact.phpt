--TEST--
KUBERNETES_EXEC_INFO for a v1beta1 configuration without cluster info carries apiVersion v1beta1, kubectl's exact bytes
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
answering_provider($dir, token_answer('t', null, V1BETA1), ['apiVersion' => V1BETA1])->getToken();
var_dump(recorded_env($dir)['KUBERNETES_EXEC_INFO'] ?? '(unset)');
?>
--EXPECT--
string(107) "{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1beta1","spec":{"interactive":false}}
"
