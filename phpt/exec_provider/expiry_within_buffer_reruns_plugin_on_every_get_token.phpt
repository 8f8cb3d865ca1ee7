--TEST--
A token expiring within the 60 s refresh buffer makes every getToken() run the plugin again
--INI--
php_k8s_auth.cache=0
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$expires = gmdate('Y-m-d\TH:i:s\Z', time() + 30);
$p = answering_provider($dir, token_answer('tok-@RUN@', $expires));
var_dump($p->getToken(), $p->isExpired());
var_dump($p->getToken(), $p->getToken());
var_dump(runs($dir));
?>
--EXPECT--
string(5) "tok-1"
bool(true)
string(5) "tok-2"
string(5) "tok-3"
int(3)
