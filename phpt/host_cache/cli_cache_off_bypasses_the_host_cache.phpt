--TEST--
host cache: php_k8s_auth.cache = Off bypasses the host-wide cache too: every new provider in every process runs the plugin, and nothing is stored in the host file
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; if (Fpm::extensionPath() === null) echo 'skip cannot find the loaded module'; ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$marker = "$dir/runs";
$config = var_export(plugin_config($marker), true);
file_put_contents("$dir/app.php", <<<PHP
<?php
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
\$a = (new ExecCredentialProvider($config))->getToken();
\$b = (new ExecCredentialProvider($config))->getToken();
\$host = ExecCredentialProvider::cacheStats()['host'] ?? null;
echo "\$a \$b host entries: ", \$host['entries'] ?? 'NONE', "\\n";
PHP);
foreach ([1, 2] as $n) {
    [$out, $err, $code] = php_child_wait(php_child("$dir/app.php", ['php_k8s_auth.cache' => 'Off', 'php_k8s_auth.shared_cache_dir' => "$dir/cache"]));
    echo "process $n: ", trim($out . $err), "\n";
}
echo "plugin runs: ", runs($marker), "\n";
?>
--EXPECT--
process 1: tok-1 tok-2 host entries: 0
process 2: tok-3 tok-4 host entries: 0
plugin runs: 4
