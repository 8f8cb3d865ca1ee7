--TEST--
A clone of a provider holding a token returns the same token and expiry without running the plugin again
--INI--
php_k8s_auth.cache=0
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$p = answering_provider($dir, token_answer('tok-@RUN@', '2030-01-01T00:00:00Z'));
$p->setRefreshBuffer(5);
var_dump($p->getToken());
$c = clone $p;
unset($p);
var_dump($c->getToken(), $c->getExpiresAt()->format(DATE_ATOM), runs($dir));
$c->refresh();
var_dump($c->getToken(), runs($dir));
?>
--EXPECT--
string(5) "tok-1"
string(5) "tok-1"
string(25) "2030-01-01T00:00:00+00:00"
int(1)
string(5) "tok-2"
int(2)
