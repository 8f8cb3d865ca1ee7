--TEST--
Allowlist: a kubeconfig env entry PATH (which would pick the tools an allowed script runs) is refused
--INI--
php_k8s_auth.plugin_policy=Allowlist
php_k8s_auth.plugin_allowlist=pk8s-allowed, {PWD}/fixtures/allowed/pk8s-allowed-bash
--ENV--
PATH={PWD}/fixtures/allowed:/usr/bin:/bin
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
echo auth_error(fn() => (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => 'pk8s-allowed', 'env' => [['name' => 'PATH', 'value' => '/tmp']]]))->getToken()), "\n";
?>
--EXPECT--
Exec credential provider refused to run pk8s-allowed: the exec configuration's env entry "PATH" sets the search path of the programs the plugin runs, which can make the plugin run other code; php_k8s_auth.plugin_policy is Allowlist, which always refuses these. Remove the entry from the kubeconfig
