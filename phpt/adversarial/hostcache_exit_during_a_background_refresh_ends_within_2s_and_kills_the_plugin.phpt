--TEST--
host cache: a PHP process that ends while its background refresh runs a hung plugin (30 s) exits within the 2 s MSHUTDOWN allows, kills the plugin, and the call that started the refresh got the still-valid token at once
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; if (Fpm::extensionPath() === null) echo 'skip cannot find the loaded module'; ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$marker = "$dir/runs";
$pidfile = "$dir/plugin.pid";
// The first run answers at once (valid for the 10 s buffer + 3 s); later runs hang.
$plugin = sh_plugin($dir, 'plugin', <<<SH
n=\$(cat "$marker" 2>/dev/null | wc -l)
echo run >> "$marker"
if [ "\$n" -ge 1 ]; then
    echo \$\$ > "$pidfile"
    exec sleep 30
fi
printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"tok-1","expirationTimestamp":"%s"}}' "\$(date -u -d '+13 seconds' +%Y-%m-%dT%H:%M:%SZ)"
SH);
$config = var_export(['command' => $plugin, 'interactiveMode' => 'Never'], true);
file_put_contents("$dir/app.php", <<<PHP
<?php
\$p = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider($config);
\$p->setRefreshBuffer(10);
echo 'cold: ', \$p->getToken(), "\\n";
usleep(3500000); // past 80 % of the usable lifetime: the next call refreshes ahead
\$t = hrtime(true);
\$token = \$p->getToken();
printf("refresh started: %s in %s\\n", \$token, (hrtime(true) - \$t) < 100e6 ? 'under 100 ms' : 'TOO LONG');
for (\$i = 0; \$i < 200 && !is_file('$pidfile'); \$i++) {
    usleep(10000);
}
echo is_file('$pidfile') ? "plugin hung in the background\\n" : "NO BACKGROUND RUN\\n";
PHP);
$c = php_child("$dir/app.php", ['php_k8s_auth.shared_cache_dir' => "$dir/cache"]);
$lines = [];
while (($line = fgets($c['out'])) !== false) {
    $lines[] = $line;
    if (str_starts_with($line, 'plugin hung') || str_starts_with($line, 'NO ')) {
        break;
    }
}
$ending = microtime(true);
[$rest, $err, $code] = php_child_wait($c);
$took = microtime(true) - $ending;
echo implode('', $lines), $rest;
echo "exit code $code, stderr: ", $err === '' ? 'empty' : $err, "\n";
echo "exited within 2.5 s of its script's end: ", var_export($took < 2.5, true), $took < 2.5 ? '' : sprintf(' (%.2f s)', $took), "\n";
$pid = (int) @file_get_contents($pidfile);
$deadline = microtime(true) + 2;
while ($pid > 0 && process_state($pid) === 'alive' && microtime(true) < $deadline) {
    usleep(10000);
}
// Killed; reaped by init (a zombie only where PID 1 does not reap).
echo "the hung plugin: ", $pid > 0 ? (process_state($pid) === 'alive' ? 'STILL RUNNING' : 'killed') : 'never ran', "\n";
?>
--EXPECT--
cold: tok-1
refresh started: tok-1 in under 100 ms
plugin hung in the background
exit code 0, stderr: empty
exited within 2.5 s of its script's end: true
the hung plugin: killed
