--TEST--
apiVersion client.authentication.k8s.io/v1alpha1 is rejected, naming the field, the value and the supported versions
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$e = expect_throw(fn() => new ExecCredentialProvider(['command' => 'aws', 'apiVersion' => 'client.authentication.k8s.io/v1alpha1']));
contains_each($e, '"apiVersion"', '"client.authentication.k8s.io/v1alpha1"', 'client.authentication.k8s.io/v1beta1');
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"\"apiVersion\"": yes
"\"client.authentication.k8s.io/v1alpha1\"": yes
"client.authentication.k8s.io/v1beta1": yes
