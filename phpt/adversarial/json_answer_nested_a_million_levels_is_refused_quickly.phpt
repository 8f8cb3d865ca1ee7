--TEST--
A plugin answer of 1 MiB of nested JSON arrays is refused quickly and described, not quoted
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider as P;
$d = test_dir();
$plug = sh_plugin($d, 'p', 'head -c 1048576 /dev/zero | tr "\\\\0" "["');
$t = microtime(true);
$m = auth_error(fn () => (new P(['command' => $plug]))->getToken());
echo 'under 1 s: ', (microtime(true) - $t) < 1.0 ? 'yes' : 'no', "\n";
echo str_contains($m, '[[[[') ? 'quoted' : 'not quoted', "\n";
echo $m, "\n";
?>
--EXPECT--
under 1 s: yes
not quoted
Invalid JSON output from exec credential provider: not JSON: recursion limit exceeded at line 1 column 128. Stdout was 1048576 bytes: what looks like JSON (1 line) (never shown: it may hold the credential; run the plugin by hand to see it)
