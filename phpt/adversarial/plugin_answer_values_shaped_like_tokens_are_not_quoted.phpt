--TEST--
An answer putting the token in apiVersion, kind or expirationTimestamp is refused naming the field and the value's length, never the value
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$base = ['apiVersion' => V1, 'kind' => 'ExecCredential', 'status' => ['token' => 't']];
$cases = [
    'apiVersion' => array_replace($base, ['apiVersion' => 'k8s-aws-v1.SEKRIT1']),
    'kind' => array_replace($base, ['kind' => 'SEKRIT2x9']),
    'expirationTimestamp' => array_replace_recursive($base, ['status' => ['expirationTimestamp' => 'SEKRIT3']]),
];
foreach ($cases as $field => $answer) {
    file_put_contents("$d/$field", json_encode($answer));
    $plug = sh_plugin($d, "p-$field", "cat '$d/$field'");
    $m = auth_error(fn() => (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $plug]))->getToken());
    echo $field, ': ', str_contains($m, 'SEKRIT') ? 'LEAK ' : '', $m, "\n";
}
?>
--EXPECT--
apiVersion: Invalid ExecCredential response: the exec plugin is configured to use API version client.authentication.k8s.io/v1, plugin returned version a string of 18 characters (not shown); set "apiVersion" in the exec configuration to the version the plugin speaks
kind: Invalid ExecCredential response: kind must be "ExecCredential", got a string of 9 characters (not shown)
expirationTimestamp: Invalid ExecCredential response: status.expirationTimestamp (a string of 7 characters (not shown)) is not an RFC 3339 timestamp such as "2030-01-01T00:00:00Z"
