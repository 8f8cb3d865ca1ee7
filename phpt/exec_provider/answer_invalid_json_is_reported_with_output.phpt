--TEST--
Output that is not JSON gives "Invalid JSON output from exec credential provider: <reason>. Output: ..."
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$p = answering_provider($dir, '{"apiVersion": "client.authentication.k8s.io/v1", "kind": ');
$e = expect_throw(fn() => $p->getToken());
var_dump(str_starts_with($e->getMessage(), 'Invalid JSON output from exec credential provider: '));
contains_each($e, '. Output: ', 'apiVersion');
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
bool(true)
". Output: ": yes
"apiVersion": yes
