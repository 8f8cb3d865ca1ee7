--TEST--
An answer of kind "Foo" (or "execcredential", kind is case-sensitive) is rejected, naming the kind
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

foreach (['Foo', 'execcredential'] as $kind) {
    $dir = test_dir();
    $p = answering_provider($dir, ['apiVersion' => V1, 'kind' => $kind, 'status' => ['token' => 't']]);
    $e = expect_throw(fn() => $p->getToken());
    contains_each($e, 'Invalid ExecCredential response', 'ExecCredential', "\"$kind\"");
}
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"Invalid ExecCredential response": yes
"ExecCredential": yes
"\"Foo\"": yes
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"Invalid ExecCredential response": yes
"ExecCredential": yes
"\"execcredential\"": yes
