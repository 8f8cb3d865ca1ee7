--TEST--
host cache: php-fpm workers that exit after every request (pm.max_requests = 1) still land the background refresh they started (a 1 s plugin, within the 2 s an exiting process gives it): the token rotates with one run per rotation, not one per worker, and no request after the first waits
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; Fpm::skipIf(); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir(0755);
$marker = "$dir/runs";
// The first run answers at once; every refresh takes 1 s.
$plugin = sh_plugin($dir, 'plugin', <<<'SH'
n=$(cat "$MARKER" 2>/dev/null | wc -l)
echo run >> "$MARKER"
[ "$n" -ge 1 ] && sleep 1
printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"tok-%s","expirationTimestamp":"%s"}}' "$((n+1))" "$(date -u -d '+13 seconds' +%Y-%m-%dT%H:%M:%SZ)"
SH);
host_token_app("$dir/app.php", ['command' => $plugin, 'interactiveMode' => 'Never', 'env' => [['name' => 'MARKER', 'value' => $marker]]], 10);
$fpm = new Fpm(['pm.max_children' => 2, 'pm.max_requests' => 1], [], [], $dir);
$answers = [];
$end = microtime(true) + 8;
while (microtime(true) < $end) {
    $answers[] = host_answer($fpm->request("$dir/app.php"));
    usleep(150000);
}
usleep(1500000); // a refresh started by the last request lands
$last = host_answer($fpm->request("$dir/app.php"));
$fpm->stop();
$errors = array_filter(array_column($answers, 'error'));
echo "errors: ", $errors ? implode("\n", array_unique($errors)) : 'none', "\n";
echo "worker processes: one per request: ", var_export(count(array_unique(array_column($answers, 'pid'))) === count($answers), true), "\n";
$tokens = array_values(array_unique(array_column($answers, 'token')));
echo "tokens in order: ", implode(' ', $tokens) === implode(' ', array_map(fn ($i) => "tok-$i", range(1, count($tokens)))) ? 'tok-1, tok-2, …' : implode(' ', $tokens), "\n";
echo "the token rotated at least twice: ", var_export(count($tokens) >= 3, true), "\n";
$slow = array_filter(array_slice($answers, 1), fn ($a) => $a['ms'] >= 250);
echo "requests after the first that took >= 250 ms: ", count($slow), "\n";
$h = $last['host'] ?? [];
// One more run may have started during the last request (counted when it ends).
$ok = in_array(runs($marker) - ($h['background_refreshes'] ?? -9), [1, 2], true);
echo "plugin runs = 1 + background refreshes (none repeated by the next worker): ", var_export($ok, true),
    $ok ? '' : ' (' . runs($marker) . ' runs, ' . ($h['background_refreshes'] ?? 'NONE') . ' background)', "\n";
echo "only the cold start waited: ", var_export(($h['waited'] ?? -1) === 1, true), "\n";
?>
--EXPECT--
errors: none
worker processes: one per request: true
tokens in order: tok-1, tok-2, …
the token rotated at least twice: true
requests after the first that took >= 250 ms: 0
plugin runs = 1 + background refreshes (none repeated by the next worker): true
only the cold start waited: true
