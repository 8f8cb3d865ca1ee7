--TEST--
ini: php_k8s_auth.log_level = off written unquoted in php.ini (which PHP's parser turns into "") is accepted as off, with no startup warning
--INI--
php_k8s_auth.log_level=off
--FILE--
<?php
var_dump(ini_get('php_k8s_auth.log_level'));
var_dump(ini_set('php_k8s_auth.log_level', 'runs'));
var_dump(ini_set('php_k8s_auth.log_level', ''));
var_dump(ini_set('php_k8s_auth.log_level', 'verbose'));
?>
--EXPECTF--
string(0) ""
string(0) ""
string(4) "runs"

Warning: ini_set(): php_k8s_auth.log_level = "verbose" is not valid: expected off, errors or runs; the value is unchanged in %s on line %d
bool(false)
