<?php

/**
 * Shared by the benchmark's PHP scripts: argument parsing, medians, and
 * loading the provider class under test:
 *   ext  - RenokiCo\PhpK8s\Auth\ExecCredentialProvider of the php_k8s_auth extension;
 *   pure - Bench\PurePhpExecProvider (php/bench/PurePhpExecProvider.php);
 *   lib  - the PHP K8s library's own class, from the tree in $PHP_K8S_SRC
 *          (run without the extension: both declare the same class name).
 */

declare(strict_types=1);

const EXT_CLASS = 'RenokiCo\\PhpK8s\\Auth\\ExecCredentialProvider';

function bench_args(array $argv): array
{
    $o = [];
    foreach (array_slice($argv, 1) as $a) {
        if (preg_match('/^--([a-z0-9-]+)=(.*)$/s', $a, $m)) {
            $o[$m[1]] = $m[2];
        } elseif (preg_match('/^--([a-z0-9-]+)$/', $a, $m)) {
            $o[$m[1]] = '1';
        }
    }

    return $o;
}

function bench_fail(string $why): never
{
    fwrite(STDERR, "bench: {$why}\n");
    exit(1);
}

function median(array $xs): float
{
    if (!$xs) {
        return NAN;
    }
    sort($xs);
    $n = count($xs);

    return $n % 2 ? (float) $xs[intdiv($n, 2)] : ($xs[$n / 2 - 1] + $xs[$n / 2]) / 2;
}

function percentile(array $xs, float $p): float
{
    sort($xs);

    return (float) $xs[min(count($xs) - 1, (int) floor($p * count($xs)))];
}

/** @return array{0: string, 1: string} class name and a note on how it was loaded */
function load_impl(string $impl): array
{
    switch ($impl) {
        case 'ext':
            if (!extension_loaded('php_k8s_auth')) {
                bench_fail('php_k8s_auth is not loaded');
            }

            return [EXT_CLASS, 'php_k8s_auth ' . phpversion('php_k8s_auth')];
        case 'pure':
            require_once __DIR__ . '/PurePhpExecProvider.php';

            return ['Bench\\PurePhpExecProvider', 'Bench\\PurePhpExecProvider'];
        case 'lib':
            return [EXT_CLASS, load_php_k8s((string) getenv('PHP_K8S_SRC'))];
    }
    bench_fail("unknown --impl={$impl}");
}

/** Makes the PHP K8s classes of $root loadable; returns how. */
function load_php_k8s(string $root): string
{
    if (extension_loaded('php_k8s_auth')) {
        bench_fail('the PHP K8s library must be measured without the extension (same class names)');
    }
    $provider = "{$root}/src/Auth/ExecCredentialProvider.php";
    if (!is_file($provider) || !is_file("{$root}/src/Auth/TokenProvider.php")) {
        bench_fail("{$root} is not a PHP K8s source tree (no src/Auth/ExecCredentialProvider.php)");
    }
    $how = [];
    if (is_file("{$root}/vendor/autoload.php")) {
        require_once "{$root}/vendor/autoload.php";
        $how[] = 'vendor/autoload.php';
    }
    // Always able to find the library's own files, with or without Composer.
    spl_autoload_register(static function (string $class) use ($root): void {
        $prefix = 'RenokiCo\\PhpK8s\\';
        if (strncmp($class, $prefix, strlen($prefix)) === 0) {
            $file = "{$root}/src/" . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require_once $file;
            }
        }
    });
    if (!$how) {
        $how[] = 'src/ files';
    }
    $uses = (string) file_get_contents($provider);
    if (str_contains($uses, 'Symfony\\Component\\Process') && !class_exists('Symfony\\Component\\Process\\Process')) {
        require_once __DIR__ . '/SymfonyProcessShim.php';
        $how[] = 'symfony/process shim (no vendor/: run composer install for the real one)';
    }
    if (!class_exists(EXT_CLASS)) {
        bench_fail("cannot load " . EXT_CLASS . " from {$root}");
    }
    $version = '';
    if (is_file("{$root}/composer.json")) {
        $c = json_decode((string) file_get_contents("{$root}/composer.json"), true);
        $version = is_array($c) ? (string) ($c['name'] ?? '') . (isset($c['version']) ? ' ' . $c['version'] : '') : '';
    }

    return trim("PHP K8s {$version} ({$root}; " . implode(', ', $how) . ')');
}

function exec_config(string $plugin, array $args = [], array $env = []): array
{
    $c = ['command' => $plugin, 'args' => $args, 'apiVersion' => 'client.authentication.k8s.io/v1'];
    if ($env) {
        $c['env'] = $env;
    }

    return $c;
}

function counter_lines(?string $file): int
{
    if ($file === null || $file === '' || !is_file($file)) {
        return 0;
    }
    clearstatcache(true, $file);

    return intdiv((int) filesize($file), 2);
}

function rss_kib(): int
{
    preg_match('/^VmRSS:\s+(\d+)\s+kB/m', (string) file_get_contents('/proc/self/status'), $m);

    return (int) ($m[1] ?? 0);
}

function emit(array $row): void
{
    echo json_encode($row, JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION), "\n";
}
