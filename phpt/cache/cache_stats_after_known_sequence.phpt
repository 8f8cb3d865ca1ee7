--TEST--
cacheStats() counts entries, hits, misses, plugin runs, failures and throttled calls of a known sequence
--INI--
php_k8s_auth.failure_backoff=60
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
$before = ExecCredentialProvider::cacheStats();
var_dump($before['entries'], $before['plugin_runs']);
(new ExecCredentialProvider(plugin_config("$d/ok")))->getToken();           // miss, run
(new ExecCredentialProvider(plugin_config("$d/ok")))->getToken();           // hit
(new ExecCredentialProvider(plugin_config("$d/ok")))->getToken();           // hit
(new ExecCredentialProvider(plugin_config("$d/other")))->getToken();        // miss, run
$fail = plugin_config("$d/fail", ['FAIL' => 1]);
auth_error(fn () => (new ExecCredentialProvider($fail))->getToken());       // miss, run, failure
auth_error(fn () => (new ExecCredentialProvider($fail))->getToken());       // throttled
auth_error(fn () => (new ExecCredentialProvider($fail))->getToken());       // throttled
$s = ExecCredentialProvider::cacheStats();
foreach (['entries', 'hits', 'misses', 'plugin_runs', 'failures', 'throttled'] as $k) {
    echo "$k: ", var_export($s[$k], true), "\n";
}
var_dump(is_float($s['last_run_ms']) && $s['last_run_ms'] > 0);
var_dump(runs("$d/ok") + runs("$d/other") + runs("$d/fail"));
?>
--EXPECT--
int(0)
int(0)
entries: 2
hits: 2
misses: 3
plugin_runs: 3
failures: 1
throttled: 2
bool(true)
int(3)
