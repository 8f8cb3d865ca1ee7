--TEST--
php_k8s_auth.max_credential_age = 1: a credential valid for an hour is fetched again after 1 s, by the provider holding it and by new ones
--INI--
php_k8s_auth.max_credential_age=1
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
$config = plugin_config("$d/marker", ['EXPIRES_IN' => 3600]);
$held = new ExecCredentialProvider($config);
echo $held->getToken(), ' ', (new ExecCredentialProvider($config))->getToken(), "\n";
usleep(1100000);
echo $held->getToken(), ' ', (new ExecCredentialProvider($config))->getToken(), "\n";
var_dump($held->isExpired()); // PHP K8s's meaning: the expiry is an hour away
echo "plugin runs: ", runs("$d/marker"), "\n";
?>
--EXPECT--
tok-1 tok-1
tok-2 tok-2
bool(false)
plugin runs: 2
