--TEST--
php/doctor.php with plugin_policy = DenyAll: the policy line and the refused run are marked failed with a fix, and the exit code is 1
--INI--
php_k8s_auth.plugin_policy=DenyAll
--FILE--
<?php
require __DIR__ . '/../../php/doctor.php';
$out = fopen('php://memory', 'w+');
$code = doctor_run(['doctor.php', __DIR__ . '/../../php/examples/kubeconfig.yaml'], $out);
rewind($out);
foreach (explode("\n", stream_get_contents($out)) as $i => $line) {
    if (preg_match('/^\[failed|^(OK|FAILED)/', $line)) {
        echo $line, "\n";
    }
}
echo "exit code $code\n";
?>
--EXPECTF--
%A[failed ] plugin run failed after %d ms: Exec credential provider refused to run ./bin/example-plugin: php_k8s_auth.plugin_policy is DenyAll%s
FAILED: %d failed, %d warning(s)
exit code 1
