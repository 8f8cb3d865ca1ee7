<?php
/**
 * The main job: load the bundled kubeconfig, get a token through the native
 * provider, and show what a user wants to see. Then load the three cloud
 * examples of the PHP K8s documentation and show what each one answers here.
 *
 *   php -d extension=target/release/libphp_k8s_auth.so php/demo.php
 */

declare(strict_types=1);

use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;

if (!extension_loaded('php_k8s_auth')) {
    fwrite(STDERR, "php_k8s_auth is not loaded: run with -d extension=target/release/libphp_k8s_auth.so\n");
    exit(1);
}

function redact(string $token): string
{
    return $token === '' ? '(none)' : substr($token, 0, 8) . '…' . ' (' . strlen($token) . ' bytes)';
}

function timed(callable $f): array
{
    $t = hrtime(true);
    $r = $f();
    return [$r, (hrtime(true) - $t) / 1e6];
}

$dir = __DIR__ . '/examples';
$kubeconfig = "$dir/kubeconfig.yaml";

printf("php_k8s_auth %s on PHP %s\n\n", phpversion('php_k8s_auth'), PHP_VERSION);
printf("kubeconfig : %s\n", $kubeconfig);
printf("context    : %s\n", 'demo (current-context)');

$provider = ExecCredentialProvider::fromKubeConfigYamlFile($kubeconfig);
$cluster = $provider->getClusterInfo();
printf("server     : %s\n", $cluster['server']);
printf("plugin     : ./bin/example-plugin (resolved against %s)\n", $dir);

[$token, $first] = timed(fn () => $provider->getToken());
[$again, $second] = timed(fn () => $provider->getToken());
$expires = $provider->getExpiresAt();

printf("token      : %s\n", redact($token));
printf("expires    : %s (in %d s)\n", $expires?->format(DATE_RFC3339) ?? 'never', $expires ? $expires->getTimestamp() - time() : 0);
printf("first call : %.3f ms (runs the plugin)\n", $first);
printf("second call: %.6f ms (held token)\n", $second);
printf("same token : %s\n", $token === $again ? 'yes' : 'NO');

[, $fresh] = timed(fn () => ExecCredentialProvider::fromKubeConfigYamlFile($kubeconfig)->getToken());
printf("new provider, same config: %.3f ms (process-wide cache)\n", $fresh);
$stats = ExecCredentialProvider::cacheStats();
printf("cache      : %d plugin run(s), %d hit(s)\n\n", $stats['plugin_runs'], $stats['hits']);

echo "The PHP K8s documentation's cloud examples on this machine:\n";
// The EKS example names the AWS profile "production": give it dummy keys
// (aws eks get-token signs locally, so it answers offline).
$aws = tempnam(sys_get_temp_dir(), 'aws');
file_put_contents($aws, "[production]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = demo-secret\nregion = us-east-1\n");
putenv("AWS_SHARED_CREDENTIALS_FILE=$aws");
putenv('AWS_CONFIG_FILE=/dev/null');
foreach (['eks', 'gke', 'aks'] as $name) {
    try {
        $p = ExecCredentialProvider::fromKubeConfigYamlFile("$dir/$name.yaml");
        [$t, $ms] = timed(fn () => $p->getToken());
        printf("  %-3s ok    %s, %.0f ms\n", strtoupper($name), redact($t), $ms);
    } catch (AuthenticationException $e) {
        // The whole message: its last line is often the fix (e.g. "gcloud auth login").
        $lines = array_filter(explode("\n", $e->getMessage()), fn ($l) => trim($l) !== '');
        printf("  %-3s error %s\n", strtoupper($name), implode("\n            ", $lines));
    }
}
unlink($aws);
