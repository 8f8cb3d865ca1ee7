--TEST--
php/doctor.php on the bundled example kubeconfig: module, settings with their source, one plugin run with the token redacted, cache figures; no failure, exit code 0
--FILE--
<?php
require __DIR__ . '/../../php/doctor.php';
$out = fopen('php://memory', 'w+');
$code = doctor_run(['doctor.php', __DIR__ . '/../../php/examples/kubeconfig.yaml'], $out);
rewind($out);
$report = stream_get_contents($out);
echo $report, "exit code $code\n";
echo "token shown: ", str_contains($report, 'example-token') ? 'YES' : 'no', "\n";
?>
--EXPECTF--
Module
[ok     ] php_k8s_auth %s on PHP %s
[ok     ] the four PHP K8s auth classes are native (Composer will not load the PHP versions)

Settings
[ok     ] php_k8s_auth.cache                 = "1"        from default
%A[ok     ] php_k8s_auth.plugin_policy         = "AllowAll" from default
%A
Kubeconfig
[ok     ] context (current-context), server https://127.0.0.1:6443

Plugin
%A[ok     ] plugin ran in %d ms: token (redacted, %d bytes), valid until %s (in %d s)

Cache (this process)
[ok     ] 1 cached credential(s), 0 hit(s), 1 miss(es), 1 plugin run(s), 0 failure(s); every php-fpm worker has its own

Cluster
[warning] whoami() failed: whoami() against https://127.0.0.1:6443 failed: %s
          → the cluster is not reachable from here, or its CA / tls-server-name do not match; if it is reachable from the app, run doctor there

OK: 0 failed, %d warning(s)
exit code 0
token shown: no
