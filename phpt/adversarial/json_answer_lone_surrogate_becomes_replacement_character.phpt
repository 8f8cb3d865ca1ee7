--TEST--
A lone UTF-16 surrogate escape in a JSON answer becomes U+FFFD, as Go's decoder reads it
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider as P;
$d = test_dir();
file_put_contents("$d/out", '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"t\\ud800x"}}');
$plug = sh_plugin($d, 'p', 'cat "$(dirname "$0")/out"');
echo bin2hex((new P(['command' => $plug]))->getToken()), "\n";
?>
--EXPECT--
74efbfbd78
