--TEST--
A plugin that prints only a bare token word (not an ExecCredential) is rejected without the word in the message
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

foreach (["SECRET-BARE-TOKEN-0c3d\n", "eyJhbGciOiJSUzI1NiJ9.SECRET-BARE-TOKEN-0c3d.sig"] as $answer) {
    $dir = test_dir();
    $p = answering_provider($dir, $answer);
    try {
        $p->getToken();
        echo "accepted\n";
    } catch (RenokiCo\PhpK8s\Exceptions\AuthenticationException $e) {
        echo 'rejected, ', str_contains((string) $e, 'SECRET-BARE-TOKEN') ? 'LEAKS the token' : 'token not shown', "\n";
    }
}
?>
--EXPECT--
rejected, token not shown
rejected, token not shown
