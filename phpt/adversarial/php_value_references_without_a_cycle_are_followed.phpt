--TEST--
References that form no cycle (the same array twice, a reference to a string) are read as their values
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;
$d = test_dir();
$plug = token_plugin("$d/p", 'tok-ref');
$cmd = $plug;
$shared = ['a'];
$p = new ExecCredentialProvider(['command' => &$cmd, 'args' => $shared, 'extra' => [$shared, &$shared]]);
echo $p->getToken(), "\n";
?>
--EXPECT--
tok-ref
