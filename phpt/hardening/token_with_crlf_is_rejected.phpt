--TEST--
A token with CR/LF cannot go into an Authorization header and is rejected, without echoing it
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$plug = sh_plugin($d, 'crlf', "printf '%s' '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"abc\\r\\nX-Injected: SEKRIT\"}}'");
try {
    (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $plug]))->getToken();
} catch (RenokiCo\PhpK8s\Exceptions\AuthenticationException $e) {
    echo $e->getMessage(), "\n";
    var_dump(str_contains($e->getMessage(), 'SEKRIT'));
}
?>
--EXPECT--
Invalid ExecCredential response: status.token contains a control character (byte 0x0d at offset 3) and cannot be sent in an HTTP Authorization header; fix the plugin's output
bool(false)
