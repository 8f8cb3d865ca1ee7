<?php

/**
 * The PHP-FPM script of workload 4: one provider per request, answers the
 * token's length. Query: impl=ext|pure, plugin=ABSOLUTE PATH, counter=FILE
 * (the plugin appends a line per run); impl=none answers "ok" (the floor).
 */

declare(strict_types=1);

$impl = $_GET['impl'] ?? 'none';
if ($impl === 'none') {
    echo 'ok';

    return;
}
$config = [
    'command' => (string) ($_GET['plugin'] ?? ''),
    'args' => [(string) ($_GET['counter'] ?? '')],
    'apiVersion' => 'client.authentication.k8s.io/v1',
];
if ($impl === 'ext') {
    $provider = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider($config);
} else {
    require_once __DIR__ . '/PurePhpExecProvider.php';
    $provider = new Bench\PurePhpExecProvider($config);
}
echo strlen($provider->getToken());
