--TEST--
A plugin printing an endless token-like stream past max_output_bytes=1K is killed; the message names the limit and shows none of the output
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
ini_set('php_k8s_auth.max_output_bytes', '1K');
$d = test_dir();
$plug = sh_plugin($d, 'p', "echo \$\$ > '$d/pid'\nwhile :; do printf 'SEKRIT-flood-'; done");
$m = auth_error(fn() => (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $plug]))->getToken());
echo str_replace($plug, '<plugin>', $m), "\n";
var_dump(str_contains($m, 'SEKRIT'));
echo 'plugin: ', process_state((int) file_get_contents("$d/pid")), "\n";
?>
--EXPECT--
Exec credential provider failed: <plugin> printed more than 1024 bytes on stdout and was killed; an ExecCredential is a small JSON object (raise php_k8s_auth.max_output_bytes if it really carries a large certificate bundle)
bool(false)
plugin: gone
