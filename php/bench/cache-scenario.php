<?php

/**
 * The credential-rotation scenario of issue 14, under a real php-fpm:
 * 4 static workers recycled every 10 requests (pm.max_requests), 4 clients
 * sending requests back to back for 15 s after one first request alone, a plugin that takes 0.3 s and
 * answers tokens valid for 70 s (PHP K8s's 60 s refresh buffer, so a token is
 * usable for 10 s). Each request builds a provider and calls getToken(), as a
 * PHP K8s app does. Reports requests, plugin runs, requests that waited
 * >= 250 ms, and the server-side p50/p99/max of that work.
 *
 *   php -d extension=PATH/libphp_k8s_auth.so php/bench/cache-scenario.php \
 *       [--seconds=15] [--variants=off,on,php-k8s,pure] [--json=FILE]
 *
 * Variants (default: off,on, plus php-k8s when $PHP_K8S_SRC is set):
 *   off, on  - the extension with php_k8s_auth.shared_cache = Off / On (the
 *              host-wide cache of issue 14; a module without that setting
 *              ignores it, so both rows then measure the per-process cache);
 *   php-k8s  - PHP K8s's own ExecCredentialProvider from $PHP_K8S_SRC, in a
 *              php-fpm without the extension (php/bench/common.php loads it);
 *   pure     - Bench\PurePhpExecProvider (php/bench/PurePhpExecProvider.php),
 *              its equivalent, without the extension.
 * `--shared-cache=Off|On|both` is the older spelling of `--variants=off|on|off,on`.
 * --json=FILE writes one JSON line per variant (kind "cache_scenario").
 *
 * php-fpm: $PHP_K8S_AUTH_FPM or Debian's php-fpm8.2 (phpt/fixtures/fpm.inc).
 */

declare(strict_types=1);

require __DIR__ . '/../../phpt/fixtures/lib.inc';

$opts = getopt('', ['seconds:', 'shared-cache:', 'variants:', 'json:']);
$seconds = (float) ($opts['seconds'] ?? 15);
$src = (string) getenv('PHP_K8S_SRC');
if (isset($opts['variants'])) {
    $variants = array_values(array_filter(array_map('trim', explode(',', strtolower($opts['variants'])))));
} else {
    $variants = match (strtolower($opts['shared-cache'] ?? 'both')) {
        'on' => ['on'],
        'off' => ['off'],
        default => $src !== '' ? ['off', 'on', 'php-k8s'] : ['off', 'on'],
    };
}
foreach ($variants as $v) {
    if (!in_array($v, ['off', 'on', 'php-k8s', 'pure'], true)) {
        fwrite(STDERR, "cache-scenario: unknown variant $v (off, on, php-k8s, pure)\n");
        exit(2);
    }
}
if (in_array('php-k8s', $variants, true) && !is_file("$src/src/Auth/ExecCredentialProvider.php")) {
    fwrite(STDERR, "cache-scenario: the php-k8s variant needs PHP_K8S_SRC (a PHP K8s source tree), got '$src'\n");
    exit(2);
}
if (($why = Fpm::unavailable()) !== null) {
    fwrite(STDERR, "cache-scenario: $why\n");
    exit(1);
}

