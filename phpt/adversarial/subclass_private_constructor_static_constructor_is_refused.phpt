--TEST--
A static kubeconfig constructor on a subclass with a private constructor throws the Error new static gives, without calling it
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
class Priv extends ExecCredentialProvider
{
    private function __construct(array $c) { echo "constructor ran\n"; parent::__construct($c); }
}
try {
    Priv::fromKubeConfigYaml(kc('/bin/true'));
    echo "no exception\n";
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
Error: Call to private Priv::__construct() from scope RenokiCo\PhpK8s\Auth\ExecCredentialProvider
