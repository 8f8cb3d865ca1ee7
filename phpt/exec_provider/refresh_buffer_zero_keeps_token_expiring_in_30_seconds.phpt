--TEST--
With setRefreshBuffer(0), a token expiring 30 s ahead is not expired and getToken() does not run the plugin again
--INI--
php_k8s_auth.cache=0
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$p = answering_provider($dir, token_answer('tok-@RUN@', gmdate('Y-m-d\TH:i:s\Z', time() + 30)));
$p->setRefreshBuffer(0);
var_dump($p->getToken(), $p->isExpired(), $p->getToken(), runs($dir));
$p->setRefreshBuffer(60);
var_dump($p->isExpired());
?>
--EXPECT--
string(5) "tok-1"
bool(false)
string(5) "tok-1"
int(1)
bool(true)
