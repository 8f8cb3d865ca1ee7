--TEST--
A token containing CR or LF is rejected with a message about the Authorization header, without echoing the token
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

foreach (["tok-secret\n", "tok\r\nX-Injected: yes", "a\nb"] as $token) {
    $dir = test_dir();
    $p = answering_provider($dir, token_answer($token));
    $e = expect_throw(fn() => $p->getToken());
    contains_each($e, 'Authorization header');
    var_dump(str_contains($e->getMessage(), 'tok-secret') || str_contains($e->getMessage(), 'X-Injected'));
}
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"Authorization header": yes
bool(false)
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"Authorization header": yes
bool(false)
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"Authorization header": yes
bool(false)
