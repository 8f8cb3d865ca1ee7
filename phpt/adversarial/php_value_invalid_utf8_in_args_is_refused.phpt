--TEST--
Invalid UTF-8 in an argument of the exec array is refused, naming where
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;
echo auth_error(fn () => new ExecCredentialProvider(['command' => 'x', 'args' => ["ok", "\xff\xfe"]])), "\n";
?>
--EXPECT--
Invalid exec credential configuration: $execConfig["args"][1] is not valid UTF-8
