--TEST--
whoami() against a hostile or broken API server: a 401 message quoting the token, a 2 MiB answer, a redirect elsewhere, an answer slower than whoami_timeout, a plain-http server URL and user info in the URL; each is a clear AuthenticationException that never shows the token
--SKIPIF--
<?php if (!extension_loaded('openssl')) die('skip the test talks to the stand-in through PHP\'s https wrapper (openssl)'); ?>
<?php if (!shell_exec('command -v python3') || !shell_exec('command -v openssl')) die('skip needs python3 and openssl'); ?>
--INI--
php_k8s_auth.whoami_timeout=1
--FILE--
<?php
require __DIR__ . '/../fixtures/api-standin.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$api = new ApiStandin();
$plugin = $api->issuingPlugin("$api->dir/plugin");
$tokens = [];
$try = function (string $label, array $cluster = []) use ($api, $plugin, &$tokens) {
    $p = ExecCredentialProvider::fromKubeConfigYamlFile($api->kubeconfig("$api->dir/config", ['command' => $plugin], $cluster));
    $t = hrtime(true);
    try {
        $p->whoami();
        echo "$label: accepted\n";
    } catch (Throwable $e) {
        $tokens[] = $p->getToken();
        $m = str_replace((string) $api->port, 'PORT', $e->getMessage());
        printf("%s: %s: %s%s\n", $label, get_class($e), $m, (hrtime(true) - $t) / 1e9 > 5 ? ' (SLOW)' : '');
        foreach ($tokens as $tok) {
            if (str_contains($e->getMessage() . $e->getTraceAsString(), $tok)) {
                echo "  TOKEN SHOWN\n";
            }
        }
    }
};
$api->setMode('echo-token');
$try('401 quoting the token');
$api->setMode('huge');
$try('2 MiB answer');
$api->setMode('redirect');
$try('redirect');
$api->setMode('');
$api->setDelay(3);
$try('slow server');
$api->setDelay(0);
$try('http URL', ['server' => "http://127.0.0.1:{$api->port}"]);
$try('user info', ['server' => "https://admin:hunter2@127.0.0.1:{$api->port}"]);
$try('socks proxy', ['proxy-url' => 'socks5://u:pw@127.0.0.1:1']);
echo "redirect followed: ", count(array_filter($api->requests(), fn ($r) => $r['status'] === 302)) === 1 ? 'no' : 'YES', "\n";
?>
--EXPECT--
401 quoting the token: RenokiCo\PhpK8s\Exceptions\AuthenticationException: whoami() against https://127.0.0.1:PORT failed: the cluster rejected the token: token … is revoked (HTTP 401), also a new one from the plugin (first answer: token … is revoked); the plugin's identity is not accepted by this cluster: check that the kubeconfig's context, cluster and plugin belong together, and the cluster's access configuration for that identity
2 MiB answer: RenokiCo\PhpK8s\Exceptions\AuthenticationException: whoami() against https://127.0.0.1:PORT failed: HTTP 201, then reading the answer failed: the answer is larger than 1048576 bytes
redirect: RenokiCo\PhpK8s\Exceptions\AuthenticationException: whoami() against https://127.0.0.1:PORT failed: HTTP 302: (the answer is not a Kubernetes Status)
slow server: RenokiCo\PhpK8s\Exceptions\AuthenticationException: whoami() against https://127.0.0.1:PORT failed: no answer within 1 s (php_k8s_auth.whoami_timeout)
http URL: RenokiCo\PhpK8s\Exceptions\AuthenticationException: whoami() against http://127.0.0.1:PORT failed: the server URL must start with https:// (got "http"); whoami() sends the credential only over TLS
user info: RenokiCo\PhpK8s\Exceptions\AuthenticationException: whoami() against https://127.0.0.1:PORT failed: the server URL has no host, or carries user info, which whoami() does not send
socks proxy: RenokiCo\PhpK8s\Exceptions\AuthenticationException: whoami() against https://127.0.0.1:PORT failed: proxy-url (or HTTPS_PROXY) "127.0.0.1:1" is not supported by whoami(): only http:// CONNECT proxies are
redirect followed: no
