--TEST--
fromKubeConfigYaml() reads kubeconfig text (with args and env) and the plugin gets them
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
file_put_contents("$d/plug", <<<'SH'
#!/bin/sh
printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"%s|%s|%s"}}\n' "$1" "$2" "$GREETING"
SH);
chmod("$d/plug", 0755);
$yaml = kubeconfig_yaml("$d/plug", V1, <<<'X'
      args: [first, "second arg"]
      env: [{name: GREETING, value: hello}]
X);
var_dump(ExecCredentialProvider::fromKubeConfigYaml($yaml)->getToken());
?>
--EXPECT--
string(22) "first|second arg|hello"
