--TEST--
The constructor fills the protected properties as PHP K8s does: env as name => value, defaults for missing keys
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;
class Peek extends ExecCredentialProvider
{
    public function props(): array
    {
        return [$this->command, $this->args, $this->env, $this->apiVersion, $this->installHint, $this->provideClusterInfo, $this->clusterInfo];
    }
}
var_export((new Peek(['command' => 'aws', 'args' => ['eks', 'get-token'], 'env' => [['name' => 'A', 'value' => '1'], ['name' => 'B', 'value' => '2']], 'installHint' => 'install aws', 'provideClusterInfo' => true]))->props());
echo "\n";
var_export((new Peek(['command' => 'x']))->props());
echo "\n";
?>
--EXPECT--
array (
  0 => 'aws',
  1 => 
  array (
    0 => 'eks',
    1 => 'get-token',
  ),
  2 => 
  array (
    'A' => '1',
    'B' => '2',
  ),
  3 => 'client.authentication.k8s.io/v1',
  4 => 'install aws',
  5 => true,
  6 => NULL,
)
array (
  0 => 'x',
  1 => 
  array (
  ),
  2 => 
  array (
  ),
  3 => 'client.authentication.k8s.io/v1',
  4 => NULL,
  5 => false,
  6 => NULL,
)