function scenario(string $variant, float $seconds): array
{
    $withExtension = in_array($variant, ['off', 'on'], true);
    $fpm = new Fpm(
        ['pm.max_children' => 4, 'pm.max_requests' => 10],
        $withExtension ? ['php_k8s_auth.shared_cache' => $variant === 'on' ? 'On' : 'Off'] : [],
        [],
        null,
        $withExtension,
    );
    $dir = $fpm->dir;
    $marker = "$dir/runs";
    $plugin = sh_plugin($dir, 'slow-plugin', <<<'SH'
sleep 0.3
echo run >> "$MARKER"
exp=$(date -u -d '+70 seconds' +%Y-%m-%dT%H:%M:%SZ)
printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"tok-%s","expirationTimestamp":"%s"}}\n' "$$" "$exp"
SH);
    $config = var_export([
        'command' => $plugin,
        'apiVersion' => 'client.authentication.k8s.io/v1',
        'interactiveMode' => 'Never',
        'env' => [['name' => 'MARKER', 'value' => $marker]],
    ], true);
    // Without the extension, the provider class is loaded (not timed) as the app's autoloader would.
    $load = match ($variant) {
        'php-k8s' => 'require ' . var_export(__DIR__ . '/common.php', true) . "; \$class = load_impl('lib')[0];",
        'pure' => 'require ' . var_export(__DIR__ . '/PurePhpExecProvider.php', true) . "; \$class = 'Bench\\\\PurePhpExecProvider';",
        default => "\$class = 'RenokiCo\\\\PhpK8s\\\\Auth\\\\ExecCredentialProvider';",
    };
    file_put_contents("$dir/app.php", <<<PHP
<?php
$load
\$t = hrtime(true);
\$p = new \$class($config);
\$ok = strlen(\$p->getToken()) > 0;
echo \$ok ? 'ok ' : 'bad ', hrtime(true) - \$t;
PHP);
    touch($marker);
    chmod($marker, 0666);

    $clients = 4;
    $times = [];
    $bad = 0;
    $end = microtime(true) + $seconds;
    // The very first request comes alone (a deploy's first visitor), then
    // the 4 clients: with no credential anywhere yet, 4 requests arriving
    // together would all wait for the one cold-start run.
    $inflight = [$fpm->start("$dir/app.php")];
    while (proc_get_status($inflight[0]['proc'])['running']) {
        usleep(500);
    }
    while (true) {
        $now = microtime(true);
        while (count($inflight) < $clients && $now < $end) {
            $inflight[] = $fpm->start("$dir/app.php");
        }
        if ($inflight === []) {
            break;
        }
        foreach ($inflight as $i => $r) {
            if (!proc_get_status($r['proc'])['running']) {
                $answer = $fpm->wait($r);
                unset($inflight[$i]);
                [$status, $ns] = explode(' ', trim($answer['body'])) + [1 => '0'];
                if ($status === 'ok') {
                    $times[] = (int) $ns;
                } else {
                    $bad++;
                }
            }
        }
        usleep(500);
    }
    $fpm->stop();
    sort($times);
    $n = count($times);
    $pick = fn (float $q) => $n ? $times[min($n - 1, (int) floor($q * $n))] / 1e6 : 0.0;
    return [
        'kind' => 'cache_scenario',
        'variant' => $variant,
        'provider' => match ($variant) {
            'off' => 'extension, shared_cache = Off',
            'on' => 'extension, shared_cache = On',
            'php-k8s' => 'PHP K8s (pure PHP, PHP_K8S_SRC)',
            'pure' => 'Bench\\PurePhpExecProvider (pure PHP)',
        },
        'seconds' => $seconds,
        'requests' => $n,
        'failed' => $bad,
        'plugin_runs' => runs($marker),
        'waited_250ms' => count(array_filter($times, fn ($t) => $t >= 250e6)),
        'p50_ms' => round($pick(0.5), 3),
        'p99_ms' => round($pick(0.99), 3),
        'max_ms' => round($n ? $times[$n - 1] / 1e6 : 0.0, 3),
    ];
}

$rows = [];
foreach ($variants as $v) {
    fwrite(STDERR, "[cache-scenario] $v, {$seconds} s\n");
    $rows[] = scenario($v, $seconds);
}
$load = trim(explode(' ', (string) @file_get_contents('/proc/loadavg'))[0] ?? '');
printf("Issue 14 scenario, %s, load %s: php-fpm, 4 static workers, pm.max_requests = 10, one first request alone, then 4 clients back to back for %g s,\n"
    . "a 0.3 s plugin answering tokens valid 70 s (60 s refresh buffer); each request: new provider + getToken() (server-side time).\n\n",
    gmdate('Y-m-d H:i \\U\\T\\C'), $load, $seconds);
echo "| provider | requests | failed | plugin runs | waited >= 250 ms | p50 ms | p99 ms | max ms |\n";
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n";
foreach ($rows as $r) {
    printf("| %s | %d | %d | %d | %d | %.3f | %.3f | %.3f |\n", $r['provider'], $r['requests'], $r['failed'],
        $r['plugin_runs'], $r['waited_250ms'], $r['p50_ms'], $r['p99_ms'], $r['max_ms']);
}
if (isset($opts['json'])) {
    file_put_contents($opts['json'], implode("\n", array_map('json_encode', $rows)) . "\n");
}
