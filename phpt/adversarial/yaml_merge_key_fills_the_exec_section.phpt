--TEST--
A << merge key with an anchored mapping fills the exec section; keys after it override it
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider as P;
$d = test_dir();
$plug = token_plugin("$d/p", 'merged');
$yaml = "x-base: &base {command: /bin/false, apiVersion: client.authentication.k8s.io/v1, interactiveMode: Never}\n"
    . str_replace("      command: \"/bin/true\"\n", "      <<: *base\n      command: \"$plug\"\n", kubeconfig_yaml('/bin/true'));
echo P::fromKubeConfigYaml($yaml)->getToken(), "\n";
?>
--EXPECT--
merged
