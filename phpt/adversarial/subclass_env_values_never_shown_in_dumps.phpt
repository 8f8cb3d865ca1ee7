--TEST--
Env values stay out of var_dump, print_r, var_export, (array), json_encode, debug_zval_dump and traces, while a subclass reads them
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;
class Sub extends ExecCredentialProvider
{
    public function value(): string { return $this->env['AWS_SECRET']; }
    public function fail(): void { throw new RuntimeException('x'); }
}
$s = new Sub(['command' => 'x', 'env' => [['name' => 'AWS_SECRET', 'value' => 'SEKRIT-env-1']]]);
ob_start();
var_dump($s);
print_r($s);
var_export($s);
var_dump((array) $s);
echo json_encode($s);
debug_zval_dump($s);
var_dump(get_object_vars($s));
try { $s->fail(); } catch (Exception $e) { echo $e; }
$out = ob_get_clean();
var_dump(str_contains($out, 'SEKRIT'), str_contains($out, 'AWS_SECRET'));
echo $s->value(), "\n";
?>
--EXPECT--
bool(false)
bool(true)
SEKRIT-env-1
