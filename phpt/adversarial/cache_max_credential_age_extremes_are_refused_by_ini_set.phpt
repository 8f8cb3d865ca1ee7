--TEST--
cache: php_k8s_auth.max_credential_age refuses negative, non-numeric, NaN and over-30-day values in ini_set() (false, value unchanged, a warning naming the range) and accepts 0 (off) and fractions
--FILE--
<?php
foreach (['-1', 'soon', 'NAN', '1e30', '2592001', '0.5', '0', '2592000'] as $v) {
    $r = @ini_set('php_k8s_auth.max_credential_age', $v);
    echo str_pad($v, 8), ' ', var_export($r, true), ' -> ', ini_get('php_k8s_auth.max_credential_age'), "\n";
}
ini_set('php_k8s_auth.max_credential_age', '1e30');
?>
--EXPECTF--
-1       false -> 0
soon     false -> 0
NAN      false -> 0
1e30     false -> 0
2592001  false -> 0
0.5      '0' -> 0.5
0        '0.5' -> 0
2592000  '0' -> 2592000

Warning: ini_set(): php_k8s_auth.max_credential_age = "1e30" is not valid: expected a number of seconds from 0 to 2592000; the value is unchanged in %s on line %d
