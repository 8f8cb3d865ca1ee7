--TEST--
php_k8s_auth.plugin_policy=Allowlist refuses a command that is not listed: it never starts and the error names the policy and the list
--INI--
php_k8s_auth.plugin_policy=Allowlist
php_k8s_auth.plugin_allowlist=plugin.sh
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
// Same file content under another name: only the name/path counts.
copy(__DIR__ . '/fixtures/plugin.sh', "$d/intruder");
chmod("$d/intruder", 0755);
$config = plugin_config("$d/marker");
$config['command'] = "$d/intruder";
echo auth_error(fn () => (new ExecCredentialProvider($config))->getToken()), "\n";
var_dump(file_exists("$d/marker"));
?>
--EXPECTF--
Exec credential provider refused to run %s/intruder: php_k8s_auth.plugin_policy is Allowlist and "%s/intruder" is none of the programs php_k8s_auth.plugin_allowlist names (plugin.sh; %s); the administrator can add it to php.ini
bool(false)
