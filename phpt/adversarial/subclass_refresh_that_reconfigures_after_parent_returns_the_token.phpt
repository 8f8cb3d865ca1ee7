--TEST--
A subclass whose refresh() calls parent::refresh() and then re-configures ($this->__construct(), setClusterInfo()) gets the token just stored from getToken(), as with PHP K8s's class (not an internal TypeError)
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
write_answer($d, token_answer('tok-2'));
class Reconstructs extends ExecCredentialProvider
{
    public array $config = [];
    public function refresh(): void
    {
        parent::refresh();
        $this->__construct($this->config);
    }
}
class ResetsCluster extends ExecCredentialProvider
{
    public function refresh(): void
    {
        parent::refresh();
        $this->setClusterInfo(['server' => 'https://127.0.0.1:2']);
    }
}
$a = new Reconstructs(plugin_exec($d));
$a->config = plugin_exec($d);
echo get_class($a), ': ', $a->getToken(), "\n";
$b = new ResetsCluster(plugin_exec($d, ['provideClusterInfo' => true]));
$b->setClusterInfo(['server' => 'https://127.0.0.1:1']);
echo get_class($b), ': ', $b->getToken(), "\n";
?>
--EXPECT--
Reconstructs: tok-2
ResetsCluster: tok-2
