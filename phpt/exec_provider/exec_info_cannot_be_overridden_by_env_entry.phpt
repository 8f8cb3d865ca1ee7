--TEST--
An env entry or a process variable named KUBERNETES_EXEC_INFO does not replace the value the extension sets
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

putenv('KUBERNETES_EXEC_INFO=from-process');
$dir = test_dir();
answering_provider($dir, token_answer('t'), ['env' => [['name' => 'KUBERNETES_EXEC_INFO', 'value' => 'custom']]])->getToken();
echo recorded_env($dir)['KUBERNETES_EXEC_INFO'] ?? '(unset)';
$names = array_map(fn($e) => explode('=', $e, 2)[0], explode("\0", rtrim(file_get_contents("$dir/environ"), "\0")));
var_dump(count(array_keys($names, 'KUBERNETES_EXEC_INFO')));
?>
--EXPECT--
{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","spec":{"interactive":false}}
int(1)
