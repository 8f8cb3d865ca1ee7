--TEST--
A subclass's __debugInfo() decides what var_dump, print_r and debug_zval_dump show, as for PHP K8s's class; (array), var_export and json_encode still hide env values
--FILE--
<?php
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
// A subclass that hides its own secret with __debugInfo(), as a PHP class may.
class Hiding extends ExecCredentialProvider {
    public $clientSecret = 'SUBCLASS-SECRET';
    public function __debugInfo(): array { return ['custom' => 'only this']; }
}
class Nothing extends ExecCredentialProvider {
    public function __debugInfo() { return null; }
}
$p = new Hiding(['command' => 'x', 'env' => [['name' => 'AWS_SECRET_ACCESS_KEY', 'value' => 'ENV-SECRET']]]);
var_dump($p);
print_r($p); echo "\n";
debug_zval_dump($p);
var_dump(new Nothing(['command' => 'x']));
// Other purposes do not call __debugInfo() (as in PHP) and still mask env values.
foreach (['(array)' => (array) $p, 'var_export' => var_export($p, true), 'json_encode' => json_encode($p)] as $how => $shown) {
    $text = is_string($shown) ? $shown : print_r($shown, true);
    echo $how, ': ', str_contains($text, 'ENV-SECRET') ? 'env value shown' : 'env value hidden',
        ', ', str_contains($text, 'SUBCLASS-SECRET') ? 'own property shown' : 'own property hidden', "\n";
}
// Without __debugInfo() the masked table is shown.
class Plain extends ExecCredentialProvider {}
$text = print_r(new Plain(['command' => 'x', 'env' => [['name' => 'A', 'value' => 'ENV-SECRET']]]), true);
echo str_contains($text, 'ENV-SECRET') ? "plain: env value shown\n" : "plain: env value hidden\n";
?>
--EXPECTF--
object(Hiding)#%d (1) {
  ["custom"]=>
  string(9) "only this"
}
Hiding Object
(
    [custom] => only this
)

object(Hiding)#%d (1) refcount(%d){
  ["custom"]=>
  string(9) "only this" %s
}
object(Nothing)#%d (0) {
}
(array): env value hidden, own property shown
var_export: env value hidden, own property shown
json_encode: env value hidden, own property shown
plain: env value hidden
