--TEST--
Allowlist: the file started is the canonical file that was checked, so the run uses the allowed program even when the command is a symlink the app controls
--INI--
php_k8s_auth.plugin_policy=Allowlist
php_k8s_auth.plugin_allowlist=pk8s-allowed, {PWD}/fixtures/allowed/pk8s-allowed-bash
--ENV--
PATH={PWD}/fixtures/allowed:/usr/bin:/bin
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
symlink(__DIR__ . '/fixtures/allowed/pk8s-allowed', "$d/link");
$p = new ExecCredentialProvider(['command' => "$d/link", 'args' => []]);
echo $p->getToken(), "\n";
// The provider's cache key holds the canonical program: the app's own file
// behind the same link is a different program and is refused.
sh_plugin($d, 'evil', str_replace('tok-ok', 'evil', OK_ANSWER));
unlink("$d/link");
symlink("$d/evil", "$d/link");
echo str_contains(auth_error(fn() => $p->refresh()), 'refused to run') ? "swapped link refused\n" : "swapped link ran: " . $p->getToken() . "\n";
?>
--EXPECT--
allowed-ok
swapped link refused
