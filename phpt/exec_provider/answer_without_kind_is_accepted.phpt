--TEST--
An answer without "kind" is accepted (kubectl accepts it); apiVersion is still required to match
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$p = answering_provider($dir, ['apiVersion' => V1, 'status' => ['token' => 'kindless']]);
var_dump($p->getToken());
?>
--EXPECT--
string(8) "kindless"
