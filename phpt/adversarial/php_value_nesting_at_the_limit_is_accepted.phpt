--TEST--
An exec array nested 511 levels deep under an unknown key is accepted (the limit is 512)
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;
$deep = 'leaf';
for ($i = 0; $i < 510; $i++) {
    $deep = [$deep];
}
$p = new ExecCredentialProvider(['command' => 'x', 'extra' => $deep]);
echo get_class($p), "\n";
echo substr(auth_error(fn () => new ExecCredentialProvider(['command' => 'x', 'extra' => [$deep, [$deep]]])), 0, 40), "\n";
?>
--EXPECT--
RenokiCo\PhpK8s\Auth\ExecCredentialProvider
Invalid exec credential configuration: $
