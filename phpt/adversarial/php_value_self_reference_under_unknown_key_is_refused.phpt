--TEST--
A self-referencing array ($a[0] = &$a) under an unknown key of the exec array is refused with an AuthenticationException saying where, no crash
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;
$a = [];
$a[0] = &$a;
echo auth_error(fn () => new ExecCredentialProvider(['command' => 'x', 'extra' => ['deep' => $a]])), "\n";
?>
--EXPECT--
Invalid exec credential configuration: $execConfig["extra"]["deep"][0] refers back to an array that contains it (a recursive reference such as $a[0] = &$a); pass plain values
