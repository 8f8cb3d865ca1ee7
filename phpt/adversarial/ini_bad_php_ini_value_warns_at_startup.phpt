--TEST--
A bad php.ini value is reported at startup naming the setting, the value and the accepted range, and the default is used
--INI--
php_k8s_auth.exec_timeout=1e19
php_k8s_auth.max_output_bytes=lots
--FILE--
<?php
var_dump(ini_get('php_k8s_auth.exec_timeout'), ini_get('php_k8s_auth.max_output_bytes'));
?>
--EXPECTF--
%AWarning: PHP Startup: php_k8s_auth.exec_timeout = "1e19" is not valid: expected a number of seconds from 0 to 86400; the default "60" is used in Unknown on line 0
%AWarning: PHP Startup: php_k8s_auth.max_output_bytes = "lots" is not valid: expected a size from 1 to 1G, such as 16M, 512K or 1048576; the default "16M" is used in Unknown on line 0
%Astring(2) "60"
string(3) "16M"
