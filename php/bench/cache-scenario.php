<?php

/**
 * The credential-rotation scenario of issue 14, under a real php-fpm:
 * 4 static workers recycled every 10 requests (pm.max_requests), 4 clients
 * sending requests back to back for 15 s, a plugin that takes 0.3 s and
 * answers tokens valid for 70 s (PHP K8s's 60 s refresh buffer, so a token is
 * usable for 10 s). Each request builds a provider and calls getToken(), as a
 * PHP K8s app does. Reports requests, plugin runs, requests that waited
 * >= 250 ms, and the server-side p50/p99/max of that work.
 *
 *   php -d extension=PATH/libphp_k8s_auth.so php/bench/cache-scenario.php \
 *       [--seconds=15] [--shared-cache=Off|On|both] [--json=FILE]
 *
 * php-fpm: $PHP_K8S_AUTH_FPM or Debian's php-fpm8.2 (phpt/fixtures/fpm.inc).
 * `--shared-cache` sets php_k8s_auth.shared_cache (the host-wide cache of
 * issue 14); a module without that setting ignores it, so both rows then
 * measure the per-process cache.
 */

declare(strict_types=1);

require __DIR__ . '/../../phpt/fixtures/lib.inc';

$opts = getopt('', ['seconds:', 'shared-cache:', 'json:']);
$seconds = (float) ($opts['seconds'] ?? 15);
$variants = match (strtolower($opts['shared-cache'] ?? 'both')) {
    'on' => ['On'],
    'off' => ['Off'],
    default => ['Off', 'On'],
};
if (($why = Fpm::unavailable()) !== null) {
    fwrite(STDERR, "cache-scenario: $why\n");
    exit(1);
}

function scenario(string $shared, float $seconds): array
{
    $fpm = new Fpm(
        ['pm.max_children' => 4, 'pm.max_requests' => 10],
        ['php_k8s_auth.shared_cache' => $shared],
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
    file_put_contents("$dir/app.php", <<<PHP
<?php
\$t = hrtime(true);
\$p = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider($config);
\$ok = strlen(\$p->getToken()) > 0;
echo \$ok ? 'ok ' : 'bad ', hrtime(true) - \$t;
PHP);
    touch($marker);
    chmod($marker, 0666);

    $clients = 4;
    $times = [];
    $bad = 0;
    $inflight = [];
    $end = microtime(true) + $seconds;
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
        'shared_cache' => $shared,
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
    fwrite(STDERR, "[cache-scenario] shared_cache=$v, {$seconds} s\n");
    $rows[] = scenario($v, $seconds);
}
echo "| shared_cache | requests | failed | plugin runs | waited >= 250 ms | p50 ms | p99 ms | max ms |\n";
echo "| --- | --- | --- | --- | --- | --- | --- | --- |\n";
foreach ($rows as $r) {
    printf("| %s | %d | %d | %d | %d | %.3f | %.3f | %.3f |\n", $r['shared_cache'], $r['requests'], $r['failed'],
        $r['plugin_runs'], $r['waited_250ms'], $r['p50_ms'], $r['p99_ms'], $r['max_ms']);
}
if (isset($opts['json'])) {
    file_put_contents($opts['json'], implode("\n", array_map('json_encode', $rows)) . "\n");
}
