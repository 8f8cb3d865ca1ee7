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

require __DIR__ . '/doctor.php';

function redact(string $token): string
{
    return doctor_redact($token);
}

function timed(callable $f): array
{
    $t = hrtime(true);
    $r = $f();
    return [$r, (hrtime(true) - $t) / 1e6];
}

$dir = __DIR__ . '/examples';
$kubeconfig = "$dir/kubeconfig.yaml";

// The checks are php/doctor.php's: module, settings, policy, one plugin run,
// cache, whoami() (the example's server does not exist, so that one warns).
echo "php/doctor.php $kubeconfig:\n";
doctor_run(['doctor.php', $kubeconfig]);

echo "\nHeld token and process-wide cache:\n";
$provider = ExecCredentialProvider::fromKubeConfigYamlFile($kubeconfig);
[$token, $first] = timed(fn () => $provider->getToken());
[$again, $second] = timed(fn () => $provider->getToken());
printf("first getToken() of a new provider: %.3f ms (from the cache doctor filled)\n", $first);
printf("second call: %.6f ms (held token), same token: %s\n", $second, $token === $again ? 'yes' : 'NO');
$stats = ExecCredentialProvider::cacheStats();
printf("cache: %d plugin run(s), %d hit(s)\n\n", $stats['plugin_runs'], $stats['hits']);

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
