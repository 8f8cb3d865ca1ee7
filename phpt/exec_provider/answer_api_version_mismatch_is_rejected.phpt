--TEST--
A v1 configuration rejects a v1beta1 answer, naming both versions, as kubectl does
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$p = answering_provider($dir, token_answer('t', null, V1BETA1));
$e = expect_throw(fn() => $p->getToken());
contains_each($e, 'configured to use API version client.authentication.k8s.io/v1', 'client.authentication.k8s.io/v1beta1');
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"configured to use API version client.authentication.k8s.io/v1": yes
"client.authentication.k8s.io/v1beta1": yes
