<?php
/**
 * A diagnostic for humans: is php_k8s_auth installed and set up, and does the
 * kubeconfig's exec plugin give a token the cluster accepts?
 *
 *   php php/doctor.php [KUBECONFIG] [--context NAME]
 *
 * (with the extension loaded). Every line is marked ok / warning / failed,
 * and a problem comes with what to do. Exit code 1 when anything failed.
 * Never prints a token, a key or an environment value.
 *
 * php/demo.php includes this file and calls doctor_run().
 */

declare(strict_types=1);

use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

const DOCTOR_CLASSES = [
    'RenokiCo\PhpK8s\Contracts\TokenProviderInterface',
    'RenokiCo\PhpK8s\Auth\TokenProvider',
    'RenokiCo\PhpK8s\Auth\ExecCredentialProvider',
    'RenokiCo\PhpK8s\Exceptions\AuthenticationException',
];

final class Doctor
{
    public int $failed = 0;
    public int $warnings = 0;

    /** @param resource $out */
    public function __construct(private $out = STDOUT)
    {
    }

    public function line(string $status, string $what, string $fix = ''): void
    {
        if ($status === 'failed') {
            $this->failed++;
        } elseif ($status === 'warning') {
            $this->warnings++;
        }
        $text = sprintf("[%-7s] %s\n", $status, $what);
        if ($fix !== '') {
            $text .= "          → $fix\n";
        }
        fwrite($this->out, $text);
    }

    public function section(string $title): void
    {
        fwrite($this->out, "\n$title\n");
    }

    public function ok(string $what): void
    {
        $this->line('ok', $what);
    }

    public function warn(string $what, string $fix = ''): void
    {
        $this->line('warning', $what, $fix);
    }

    public function fail(string $what, string $fix = ''): void
    {
        $this->line('failed', $what, $fix);
    }
}

/** A token as doctor shows it: never the value. */
function doctor_redact(string $token): string
{
    return $token === '' ? '(none: the plugin answered with a client certificate)' : sprintf('(redacted, %d bytes)', strlen($token));
}

/** One line, no control characters, at most $max characters. */
function doctor_clean(string $s, int $max = 400): string
{
    $s = preg_replace('/[\x00-\x1f\x7f]+/', ' ', $s) ?? '';
    return strlen($s) > $max ? substr($s, 0, $max) . '…' : $s;
}

/** Where a setting's value came from: php.ini (or -d), ini_set(), or the default. */
function doctor_settings(Doctor $d): void
{
    $d->section('Settings');
    $loaded = php_ini_loaded_file() ?: '(no php.ini)';
    $all = ini_get_all('php_k8s_auth') ?: [];
    foreach ($all as $name => $entry) {
        $global = (string) $entry['global_value'];
        $local = (string) $entry['local_value'];
        $from = get_cfg_var($name) !== false ? "php.ini ($loaded or -d)" : 'default';
        if ($local !== $global) {
            $from = "ini_set() (php.ini/default: \"$global\")";
        }
        $d->ok(sprintf('%-34s = %-10s from %s', $name, '"' . doctor_clean($local, 60) . '"', $from));
    }
    if (!ini_get('log_errors')) {
        $d->warn('log_errors is Off: plugin failures are not written to the PHP error log', 'set log_errors = On in php.ini');
    }
    $policy = ini_get('php_k8s_auth.plugin_policy');
    if ($policy === 'AllowAll') {
        $d->warn('php_k8s_auth.plugin_policy = AllowAll: any kubeconfig may start any program in this PHP', 'for apps that load kubeconfigs they do not control, set plugin_policy = Allowlist and plugin_allowlist in php.ini');
    }
}

/** The program a command starts, as the extension resolves it, and the PATH it searched. */
function doctor_resolve(string $command, string $kubeconfigDir): array
{
    if (str_contains($command, '/')) {
        $path = str_starts_with($command, '/') ? $command : $kubeconfigDir . '/' . $command;
        return [$path, null];
    }
    $path = getenv('PATH');
    $searched = $path === false ? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' : $path;
    foreach (explode(':', $searched) as $dir) {
        $candidate = ($dir === '' ? '.' : $dir) . '/' . $command;
        if (is_file($candidate) && is_executable($candidate)) {
            return [$candidate, $path === false ? "PATH unset, system default $searched" : "PATH=$searched"];
        }
    }
    return [null, $path === false ? "PATH unset, system default $searched" : "PATH=$searched"];
}

/** A protected member of the provider, if the extension declares it. */
function doctor_member(object $provider, string $name): mixed
{
    $r = new ReflectionObject($provider);
    if (!$r->hasProperty($name)) {
        return null;
    }
    $p = $r->getProperty($name);
    $p->setAccessible(true);
    return $p->isInitialized($provider) ? $p->getValue($provider) : null;
}

