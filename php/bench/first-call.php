<?php

/**
 * Workload 8: the first `new ExecCredentialProvider(...)` + `getToken()` of a
 * PHP-FPM request, from a credential the worker already holds in its cache
 * (what every request of a PHP K8s app pays), under a real php-fpm
 * (phpt/fixtures/lib.inc's Fpm). Each request times, with hrtime():
 *   first - `new` + `getToken()`, the first use of the extension in the request
 *           (nothing of the extension runs before it: whether the plugin ran
 *           is read after the timer);
 *   later - the same again in the same request (warm CPU caches, the floor of
 *           what the work itself costs);
 * and, in alternating requests, `first` after the script made a date call of
 * its own (most frameworks do, so PHP's per-request time zone load is paid).
 * Requests in which the plugin ran (a worker's first) are not counted.
 *
 *   php -d extension=PATH/libphp_k8s_auth.so php/bench/first-call.php \
 *       [--plugin=ABSOLUTE PATH] [--requests=400] [--workers=2] [--json]
 *       [--allowlist=ENTRIES] [--compare=OTHER/libphp_k8s_auth.so]
 *
 * --compare runs a second php-fpm with another build of the module, and the
 * requests alternate between the two (one result per build, measured under
 * the same machine load: compare builds this way, not in separate runs).
 *
 * The default plugin is a sh script answering a token valid for an hour.
 * --allowlist runs the pool with plugin_policy = Allowlist and these
 * plugin_allowlist entries ("{plugin}" stands for the plugin's path).
 * --json prints one JSON line (for php/bench/run), else a Markdown table.
 */

declare(strict_types=1);

require __DIR__ . '/common.php';
require __DIR__ . '/../../phpt/fixtures/lib.inc';

$o = bench_args($argv);
$requests = max(10, (int) ($o['requests'] ?? 400));
$workers = max(1, (int) ($o['workers'] ?? 2));
if (($why = Fpm::unavailable()) !== null) {
    bench_fail("first-call: {$why}");
}

$dir = test_dir(0755);
$plugin = $o['plugin'] ?? sh_plugin($dir, 'plugin', <<<'SH'
exp=$(date -u -d '+1 hour' +%Y-%m-%dT%H:%M:%SZ)
printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"bench-token","expirationTimestamp":"%s"}}\n' "$exp"
SH);
$ini = [];
if (isset($o['allowlist'])) {
    $ini = ['php_k8s_auth.plugin_policy' => 'Allowlist',
        'php_k8s_auth.plugin_allowlist' => str_replace('{plugin}', $plugin, $o['allowlist'])];
}
$builds = ['this' => true];
if (isset($o['compare'])) {
    $builds['compare'] = realpath($o['compare']) ?: bench_fail("first-call: no file {$o['compare']}");
}
$fpms = [];
foreach ($builds as $build => $extension) {
    mkdir("{$dir}/{$build}", 0755);
    $fpms[$build] = new Fpm(['pm.max_children' => $workers], $ini, [], "{$dir}/{$build}", $extension);
}
$config = var_export([
    'command' => $plugin,
    'args' => [],
    'apiVersion' => 'client.authentication.k8s.io/v1',
    'interactiveMode' => 'Never',
], true);
file_put_contents("{$dir}/app.php", <<<PHP
<?php
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
\$config = {$config};
if ((\$_GET['date'] ?? '') === '1') {
    \$now = new DateTimeImmutable();
}
\$t0 = hrtime(true);
\$p = new ExecCredentialProvider(\$config);
\$t1 = hrtime(true);
\$token = \$p->getToken();
\$t2 = hrtime(true);
\$q = new ExecCredentialProvider(\$config);
\$q->getToken();
\$t3 = hrtime(true);
// Nothing of the extension runs before \$t0: the run count is read after the
// timer and compared with what this worker's previous request left.
\$runsFile = __DIR__ . '/runs-' . getmypid();
\$runs = ExecCredentialProvider::cacheStats()['plugin_runs'];
\$ran = \$runs !== (int) @file_get_contents(\$runsFile);
file_put_contents(\$runsFile, (string) \$runs);
echo json_encode(['ok' => \$token !== '' && \$p->getExpiresAt() !== null, 'ran' => \$ran,
    'new' => \$t1 - \$t0, 'get' => \$t2 - \$t1, 'later' => \$t3 - \$t2]);
PHP);

