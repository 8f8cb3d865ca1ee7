--TEST--
A token valid beyond the refresh buffer (or without expiry) is returned again without running the plugin
--INI--
php_k8s_auth.cache=0
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$p = answering_provider($dir, token_answer('tok-@RUN@', gmdate('Y-m-d\TH:i:s\Z', time() + 3600)));
var_dump($p->getToken(), $p->getToken(), $p->getToken(), runs($dir));

$dir = test_dir();
$q = answering_provider($dir, token_answer('forever-@RUN@'));
var_dump($q->getToken(), $q->getToken(), runs($dir));
?>
--EXPECT--
string(5) "tok-1"
string(5) "tok-1"
string(5) "tok-1"
int(1)
string(9) "forever-1"
string(9) "forever-1"
int(1)
