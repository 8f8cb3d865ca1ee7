--TEST--
provideClusterInfo 'yes' is rejected, naming the field and the value
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$e = expect_throw(fn() => new ExecCredentialProvider(['command' => 'aws', 'provideClusterInfo' => 'yes']));
contains_each($e, '"provideClusterInfo"', '"yes"');
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"\"provideClusterInfo\"": yes
"\"yes\"": yes
