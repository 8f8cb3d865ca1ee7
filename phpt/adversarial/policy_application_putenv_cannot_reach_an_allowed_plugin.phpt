--TEST--
Allowlist: the application's putenv() of guarded variables (BASH_ENV, PATH with a planted bash, HTTPS_PROXY) does not reach an allowed plugin, which inherits their start-up values; ordinary variables still follow putenv()
--INI--
php_k8s_auth.plugin_policy=Allowlist
php_k8s_auth.plugin_allowlist=pk8s-allowed, {PWD}/fixtures/allowed/pk8s-allowed-bash, /usr/bin/env
--ENV--
PATH={PWD}/fixtures/allowed:/usr/bin:/bin
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$d = test_dir();
file_put_contents("$d/payload", "touch '$d/pwned-bash-env'\n");
mkdir("$d/evil-bin");
sh_plugin("$d/evil-bin", 'bash', "touch '$d/pwned-path'\nexec /bin/bash \"\$@\"");

putenv("BASH_ENV=$d/payload");
putenv("PATH=$d/evil-bin:/usr/bin:/bin");
putenv('HTTPS_PROXY=http://127.0.0.1:9');
putenv('PK8S_TENANT=tenant-a');

// A bash plugin: BASH_ENV set by the application does not run.
$bash = ['command' => __DIR__ . '/fixtures/allowed/pk8s-allowed-bash', 'interactiveMode' => 'Never'];
echo (new ExecCredentialProvider($bash))->getToken(), "\n";
var_dump(file_exists("$d/pwned-bash-env"));

// `env bash -c …` looks bash up on the plugin's PATH: the start-up one, not the planted folder.
$print = 'printf "{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"%s|%s|%s\"}}" "${HTTPS_PROXY:-none}" "$PK8S_TENANT" "${BASH_ENV:-none}"';
$env = ['command' => '/usr/bin/env', 'args' => ['bash', '-c', $print], 'interactiveMode' => 'Never'];
echo (new ExecCredentialProvider($env))->getToken(), "\n";
var_dump(file_exists("$d/pwned-path"));

// Ordinary variables follow the application: another tenant, another run.
putenv('PK8S_TENANT=tenant-b');
echo (new ExecCredentialProvider($env))->getToken(), "\n";
?>
--EXPECT--
allowed-ok
bool(false)
none|tenant-a|none
bool(false)
none|tenant-b|none
