--TEST--
Kubeconfig: certificate-authority naming a readable file that is not a PEM certificate (an app's .env, /proc/self/environ) is refused like kubectl refuses it, so its bytes never reach getClusterInfo(), the plugin or the message
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$d = test_dir();
file_put_contents("$d/.env", "DB_PASSWORD=s3cr3t-db\nAPP_KEY=base64:s3cr3t-key\n");
putenv('PK8S_SECRET_IN_ENVIRON=s3cr3t-environ');
foreach (["$d/.env", '/proc/self/environ'] as $file) {
    $yaml = str_replace('server: https://127.0.0.1:1', "server: https://127.0.0.1:1\n    certificate-authority: $file",
        kubeconfig_yaml('/bin/true', V1, '      provideClusterInfo: true'));
    $msg = auth_error(fn () => ExecCredentialProvider::fromKubeConfigYaml($yaml)->getClusterInfo());
    echo str_replace($d, '<dir>', $msg), "\n";
    var_dump(str_contains($msg, 's3cr3t'));
}
?>
--EXPECTF--
%scluster "k" (%s) names certificate-authority "<dir>/.env", resolved to <dir>/.env, which holds no PEM certificate (kubectl refuses it too); point it at the cluster's CA certificate in PEM form, or use certificate-authority-data
bool(false)
%scluster "k" (%s) names certificate-authority "/proc/self/environ", resolved to /proc/self/environ, which holds no PEM certificate (kubectl refuses it too); point it at the cluster's CA certificate in PEM form, or use certificate-authority-data
bool(false)
