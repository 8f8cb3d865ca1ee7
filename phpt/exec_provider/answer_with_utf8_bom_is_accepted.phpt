--TEST--
A JSON answer starting with a UTF-8 byte order mark, with surrounding whitespace, is accepted
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$p = answering_provider($dir, "\xEF\xBB\xBF \n\t" . json_encode(token_answer('tok-bom'), JSON_UNESCAPED_SLASHES) . "\n\n\r\n \t");
var_dump($p->getToken());
?>
--EXPECT--
string(7) "tok-bom"
