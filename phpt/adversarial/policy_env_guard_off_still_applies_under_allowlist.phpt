--TEST--
Allowlist with php_k8s_auth.plugin_env_guard=0: LD_PRELOAD in env is still refused (the switch only relaxes AllowAll)
--INI--
php_k8s_auth.plugin_policy=Allowlist
php_k8s_auth.plugin_allowlist=pk8s-allowed
php_k8s_auth.plugin_env_guard=0
--ENV--
PATH={PWD}/fixtures/allowed:/usr/bin:/bin
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
echo auth_error(fn() => (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => 'pk8s-allowed', 'env' => [['name' => 'LD_PRELOAD', 'value' => '/tmp/x.so']]]))->getToken()), "\n";
?>
--EXPECT--
Exec credential provider refused to run pk8s-allowed: the exec configuration's env entry "LD_PRELOAD" sets the dynamic loader's behaviour, which can make the plugin run other code; php_k8s_auth.plugin_policy is Allowlist, which always refuses these. Remove the entry from the kubeconfig
