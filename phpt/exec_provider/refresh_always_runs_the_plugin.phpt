--TEST--
refresh() runs the plugin every time, even while the held token is valid and the shared cache is on
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$p = answering_provider($dir, token_answer('tok-@RUN@', '2030-01-01T00:00:00Z'));
var_dump($p->getToken());
var_dump($p->refresh());
var_dump($p->getToken(), runs($dir));
$p->refresh();
var_dump($p->getToken(), runs($dir));
?>
--EXPECT--
string(5) "tok-1"
NULL
string(5) "tok-2"
int(2)
string(5) "tok-3"
int(3)
