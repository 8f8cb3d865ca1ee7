<?php

/**
 * Turns the run's JSON lines into the Markdown table (stdout and a file) and
 * the JSON results file.
 *
 *   php -d extension=... report.php RESULTS.jsonl OUT.json OUT.md
 */

declare(strict_types=1);

require __DIR__ . '/common.php';

[, $in, $outJson, $outMd] = $argv + [null, null, null, null];
if (!$in || !$outJson || !$outMd) {
    bench_fail('usage: report.php RESULTS.jsonl OUT.json OUT.md');
}
$records = [];
foreach (file($in, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $i => $line) {
    $r = json_decode($line, true);
    if (!is_array($r)) {
        bench_fail("line " . ($i + 1) . " of {$in} is not JSON: {$line}");
    }
    $records[] = $r;
}
$of = static fn (string $kind, array $where = []): array => array_values(array_filter(
    $records,
    static function (array $r) use ($kind, $where): bool {
        if (($r['kind'] ?? null) !== $kind) {
            return false;
        }
        foreach ($where as $k => $v) {
            if (($r[$k] ?? null) !== $v) {
                return false;
            }
        }

        return true;
    }
));

// ---- formatting -------------------------------------------------------------
function ns(float $x): string
{
    return $x >= 10000 ? sprintf('%.1f µs', $x / 1000) : sprintf($x >= 100 ? '%.0f ns' : '%.1f ns', $x);
}

function us(float $x): string
{
    return $x >= 10000 ? sprintf('%.2f ms', $x / 1000) : sprintf('%.0f µs', $x);
}

function ratio(float $a, float $b): float
{
    return $b == 0.0 ? NAN : $a / $b;
}

function fmt_ratio(float $r): string
{
    if (is_nan($r)) {
        return '—';
    }

    return sprintf($r >= 100 ? '%.0f×' : ($r >= 10 ? '%.1f×' : ($r >= 0.1 ? '%.2f×' : '%.2g×')), $r);
}

$rows = [];
/**
 * @param ?callable(float):bool $meets goal test on the ratio (or on the value
 *        when $on === 'value'); null: no goal.
 */
$row = static function (string $what, float $ext, string $extS, float $floor, string $floorS, string $goal = '—', ?callable $meets = null, string $on = 'ratio', ?float $r = null) use (&$rows): void {
    $r ??= ratio($ext, $floor);
    $met = $meets === null ? '—' : (($meets($on === 'ratio' ? $r : $ext)) ? 'yes' : '**no**');
    $rows[] = [
        'what' => $what, 'extension' => $extS, 'floor' => $floorS, 'ratio' => fmt_ratio($r),
        'goal' => $goal, 'met' => $met,
        'values' => ['extension' => $ext, 'floor' => $floor, 'ratio' => is_nan($r) ? null : $r],
    ];
};

// ---- 1 and 3 ------------------------------------------------------------------
$micro = $of('micro', ['impl' => 'ext'])[0] ?? bench_fail('no results of micro.php');
$h = $micro['held'];
$loop = $h['loop']['median_ns'];
$fl = $h['floor']['median_ns'];
$rows[] = [
    'what' => '1 · bare `for` loop iteration (included on both sides of the next three rows)',
    'extension' => ns($loop), 'floor' => ns($loop), 'ratio' => '—', 'goal' => '—', 'met' => '—',
    'values' => ['extension' => $loop, 'floor' => $loop, 'ratio' => null],
];
foreach (['getToken' => 'getToken()', 'isExpired' => 'isExpired()', 'getExpiresAt' => 'getExpiresAt()'] as $k => $label) {
    $v = $h[$k]['median_ns'];
    $row("1 · {$label} on a held token, per call", $v, ns($v), $fl, ns($fl) . ' (empty PHP method call)', '≤ 3×', static fn ($r) => $r <= 3.0, 'ratio', $h[$k]['ratio_to_floor']);
}

// ---- 2 ------------------------------------------------------------------------
$spawn = [];
foreach (['tiny-plugin' => 'tiny C plugin', 'python-plugin.py' => 'Python plugin'] as $plugin => $label) {
    $e = array_column($of('spawn', ['impl' => 'ext', 'plugin' => $plugin]), 'median_us');
    $fs = array_map(static fn ($r) => $r['data']['median_us'], $of('spawn_floor', ['plugin' => $plugin]));
    if (!$e || count($e) !== count($fs)) {
        bench_fail("no spawn results for {$plugin}");
    }
    // Floor and provider alternate round by round: the ratio is taken per round.
    $paired = median(array_map(static fn ($a, $b) => $a / $b, $e, $fs));
    $spawn[$plugin] = ['ext_us' => median($e), 'floor_us' => median($fs), 'ratio' => $paired, 'ext_rounds_us' => $e, 'floor_rounds_us' => $fs];
    $row(
        "2 · first getToken(), {$label} (cache=0: new + getToken(), median of " . count($e) . ' rounds)',
        median($e),
        us(median($e)),
        median($fs),
        us(median($fs)) . ' (posix_spawn + read + waitpid, C)',
        '≤ 1.3×',
        static fn ($r) => $r <= 1.3,
        'ratio',
        $paired,
    );
}

$f = $micro['fresh'];
$row(
    "3 · plugin runs for {$f['providers']} fresh providers, one configuration (counted by the plugin)",
    (float) $f['plugin_runs_counted'],
    $f['plugin_runs_counted'] . ($f['plugin_runs_reported'] === $f['plugin_runs_counted'] ? '' : " (cacheStats: {$f['plugin_runs_reported']})"),
    1.0,
    '1 (= processes)',
    '= 1',
    static fn ($v) => $v == 1.0,
    'value',
);
$row(
    '3 · time per fresh provider (new + getToken(), cache hit)',
    $f['warm_ns_per_provider'],
    ns($f['warm_ns_per_provider']),
    $f['floor_ns_per_provider'],
    ns($f['floor_ns_per_provider']) . ' (new PHP object + empty call)',
    '—',
    null,
    'ratio',
    $f['warm_ratio_to_floor'],
);
$row(
    "3 · same, first round incl. its one plugin run (÷ {$f['providers']})",
    $f['cold_ns_per_provider'],
    ns($f['cold_ns_per_provider']),
    $f['floor_ns_per_provider'],
    ns($f['floor_ns_per_provider']) . ' (same floor)',
);

// ---- 4 ------------------------------------------------------------------------
$fpm = [];
foreach ($of('fpm') as $r) {
    $r['rps'] = $r['requests'] / $r['seconds'];
    $fpm["{$r['fpm']}/{$r['plugin']}"] = $r;
}
foreach (['tiny' => 'tiny C plugin', 'python' => 'Python plugin'] as $p => $label) {
    $e = $fpm["ext/{$p}"] ?? bench_fail("no FPM results for ext/{$p}");
    $u = $fpm["pure/{$p}"] ?? bench_fail("no FPM results for pure/{$p}");
    $floor = $fpm['ext/empty'];
    $bad = $e['bad'] + $u['bad'] ? sprintf(' — %d bad answers!', $e['bad'] + $u['bad']) : '';
    $row(
        "4 · PHP-FPM (2 static workers), {$label}: plugin runs in {$e['requests']} sequential requests{$bad}",
        (float) $e['plugin_runs'],
        (string) $e['plugin_runs'],
        (float) $u['plugin_runs'],
        "{$u['plugin_runs']} (pure PHP, no extension)",
        '≤ 2 (workers)',
        static fn ($v) => $v <= 2.0,
        'value',
    );
    $row(
        "4 · PHP-FPM, {$label}: requests/s, extension vs pure-PHP provider",
        $e['rps'],
        sprintf('%.0f req/s', $e['rps']),
        $u['rps'],
        sprintf('%.0f req/s (Bench\\PurePhpExecProvider)', $u['rps']),
        '— (higher is better)',
    );
    $row(
        "4 · PHP-FPM, {$label}: requests/s, extension vs empty script",
        $e['rps'],
        sprintf('%.0f req/s', $e['rps']),
        $floor['rps'],
        sprintf('%.0f req/s (`echo "ok"`, same FPM)', $floor['rps']),
        '— (1× is free)',
    );
}

// ---- 8 (runs after 4) -------------------------------------------------------------
$first = $of('first_call')[0] ?? bench_fail('no results of first-call.php');
$row(
    "8 · PHP-FPM: first new + getToken() of a request, cache hit (p50 of {$first['requests']} requests, p90 {$first['first_p90_us']} µs)",
    $first['first_p50_us'],
    sprintf('%.1f µs', $first['first_p50_us']),
    $first['later_p50_us'],
    sprintf('%.1f µs (the same again, later in the request)', $first['later_p50_us']),
    '≤ 60 µs',
    static fn ($v) => $v <= 60.0,
    'value',
);
$row(
    '8 · same, in a request that made a date call before (PHP loads its time zone once per request)',
    $first['first_after_date_p50_us'],
    sprintf('%.1f µs', $first['first_after_date_p50_us']),
    $first['later_p50_us'],
    sprintf('%.1f µs (same floor)', $first['later_p50_us']),
);

// ---- 5 ------------------------------------------------------------------------
$notes = [];
$lib = $of('micro', ['impl' => 'lib'])[0] ?? null;
foreach ($of('skip') as $s) {
    $notes[] = "Workload {$s['workload']} (PHP K8s library) skipped: {$s['why']}.";
}
if ($lib) {
    $lh = $lib['held'];
    $notes[] = "Workload 5 measured {$lib['impl_note']} in a separate PHP process without the extension.";
    foreach (['getToken' => 'getToken()', 'isExpired' => 'isExpired()', 'getExpiresAt' => 'getExpiresAt()'] as $k => $label) {
        $v = $h[$k]['median_ns'];
        $w = $lh[$k]['median_ns'];
        $row(
            "5 · {$label} on a held token: extension vs PHP K8s (its own floor ratio: " . fmt_ratio(ratio($w, $lh['floor']['median_ns'])) . ')',
            $v,
            ns($v),
            $w,
            ns($w) . ' (PHP K8s)',
        );
    }
    $ls = array_column($of('spawn', ['impl' => 'lib']), 'median_us');
    $row(
        '5 · first getToken(), tiny C plugin: extension vs PHP K8s (its ratio to the spawn floor: ' . fmt_ratio(ratio(median($ls), $spawn['tiny-plugin']['floor_us'])) . ')',
        $spawn['tiny-plugin']['ext_us'],
        us($spawn['tiny-plugin']['ext_us']),
        median($ls),
        us(median($ls)) . ' (PHP K8s)',
    );
    $lf = $lib['fresh'];
    $row(
        "5 · plugin runs for {$lf['providers']} fresh providers: extension ({$f['providers']}) vs PHP K8s",
        (float) $f['plugin_runs_counted'],
        (string) $f['plugin_runs_counted'],
        (float) $lf['plugin_runs_counted'],
        $lf['plugin_runs_counted'] . ' (PHP K8s)',
    );
    $row(
        '5 · time per fresh provider: extension (cache hit) vs PHP K8s (runs the plugin)',
        $f['warm_ns_per_provider'],
        ns($f['warm_ns_per_provider']),
        $lf['warm_ns_per_provider'],
        ns($lf['warm_ns_per_provider']) . ' (PHP K8s)',
    );
}

// ---- 6 ------------------------------------------------------------------------
$without = array_column(array_filter($of('rss'), static fn ($r) => !$r['ext']), 'rss_kib');
$with = array_column(array_filter($of('rss'), static fn ($r) => $r['ext']), 'rss_kib');
$rw = median($with);
$ro = median($without);
$row(
    '6 · resident memory of `php -r` with the module loaded (its cost: the difference)',
    $rw,
    sprintf('%.0f KiB (+%.0f KiB)', $rw, $rw - $ro),
    $ro,
    sprintf('%.0f KiB (without)', $ro),
);
$fill = $of('fill')[0] ?? bench_fail('no fill result');
$row(
    "6 · resident memory per cached credential ({$fill['entries']} distinct configurations)",
    $fill['bytes_per_entry'],
    sprintf('%.0f B', $fill['bytes_per_entry']),
    (float) $fill['raw_bytes_per_entry'],
    sprintf('%d B (plugin output + config as JSON)', $fill['raw_bytes_per_entry']),
);

// ---- header and output -----------------------------------------------------------
$cpu = 'unknown CPU';
if (preg_match('/^model name\s*:\s*(.+)$/m', (string) @file_get_contents('/proc/cpuinfo'), $m)) {
    $cpu = trim($m[1]);
}
$nproc = (int) trim((string) shell_exec('nproc 2>/dev/null')) ?: 0;
$load = trim(explode(' ', (string) @file_get_contents('/proc/loadavg'))[0] ?? '');
$meta = [
    'date' => gmdate('Y-m-d\TH:i:s\Z'),
    'mode' => getenv('BENCH_MODE') ?: 'full',
    'nproc' => $nproc,
    'cpu' => $cpu,
    'loadavg_1m_at_end' => $load,
    'php' => PHP_VERSION,
    'extension' => 'php_k8s_auth ' . phpversion('php_k8s_auth'),
    'module' => getenv('BENCH_MODULE') ?: null,
    'git' => getenv('BENCH_GIT') ?: null,
];
$md = sprintf(
    "%s · %s run · %d × %s (load %s) · PHP %s · %s (git %s)\n\n",
    $meta['date'], $meta['mode'], $nproc, $cpu, $load, PHP_VERSION, $meta['extension'], $meta['git'] ?? '?'
);
$md .= "| what | extension | floor (or PHP version) | ratio | goal | met? |\n|---|---:|---|---:|---|---|\n";
foreach ($rows as $r) {
    $md .= sprintf("| %s | %s | %s | %s | %s | %s |\n", $r['what'], $r['extension'], $r['floor'], $r['ratio'], $r['goal'], $r['met']);
}
$md .= "\nTimes are medians over repeated rounds; every floor was measured in the same run, alternating with the measured code. "
    . "Ratio = extension ÷ floor; for the timings of workloads 1-3 it is the median of the per-round ratios (drift between rounds cancels), "
    . "so it can differ a little from the quotient of the two medians shown. PHP-FPM: the two pools run side by side and take the requests "
    . "in alternating blocks of 10; req/s = requests ÷ the summed time of their blocks (each request is one cgi-fcgi process).\n";
foreach ($notes as $n) {
    $md .= "\n{$n}\n";
}
echo $md;
file_put_contents($outMd, $md);
file_put_contents($outJson, json_encode([
    'meta' => $meta,
    'rows' => $rows,
    'notes' => $notes,
    'summary' => [
        'held' => $h,
        'held_without_loop_ns' => array_map(static fn ($x) => $x['median_ns'] - $loop, $h),
        'fresh' => $f,
        'spawn' => $spawn,
        'fpm' => $fpm,
        'rss_kib' => ['with' => $with, 'without' => $without],
        'fill' => $fill,
        'lib' => $lib,
        'first_call' => $first,
    ],
    'records' => $records,
], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION) . "\n");
fwrite(STDERR, "[bench] wrote {$outMd} and {$outJson}\n");
