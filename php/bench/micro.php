<?php

/**
 * Workloads 1 and 3, in one process:
 *  1. calls on a provider that holds its token (getToken, isExpired,
 *     getExpiresAt) against the floor, an empty PHP method call, in loops of
 *     the same shape; the bare loop is measured too;
 *  3. --fresh new providers with one configuration: plugin runs (by the
 *     counter file the plugin appends to) and time per provider, against the
 *     floor `new` of a PHP object holding the array + an empty method call.
 *
 *   php [-d extension=...] micro.php --impl=ext|pure|lib --plugin=PATH --counter=FILE
 *       [--n=200000] [--rounds=15] [--fresh=1000] [--fresh-rounds=9]
 */

declare(strict_types=1);

require __DIR__ . '/common.php';

final class E
{
    public function f()
    {
    }
}

final class F
{
    public array $c;

    public function __construct(array $c)
    {
        $this->c = $c;
    }

    public function f()
    {
    }
}

// One function per measured call, all of the same shape.
function loop_empty($x, int $n): int
{
    $t = hrtime(true);
    for ($i = 0; $i < $n; $i++) {
    }

    return hrtime(true) - $t;
}

function loop_floor($x, int $n): int
{
    $t = hrtime(true);
    for ($i = 0; $i < $n; $i++) {
        $x->f();
    }

    return hrtime(true) - $t;
}

function loop_get_token($x, int $n): int
{
    $t = hrtime(true);
    for ($i = 0; $i < $n; $i++) {
        $x->getToken();
    }

    return hrtime(true) - $t;
}

function loop_is_expired($x, int $n): int
{
    $t = hrtime(true);
    for ($i = 0; $i < $n; $i++) {
        $x->isExpired();
    }

    return hrtime(true) - $t;
}

function loop_get_expires_at($x, int $n): int
{
    $t = hrtime(true);
    for ($i = 0; $i < $n; $i++) {
        $x->getExpiresAt();
    }

    return hrtime(true) - $t;
}

function fresh_floor(array $cfg, int $n): int
{
    $t = hrtime(true);
    for ($i = 0; $i < $n; $i++) {
        $p = new F($cfg);
        $p->f();
    }

    return hrtime(true) - $t;
}

function fresh_providers(string $class, array $cfg, int $n): int
{
    $t = hrtime(true);
    for ($i = 0; $i < $n; $i++) {
        $p = new $class($cfg);
        $p->getToken();
    }

    return hrtime(true) - $t;
}

$o = bench_args($argv);
$impl = $o['impl'] ?? 'ext';
[$class, $note] = load_impl($impl);
$plugin = $o['plugin'] ?? bench_fail('--plugin=PATH missing');
$counter = $o['counter'] ?? bench_fail('--counter=FILE missing');
$n = (int) ($o['n'] ?? 200000);
$rounds = (int) ($o['rounds'] ?? 15);
$fresh = (int) ($o['fresh'] ?? 1000);
$freshRounds = (int) ($o['fresh-rounds'] ?? 9);
$ext = $impl === 'ext';
if ($ext && ini_get('php_k8s_auth.cache') !== '1') {
    bench_fail('php_k8s_auth.cache must be 1 for these workloads');
}

// ---- 1: held token ------------------------------------------------------
$p = new $class(exec_config($plugin));
$token = $p->getToken();
if ($token === '' || $p->getExpiresAt() === null || $p->isExpired()) {
    bench_fail('the plugin gave no token with a future expiry');
}
$e = new E();
$loops = [
    'loop' => ['loop_empty', null],
    'floor' => ['loop_floor', $e],
    'getToken' => ['loop_get_token', $p],
    'isExpired' => ['loop_is_expired', $p],
    'getExpiresAt' => ['loop_get_expires_at', $p],
];
foreach ($loops as [$f, $x]) {
    $f($x, intdiv($n, 10)); // warm-up
}
$ns = array_fill_keys(array_keys($loops), []);
for ($r = 0; $r < $rounds; $r++) {
    foreach ($loops as $k => [$f, $x]) {
        $ns[$k][] = $f($x, $n) / $n;
    }
}
$held = [];
foreach ($ns as $k => $xs) {
    // Ratio to the floor of the same round, so that drift between rounds cancels.
    $paired = array_map(static fn ($a, $b) => $a / $b, $xs, $ns['floor']);
    $held[$k] = ['median_ns' => median($xs), 'min_ns' => min($xs), 'max_ns' => max($xs), 'ratio_to_floor' => median($paired)];
}

// ---- 3: fresh providers, one configuration ------------------------------
$cfg = exec_config($plugin, [$counter]);
if ($ext) {
    $class::clearCache();
    $stats0 = $class::cacheStats();
}
$c0 = counter_lines($counter);
$coldNs = fresh_providers($class, $cfg, $fresh);
$runs = counter_lines($counter) - $c0;
$extRuns = $ext ? $class::cacheStats()['plugin_runs'] - $stats0['plugin_runs'] : null;
$warm = [];
$floor = [];
$paired = [];
// Without a shared cache every provider runs the plugin: a few rounds are enough.
$wr = $ext ? $freshRounds : min($freshRounds, 2);
for ($r = 0; $r < $wr; $r++) {
    $floor[] = fresh_floor($cfg, $fresh) / $fresh;
    $warm[] = fresh_providers($class, $cfg, $fresh) / $fresh;
    $paired[] = end($warm) / end($floor);
}

emit([
    'kind' => 'micro',
    'impl' => $impl,
    'impl_note' => $note,
    'n' => $n,
    'rounds' => $rounds,
    'held' => $held,
    'fresh' => [
        'providers' => $fresh,
        'plugin_runs_counted' => $runs,
        'plugin_runs_reported' => $extRuns,
        'cold_ns_per_provider' => $coldNs / $fresh,
        'warm_ns_per_provider' => median($warm),
        'floor_ns_per_provider' => median($floor),
        'warm_ratio_to_floor' => median($paired),
        'rounds' => $wr,
    ],
]);
