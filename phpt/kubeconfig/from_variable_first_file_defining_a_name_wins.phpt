--TEST--
fromKubeConfigVariable() merges the KUBECONFIG list: for a cluster, user or context defined in two files, the first file's entry wins whole
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
token_plugin("$d/one/plug", 'from-first-file', V1, "$d/one.marker");
token_plugin("$d/two/plug", 'from-second-file', V1, "$d/two.marker");
file_put_contents("$d/one/config", <<<YAML
current-context: ctx
clusters:
- {name: k, cluster: {server: https://first.example}}
contexts:
- {name: ctx, context: {cluster: k, user: u}}
users:
- {name: u, user: {exec: {apiVersion: client.authentication.k8s.io/v1, interactiveMode: Never, command: $d/one/plug}}}
YAML);
file_put_contents("$d/two/config", <<<YAML
current-context: ctx
clusters:
- {name: k, cluster: {server: https://second.example, tls-server-name: second, proxy-url: http://127.0.0.1:2}}
contexts:
- {name: ctx, context: {cluster: k2, user: u2}}
users:
- {name: u, user: {exec: {apiVersion: client.authentication.k8s.io/v1, interactiveMode: Never, command: $d/two/plug}}}
YAML);
putenv("KUBECONFIG=$d/one/config:$d/two/config");
$p = ExecCredentialProvider::fromKubeConfigVariable();
$info = $p->getClusterInfo();
var_dump($info['server'], $info['tls-server-name'], $info['proxy-url']);
var_dump($p->getToken(), runs("$d/one.marker"), runs("$d/two.marker"));
// The other order: the second file's entries now win.
putenv("KUBECONFIG=$d/two/config:$d/one/config");
echo auth_error(fn () => ExecCredentialProvider::fromKubeConfigVariable()), "\n";
?>
--EXPECTF--
string(21) "https://first.example"
NULL
NULL
string(15) "from-first-file"
int(1)
int(0)
Invalid kubeconfig: user "u2" (named by context "ctx") was not found in %s/two/config, %s/one/config; available users: "u"