$samples = array_fill_keys(array_keys($builds), ['plain' => [], 'date' => []]);
$skipped = 0;
$bad = 0;
for ($i = 0; $i < $requests + 4 * $workers; $i++) {
    $variant = $i % 2 ? 'date' : 'plain';
    foreach ($fpms as $build => $fpm) {
        $r = $fpm->request("{$dir}/app.php", ['date' => $variant === 'date' ? '1' : '0']);
        $a = json_decode(trim($r['body']), true);
        if (!is_array($a) || !$a['ok']) {
            if (++$bad === 1) {
                fwrite(STDERR, "first-call: the app answered: {$r['body']}\n" . $fpm->log());
            }
            continue;
        }
        // The workers' first requests (plugin run, cold opcache) are warm-up.
        if ($a['ran'] || $i < 4 * $workers) {
            $skipped++;
            continue;
        }
        $samples[$build][$variant][] = $a;
    }
}
foreach ($fpms as $fpm) {
    $fpm->stop();
}
foreach ($samples as $s) {
    if ($bad > 0 || !$s['plain'] || !$s['date']) {
        bench_fail("first-call: {$bad} bad answers");
    }
}

$us = static fn (array $rows, callable $f, float $q): float => round(percentile(array_map($f, $rows), $q) / 1e3, 1);
$first = static fn (array $a): int => $a['new'] + $a['get'];
$load = (float) explode(' ', (string) file_get_contents('/proc/loadavg'))[0];
$results = [];
foreach ($samples as $build => $s) {
    $results[$build] = [
        'kind' => 'first_call',
        'policy' => $ini['php_k8s_auth.plugin_allowlist'] ?? 'AllowAll',
        'requests' => count($s['plain']) + count($s['date']),
        'skipped' => $skipped,
        'workers' => $workers,
        'load' => $load,
        'first_p50_us' => $us($s['plain'], $first, 0.5),
        'first_p90_us' => $us($s['plain'], $first, 0.9),
        'new_p50_us' => $us($s['plain'], static fn ($a) => $a['new'], 0.5),
        'get_token_p50_us' => $us($s['plain'], static fn ($a) => $a['get'], 0.5),
        'later_p50_us' => $us($s['plain'], static fn ($a) => $a['later'], 0.5),
        'first_after_date_p50_us' => $us($s['date'], $first, 0.5),
    ];
}
if (isset($builds['compare'])) {
    $results['this']['module'] = Fpm::extensionPath();
    $results['compare']['module'] = $builds['compare'];
}
$result = $results['this'];
if (isset($o['json'])) {
    foreach ($results as $r) {
        echo json_encode($r), "\n";
    }
    exit(0);
}
printf("%s, load %.2f, %d workers, %d requests (+%d warm-up), p50 in µs:\n\n", gmdate('Y-m-d H:i'), $result['load'],
    $workers, $result['requests'], $skipped);
echo "| build | first new + getToken() (p90) | of which new | of which getToken() | the same after a date call | later in the request |\n";
echo "| --- | --- | --- | --- | --- | --- |\n";
foreach ($results as $build => $r) {
    printf("| %s | %.1f (%.1f) | %.1f | %.1f | %.1f | %.1f |\n", $r['module'] ?? $build, $r['first_p50_us'], $r['first_p90_us'],
        $r['new_p50_us'], $r['get_token_p50_us'], $r['first_after_date_p50_us'], $r['later_p50_us']);
}
