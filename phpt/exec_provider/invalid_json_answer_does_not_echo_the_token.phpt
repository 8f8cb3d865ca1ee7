--TEST--
An answer that carries a token but is invalid JSON (trailing garbage, truncated) is reported without the token in the message
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$json = json_encode(token_answer('SECRET-IN-BAD-JSON-5e1a'), JSON_UNESCAPED_SLASHES);
foreach (['trailing garbage' => "$json garbage", 'two objects' => "$json\n$json", 'truncated' => substr($json, 0, -2)] as $case => $answer) {
    $dir = test_dir();
    $p = answering_provider($dir, $answer);
    try {
        $p->getToken();
        echo "$case: accepted\n";
    } catch (RenokiCo\PhpK8s\Exceptions\AuthenticationException $e) {
        echo $case, ': ', str_starts_with($e->getMessage(), 'Invalid JSON output from exec credential provider') ? 'invalid JSON' : 'other error',
            ', ', str_contains((string) $e, 'SECRET-IN-BAD-JSON') ? 'LEAKS the token' : 'token not shown', "\n";
    }
}
?>
--EXPECT--
trailing garbage: invalid JSON, token not shown
two objects: invalid JSON, token not shown
truncated: invalid JSON, token not shown
