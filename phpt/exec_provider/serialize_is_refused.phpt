--TEST--
serialize() of an ExecCredentialProvider throws Exception (it is not serializable), with or without a token held
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$dir = test_dir();
$p = answering_provider($dir, token_answer('tok-serialize'));
foreach (['before getToken' => fn() => serialize($p), 'after getToken' => function () use ($p) {
    $p->getToken();
    return serialize($p);
}, 'inside an array' => fn() => serialize(['p' => $p])] as $case => $fn) {
    try {
        $s = $fn();
        echo "$case: serialized: ", str_contains($s, 'tok-serialize') ? 'WITH the token' : 'without the token', "\n";
    } catch (Exception $e) {
        echo "$case: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
try {
    unserialize('O:43:"RenokiCo\PhpK8s\Auth\ExecCredentialProvider":0:{}');
    echo "unserialize: no exception\n";
} catch (Exception $e) {
    echo 'unserialize: ', get_class($e), "\n";
}
?>
--EXPECT--
before getToken: Exception: Serialization of 'RenokiCo\PhpK8s\Auth\ExecCredentialProvider' is not allowed
after getToken: Exception: Serialization of 'RenokiCo\PhpK8s\Auth\ExecCredentialProvider' is not allowed
inside an array: Exception: Serialization of 'RenokiCo\PhpK8s\Auth\ExecCredentialProvider' is not allowed
unserialize: Exception
