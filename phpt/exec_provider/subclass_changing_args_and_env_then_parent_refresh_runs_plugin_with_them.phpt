--TEST--
A subclass overriding refresh() that changes $this->args and $this->env before parent::refresh() runs the plugin with the changed values
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;
class Tenant extends ExecCredentialProvider
{
    public function refresh(): void
    {
        $this->args[] = '--profile=b';
        $this->env['TENANT'] = 'b';
        parent::refresh();
    }
}
$d = test_dir();
$plug = sh_plugin($d, 'p', 'printf \'{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"tok-%s-%s"}}\' "$TENANT" "$*"');
$p = new Tenant(['command' => $plug, 'args' => ['--x'], 'env' => [['name' => 'TENANT', 'value' => 'a']]]);
echo $p->getToken(), "\n";
?>
--EXPECT--
tok-b---x --profile=b