function doctor_policy(Doctor $d, string $command, ?string $resolved): void
{
    $policy = (string) ini_get('php_k8s_auth.plugin_policy');
    // Entries are separated by commas; an entry's first word is the program,
    // the rest the arguments its argv must start with (checked by the run below).
    $list = [];
    foreach (explode(',', (string) ini_get('php_k8s_auth.plugin_allowlist')) as $entry) {
        $words = preg_split('/\s+/', trim($entry), -1, PREG_SPLIT_NO_EMPTY) ?: [];
        if ($words) {
            $list[] = $words[0];
        }
    }
    switch ($policy) {
        case 'AllowAll':
            $d->ok("plugin policy AllowAll: $command may run");
            break;
        case 'DenyAll':
            $d->fail("plugin policy DenyAll: no plugin may run in this PHP", 'ask the administrator to allow it (php_k8s_auth.plugin_policy = Allowlist with plugin_allowlist in php.ini)');
            break;
        case 'Allowlist':
            if (in_array($command, $list, true) || ($resolved !== null && in_array($resolved, $list, true))) {
                $d->ok("plugin policy Allowlist: $command is listed");
            } else {
                $d->fail("plugin policy Allowlist: neither $command nor " . ($resolved ?? 'its path') . ' is in php_k8s_auth.plugin_allowlist', "add \"$command\" to php_k8s_auth.plugin_allowlist in php.ini");
            }
            break;
        default:
            $d->fail("plugin policy \"$policy\" is not valid, so every plugin is refused", 'set php_k8s_auth.plugin_policy to AllowAll, DenyAll or Allowlist');
    }
}

/**
 * The whole report. Returns the exit code: 1 when anything failed.
 *
 * @param list<string> $argv as the script gets it
 * @param resource $out
 */
