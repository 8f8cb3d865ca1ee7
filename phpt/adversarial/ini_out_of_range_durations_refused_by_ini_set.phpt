--TEST--
ini_set() refuses out-of-range durations and sizes (1e19, 1e30, -1, NAN, 1e-10 that would round to no limit, 0 bytes, 2G): it returns false, warns, and the old value stays
--FILE--
<?php
foreach ([
    ['php_k8s_auth.exec_timeout', '1e19'],
    ['php_k8s_auth.cache_max_age', '1e30'],
    ['php_k8s_auth.failure_backoff_max', '1e30'],
    ['php_k8s_auth.failure_backoff', '-1'],
    ['php_k8s_auth.exec_timeout', 'NAN'],
    ['php_k8s_auth.exec_timeout', '1e-10'],
    ['php_k8s_auth.max_credential_age', '1e-10'],
    ['php_k8s_auth.max_output_bytes', '0'],
    ['php_k8s_auth.max_output_bytes', '2G'],
    ['php_k8s_auth.cache', 'maybe'],
] as [$name, $value]) {
    $before = ini_get($name);
    $r = @ini_set($name, $value);
    echo $name, ' = ', $value, ': ', var_export($r, true), ', still ', ini_get($name) === $before ? 'old' : 'CHANGED', "\n";
}
var_dump(ini_set('php_k8s_auth.exec_timeout', '1e19'));
var_dump(ini_set('php_k8s_auth.exec_timeout', '1e-10'));
var_dump(ini_set('php_k8s_auth.exec_timeout', '86400'), ini_get('php_k8s_auth.exec_timeout'));
?>
--EXPECTF--
php_k8s_auth.exec_timeout = 1e19: false, still old
php_k8s_auth.cache_max_age = 1e30: false, still old
php_k8s_auth.failure_backoff_max = 1e30: false, still old
php_k8s_auth.failure_backoff = -1: false, still old
php_k8s_auth.exec_timeout = NAN: false, still old
php_k8s_auth.exec_timeout = 1e-10: false, still old
php_k8s_auth.max_credential_age = 1e-10: false, still old
php_k8s_auth.max_output_bytes = 0: false, still old
php_k8s_auth.max_output_bytes = 2G: false, still old
php_k8s_auth.cache = maybe: false, still old

Warning: ini_set(): php_k8s_auth.exec_timeout = "1e19" is not valid: expected a number of seconds from 0 to 86400; the value is unchanged in %s on line %d
bool(false)

Warning: ini_set(): php_k8s_auth.exec_timeout = "1e-10" is not valid: expected 0 or a number of seconds from 0.000000001 (one nanosecond) to 86400; the value is unchanged in %s on line %d
bool(false)
string(2) "60"
string(5) "86400"
