--TEST--
php/doctor.php against the local TLS API stand-in: the plugin's token is accepted and whoami() names the identity; a setting from php.ini is shown as such
--SKIPIF--
<?php if (!shell_exec('command -v python3') || !shell_exec('command -v openssl')) die('skip needs python3 and openssl'); ?>
--INI--
php_k8s_auth.exec_timeout=30
--FILE--
<?php
require __DIR__ . '/../fixtures/api-standin.inc';
require __DIR__ . '/../../php/doctor.php';
$api = new ApiStandin();
$kubeconfig = $api->kubeconfig("$api->dir/config", ['command' => $api->issuingPlugin("$api->dir/plugin", 'doctor@example.com')]);
$out = fopen('php://memory', 'w+');
$code = doctor_run(['doctor.php', $kubeconfig, '--context', 'standin'], $out);
rewind($out);
$report = stream_get_contents($out);
foreach (explode("\n", $report) as $line) {
    if (preg_match('/exec_timeout|whoami|context|^(OK|FAILED)/', $line)) {
        echo str_replace((string) $api->port, 'PORT', $line), "\n";
    }
}
echo "exit code $code\n";
?>
--EXPECTF--
[ok     ] php_k8s_auth.exec_timeout          = "30"       from php.ini (%s or -d)
[ok     ] php_k8s_auth.whoami_timeout        = "10"       from default
[ok     ] context standin, server https://127.0.0.1:PORT
[ok     ] whoami: doctor@example.com (groups: standin:group, system:authenticated)
OK: 0 failed, %d warning(s)
exit code 0