function doctor_run(array $argv, $out = STDOUT): int
{
    $d = new Doctor($out);
    $args = array_slice($argv, 1);
    $kubeconfig = null;
    $context = null;
    for ($i = 0; $i < count($args); $i++) {
        if ($args[$i] === '--context') {
            $context = $args[++$i] ?? null;
        } elseif (str_starts_with($args[$i], '--context=')) {
            $context = substr($args[$i], 10);
        } else {
            $kubeconfig = $args[$i];
        }
    }

    $d->section('Module');
    if (!extension_loaded('php_k8s_auth')) {
        $d->fail('php_k8s_auth is not loaded in this PHP (' . PHP_BINARY . ', ' . (php_ini_loaded_file() ?: 'no php.ini') . ')', 'add extension=php_k8s_auth.so to php.ini, or run php -d extension=/path/to/php_k8s_auth.so');
        return 1;
    }
    $d->ok(sprintf('php_k8s_auth %s on PHP %s (%s%s)', phpversion('php_k8s_auth'), PHP_VERSION, PHP_SAPI, PHP_ZTS ? ', ZTS' : ''));
    $native = 0;
    foreach (DOCTOR_CLASSES as $class) {
        $exists = class_exists($class, false) || interface_exists($class, false);
        $native += $exists && (new ReflectionClass($class))->isInternal() ? 1 : 0;
    }
    if ($native === count(DOCTOR_CLASSES)) {
        $d->ok('the four PHP K8s auth classes are native (Composer will not load the PHP versions)');
    } elseif (!ini_get('php_k8s_auth.enable')) {
        $d->warn('php_k8s_auth.enable = Off: the module is loaded but registers no classes, so PHP K8s uses its own PHP classes', 'set php_k8s_auth.enable = On in php.ini to use the extension');
        doctor_settings($d);
        return $d->failed ? 1 : 0;
    } else {
        $d->fail("only $native of the four classes are native", 'another extension or an earlier autoload declared them; load php_k8s_auth before any PHP K8s class is used');
        return 1;
    }

    doctor_settings($d);

    $d->section('Kubeconfig');
    if ($kubeconfig === null) {
        $env = getenv('KUBECONFIG');
        $kubeconfig = $env !== false && $env !== '' ? explode(':', $env)[0] : (getenv('HOME') ?: '~') . '/.kube/config';
        $d->ok("kubeconfig $kubeconfig (" . ($env !== false && $env !== '' ? 'first file of KUBECONFIG' : 'default') . ')');
    }
    try {
        $provider = ExecCredentialProvider::fromKubeConfigYamlFile($kubeconfig, $context);
    } catch (Throwable $e) {
        $d->fail('cannot use ' . $kubeconfig . ': ' . doctor_clean($e->getMessage()), 'fix the file or name another one: php doctor.php KUBECONFIG [--context NAME]');
        return 1;
    }
    $cluster = $provider->getClusterInfo();
    $d->ok(sprintf('context %s, server %s', $context ?? '(current-context)', $cluster['server'] ?? '(none)'));
    if (!empty($cluster['insecure-skip-tls-verify'])) {
        $d->warn('insecure-skip-tls-verify is set: the server\'s certificate is not checked', 'put the cluster\'s CA in certificate-authority-data instead');
    } elseif (empty($cluster['certificate-authority-data'])) {
        $d->warn('the cluster has no certificate-authority(-data) here (PHP K8s passes it only with provideClusterInfo, and whoami() needs it)', 'add certificate-authority-data to the cluster');
    }

    $d->section('Plugin');
    $command = doctor_member($provider, 'command');
    if (!is_string($command)) {
        $d->warn('this build does not expose the exec command ($command); the plugin run below still shows what happens');
        $resolved = null;
    } else {
        $argsList = doctor_member($provider, 'args');
        $d->ok('command ' . doctor_clean($command) . (is_array($argsList) && $argsList ? ' with ' . count($argsList) . ' argument(s)' : ''));
        [$resolved, $searched] = doctor_resolve($command, dirname((string) realpath($kubeconfig)));
        if ($resolved === null) {
            $d->fail("$command is not found (searched $searched)", 'install the plugin, or set env[PATH] in the php-fpm pool (clear_env removes PATH), or use an absolute command path');
        } elseif (!is_executable($resolved)) {
            $d->fail("$resolved exists but is not executable (or not found)", "chmod +x $resolved, or fix the command path");
        } else {
            $d->ok("program $resolved" . ($searched !== null ? " (searched $searched)" : ' (resolved against the kubeconfig\'s folder)'));
        }
        doctor_policy($d, $command, $resolved);
    }

    $started = hrtime(true);
    try {
        $provider->refresh();
        $ms = (hrtime(true) - $started) / 1e6;
        $token = $provider->getToken();
        $expires = $provider->getExpiresAt();
        $d->ok(sprintf('plugin ran in %.0f ms: token %s, %s', $ms, doctor_redact($token), $expires ? 'valid until ' . $expires->format(DATE_RFC3339) . ' (in ' . ($expires->getTimestamp() - time()) . ' s)' : 'no expiry (kept for php_k8s_auth.cache_max_age)'));
        if ($expires && $expires->getTimestamp() - time() < 120) {
            $d->warn('the credential expires within 2 minutes: every request may run the plugin', 'check the plugin\'s clock and session length');
        }
    } catch (Throwable $e) {
        $d->fail(sprintf('plugin run failed after %.0f ms: %s', (hrtime(true) - $started) / 1e6, doctor_clean($e->getMessage(), 800)), 'see the message; the php_k8s_auth README\'s Troubleshooting lists the usual causes');
        $token = null;
    }

    $d->section('Cache (this process)');
    $s = ExecCredentialProvider::cacheStats();
    $d->ok(sprintf('%d cached credential(s), %d hit(s), %d miss(es), %d plugin run(s), %d failure(s); every php-fpm worker has its own', $s['entries'], $s['hits'], $s['misses'], $s['plugin_runs'], $s['failures']));
    if (!ini_get('php_k8s_auth.cache')) {
        $d->warn('php_k8s_auth.cache is Off: the plugin runs for every new provider', 'set php_k8s_auth.cache = On');
    }

    $d->section('Cluster');
    if ($token === null) {
        $d->warn('whoami() skipped: no credential');
    } elseif (!method_exists($provider, 'whoami')) {
        $d->warn('whoami() is not available in this build');
    } else {
        try {
            $me = $provider->whoami();
            $d->ok(sprintf('whoami: %s (groups: %s)', $me['username'], implode(', ', $me['groups']) ?: 'none'));
        } catch (Throwable $e) {
            $m = $e->getMessage();
            $rejected = str_contains($m, 'HTTP 401') || str_contains($m, 'HTTP 403');
            $line = 'whoami() failed: ' . doctor_clean($m, 800);
            if ($rejected) {
                $d->fail($line, 'the cluster does not accept this identity: check the kubeconfig context and the cluster\'s access configuration');
            } else {
                $d->warn($line, 'the cluster is not reachable from here, or its CA / tls-server-name do not match; if it is reachable from the app, run doctor there');
            }
        }
    }

    fwrite($out, sprintf("\n%s: %d failed, %d warning(s)\n", $d->failed ? 'FAILED' : 'OK', $d->failed, $d->warnings));
    return $d->failed ? 1 : 0;
}

if (PHP_SAPI === 'cli' && isset($argv[0]) && realpath($argv[0]) === __FILE__) {
    exit(doctor_run($argv));
}
