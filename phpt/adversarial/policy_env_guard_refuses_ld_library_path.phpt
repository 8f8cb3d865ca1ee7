--TEST--
AllowAll with the default plugin_env_guard=On: a kubeconfig env entry LD_LIBRARY_PATH is refused, naming it and the setting, and the plugin never starts
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$plug = sh_plugin($d, 'p', "touch '$d/ran'\n" . OK_ANSWER);
$yaml = kubeconfig_yaml($plug, V1, "      env:\n      - {name: AWS_PROFILE, value: tenant}\n      - {name: 'LD_LIBRARY_PATH', value: 'x'}");
echo str_replace($plug, '<plugin>', auth_error(fn() => RenokiCo\PhpK8s\Auth\ExecCredentialProvider::fromKubeConfigYaml($yaml)->getToken())), "\n";
var_dump(file_exists("$d/ran"));
?>
--EXPECT--
Exec credential provider refused to run <plugin>: the exec configuration's env entry "LD_LIBRARY_PATH" sets the dynamic loader's behaviour, which can make the plugin run other code; refused while php_k8s_auth.plugin_env_guard is On (php.ini). Remove the entry from the kubeconfig
bool(false)
