--TEST--
KUBERNETES_EXEC_INFO is always set; for v1 without cluster info it is kubectl's exact bytes, with one trailing newline
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
answering_provider($dir, token_answer('t'))->getToken();
var_dump(recorded_env($dir)['KUBERNETES_EXEC_INFO'] ?? '(unset)');
?>
--EXPECT--
string(102) "{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","spec":{"interactive":false}}
"
