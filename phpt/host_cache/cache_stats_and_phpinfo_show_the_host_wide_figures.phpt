--TEST--
host cache: cacheStats() keeps its keys and adds 'host' (state, reason, path, entries, plugin_runs, failures, background_refreshes, waited, in that order and of those types), and phpinfo() shows the host-wide rows after this process's
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; if (Fpm::extensionPath() === null) echo 'skip cannot find the loaded module'; ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$marker = "$dir/runs";
$ok = var_export(plugin_config($marker), true);
$failing = var_export(plugin_config($marker, ['FAIL' => 1]), true);
file_put_contents("$dir/app.php", <<<PHP
<?php
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
(new ExecCredentialProvider($ok))->getToken();
try {
    (new ExecCredentialProvider($failing))->getToken();
} catch (Throwable \$e) {
}
\$stats = ExecCredentialProvider::cacheStats();
echo implode(',', array_keys(\$stats)), "\\n";
foreach (\$stats['host'] ?? [] as \$k => \$v) {
    echo "\$k (", get_debug_type(\$v), "): ", var_export(\$v, true), "\\n";
}
ob_start();
(new ReflectionExtension('php_k8s_auth'))->info();
echo ob_get_clean();
PHP);
[$out, $err, $code] = php_child_wait(php_child("$dir/app.php", ['php_k8s_auth.shared_cache_dir' => "$dir/cache", 'log_errors' => 0]));
echo str_replace($dir, 'DIR', $out), "exit code $code\n";
?>
--EXPECTF--
entries,hits,misses,plugin_runs,failures,throttled,last_run_ms,host
state (string): 'on'
reason (null): NULL
path (string): 'DIR/cache/php-k8s-auth-credentials.v1'
entries (int): 1
plugin_runs (int): 2
failures (int): 1
background_refreshes (int): 0
waited (int): 2

php_k8s_auth

php_k8s_auth support => enabled
version => %s
native classes => registered
cached credentials (this process) => 1
cache hits => 0
cache misses => 2
plugin runs => 2
plugin failures => 1
runs skipped after a failure => 0
last plugin run => %f ms
host-wide cache => on (DIR/cache/php-k8s-auth-credentials.v1)
cached credentials (host) => 1
plugin runs (host) => 2
plugin failures (host) => 1
background refreshes (host) => 0
calls that waited for a plugin (host) => 2

Directive => Local Value => Master Value
%A
exit code 0
