--TEST--
Output that is not JSON gives "Invalid JSON output from exec credential provider: <reason>. Stdout was <shape> ..." without quoting it
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$p = answering_provider($dir, '{"apiVersion": "client.authentication.k8s.io/v1", "kind": ');
$e = expect_throw(fn() => $p->getToken());
var_dump(str_starts_with($e->getMessage(), 'Invalid JSON output from exec credential provider: '));
contains_each($e, 'the JSON ends early at line 1 column 58', '. Stdout was 58 bytes: what looks like JSON (1 line)', 'never shown');
var_dump(str_contains($e->getMessage(), 'apiVersion'));
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
bool(true)
"the JSON ends early at line 1 column 58": yes
". Stdout was 58 bytes: what looks like JSON (1 line)": yes
"never shown": yes
bool(false)
