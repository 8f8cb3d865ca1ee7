--TEST--
A subclass that unsets $this->command gets an AuthenticationException from refresh() naming the property, and no plugin runs
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;
class Sub extends ExecCredentialProvider
{
    public function drop(): void { unset($this->command); }
}
$d = test_dir();
$s = new Sub(['command' => token_plugin("$d/p", 'tok', V1, "$d/ran")]);
$s->drop();
echo auth_error(fn () => $s->refresh()), "\n";
var_dump(file_exists("$d/ran"));
?>
--EXPECT--
Invalid exec credential configuration: $this->command was unset; a subclass must keep every property of RenokiCo\PhpK8s\Auth\ExecCredentialProvider
bool(false)
