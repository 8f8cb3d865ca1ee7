--TEST--
refresh() runs a failing plugin again even inside the failure backoff window, and a success then clears the cached failure
--INI--
php_k8s_auth.failure_backoff=60
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
$flag = "$d/fail-flag";
// The plugin fails while $flag exists: a wrapper decides per run.
file_put_contents("$d/wrap.sh", "#!/bin/sh\nif [ -e '$flag' ]; then export FAIL=1; fi\nexec '" . __DIR__ . "/fixtures/plugin.sh'\n");
chmod("$d/wrap.sh", 0755);
touch($flag);
$config = ['command' => "$d/wrap.sh", 'env' => [['name' => 'MARKER', 'value' => "$d/marker"]]];
$p = new ExecCredentialProvider($config);
echo auth_error(fn () => $p->getToken()), "\n";
echo auth_error(fn () => $p->getToken()), "\n";
var_dump(runs("$d/marker"));
echo auth_error(fn () => $p->refresh()), "\n";
var_dump(runs("$d/marker"));
unlink($flag);
$p->refresh();
var_dump(runs("$d/marker"), $p->getToken());
var_dump((new ExecCredentialProvider($config))->getToken(), runs("$d/marker"));
?>
--EXPECTF--
Exec credential provider failed: %Splugin failure number 1%S
Exec credential provider failed: %Splugin failure number 1%S[php_k8s_auth: this failure is cached%s
int(1)
Exec credential provider failed: %Splugin failure number 2%S
int(2)
int(3)
string(5) "tok-3"
string(5) "tok-3"
int(3)
