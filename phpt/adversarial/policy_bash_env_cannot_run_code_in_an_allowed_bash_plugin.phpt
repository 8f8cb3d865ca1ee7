--TEST--
Allowlist: a kubeconfig env entry BASH_ENV=<file> for an allowed bash plugin is refused before anything runs (it would run the file inside the plugin)
--INI--
php_k8s_auth.plugin_policy=Allowlist
php_k8s_auth.plugin_allowlist=pk8s-allowed, {PWD}/fixtures/allowed/pk8s-allowed-bash
--ENV--
PATH={PWD}/fixtures/allowed:/usr/bin:/bin
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
file_put_contents("$d/payload", "touch '$d/pwned'\n");
$yaml = kubeconfig_yaml(__DIR__ . '/fixtures/allowed/pk8s-allowed-bash', V1, "      env:\n      - {name: BASH_ENV, value: '$d/payload'}");
echo auth_error(fn() => RenokiCo\PhpK8s\Auth\ExecCredentialProvider::fromKubeConfigYaml($yaml)->getToken()), "\n";
var_dump(file_exists("$d/pwned"));
?>
--EXPECTF--
Exec credential provider refused to run %s/fixtures/allowed/pk8s-allowed-bash: the exec configuration's env entry "BASH_ENV" sets a shell's start-up code, which can make the plugin run other code; php_k8s_auth.plugin_policy is Allowlist, which always refuses these. Remove the entry from the kubeconfig
bool(false)
