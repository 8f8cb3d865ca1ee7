--TEST--
whoami() with hostile cluster fields (as setClusterInfo() or a kubeconfig may carry them): no server, an empty host, a 100 kB URL, CA data that is not base64 or not PEM, a tls-server-name that is no host name, no CA at all; each is an AuthenticationException naming the problem, without a token or a network request
--FILE--
<?php
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$dir = sys_get_temp_dir() . '/h5-hostile-' . getmypid();
@mkdir($dir);
file_put_contents("$dir/p", "#!/bin/sh\nprintf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"SEKRIT-TOKEN\"}}'\n");
chmod("$dir/p", 0755);
$ca = base64_encode("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
$cases = [
    'no server' => [],
    'empty host' => ['server' => 'https://', 'certificate-authority-data' => $ca],
    '100 kB URL' => ['server' => 'https://' . str_repeat('a', 100000) . '.example', 'certificate-authority-data' => $ca],
    'CA not base64' => ['server' => 'https://127.0.0.1:1', 'certificate-authority-data' => '%%% not base64 %%%'],
    'CA not PEM' => ['server' => 'https://127.0.0.1:1', 'certificate-authority-data' => base64_encode('just text')],
    'bad tls-server-name' => ['server' => 'https://127.0.0.1:1', 'certificate-authority-data' => $ca, 'tls-server-name' => "bad name\n!"],
    'no CA' => ['server' => 'https://127.0.0.1:1'],
];
foreach ($cases as $label => $cluster) {
    $p = (new ExecCredentialProvider(['command' => "$dir/p"]))->setClusterInfo($cluster);
    try {
        $p->whoami();
        echo "$label: accepted\n";
    } catch (Throwable $e) {
        $m = $e->getMessage();
        printf("%s: %s: %s%s\n", $label, get_class($e), strlen($m) > 1000 ? substr($m, 0, 120) . '… (' . strlen($m) . ' bytes)' : $m, str_contains($m, 'SEKRIT') ? ' TOKEN SHOWN' : '');
    }
}
unlink("$dir/p");
rmdir($dir);
?>
--EXPECT--
no server: RenokiCo\PhpK8s\Exceptions\AuthenticationException: whoami() against (no server) failed: the cluster has no server URL: whoami() needs getClusterInfo()['server'] (a kubeconfig loader, or setClusterInfo() with 'server')
empty host: RenokiCo\PhpK8s\Exceptions\AuthenticationException: whoami() against https:// failed: the server URL has no host, or carries user info, which whoami() does not send
100 kB URL: RenokiCo\PhpK8s\Exceptions\AuthenticationException: whoami() against https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa… failed: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…" cannot be checked as a TLS server name (not a DNS name or IP address)
CA not base64: RenokiCo\PhpK8s\Exceptions\AuthenticationException: whoami() against https://127.0.0.1:1 failed: certificate-authority-data is not base64
CA not PEM: RenokiCo\PhpK8s\Exceptions\AuthenticationException: whoami() against https://127.0.0.1:1 failed: the cluster's certificate-authority holds no PEM certificate (-----BEGIN CERTIFICATE-----)
bad tls-server-name: RenokiCo\PhpK8s\Exceptions\AuthenticationException: whoami() against https://127.0.0.1:1 failed: "bad name?!" cannot be checked as a TLS server name (not a DNS name or IP address)
no CA: RenokiCo\PhpK8s\Exceptions\AuthenticationException: whoami() against https://127.0.0.1:1 failed: the cluster has no certificate-authority or certificate-authority-data, so the server's certificate cannot be checked; add the cluster's CA to the kubeconfig
