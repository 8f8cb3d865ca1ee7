--TEST--
A static kubeconfig constructor on a subclass with a protected constructor works, as new static in the parent allows
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;
function kc(string $command): string {
    return "apiVersion: v1\nkind: Config\ncurrent-context: c\ncontexts: [{name: c, context: {cluster: k, user: u}}]\n"
        . "clusters: [{name: k, cluster: {server: 'https://127.0.0.1:1'}}]\n"
        . "users: [{name: u, user: {exec: {command: $command, apiVersion: client.authentication.k8s.io/v1}}}]\n";
}
class Prot extends ExecCredentialProvider
{
    protected function __construct(array $c) { echo "constructor ran\n"; parent::__construct($c); }
}
echo get_class(Prot::fromKubeConfigYaml(kc('/bin/true'))), "\n";
?>
--EXPECT--
constructor ran
Prot
