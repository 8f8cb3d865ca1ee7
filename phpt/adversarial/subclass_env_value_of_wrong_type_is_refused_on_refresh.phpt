--TEST--
A subclass that puts a non-string value into $this->env gets the constructor's validation error from refresh()
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;
class Sub extends ExecCredentialProvider
{
    public function refresh(): void { $this->env['N'] = ['not', 'a', 'string']; parent::refresh(); }
}
$s = new Sub(['command' => 'x']);
echo auth_error(fn () => $s->getToken()), "\n";
?>
--EXPECTF--
Invalid exec credential configuration: %s
