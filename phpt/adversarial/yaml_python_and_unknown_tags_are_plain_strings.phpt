--TEST--
!!python/… and other unknown tags run nothing: a tagged scalar is a plain string (as in kubectl), a tagged list an ordinary list
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider as P;
$d = test_dir();
$plug = install_plugin("$d/plug");
write_answer($d, token_answer('tagged'));
$yaml = kubeconfig_yaml($plug, V1, "      args: [!!python/object/apply:os.system 'touch $d/pwned', !ruby/object x]\n      env: [{name: PLUGIN_DIR, value: '$d'}]")
    . "\nextra: !!python/object/apply:os.system [\"touch $d/pwned\"]\n";
echo P::fromKubeConfigYaml($yaml)->getToken(), "\n";
echo str_replace($d, "D", json_encode(recorded_argv($d), JSON_UNESCAPED_SLASHES)), "\n";
var_dump(file_exists("$d/pwned"));
?>
--EXPECT--
tagged
["touch D/pwned","x"]
bool(false)
