--TEST--
An expirationTimestamp that is not RFC 3339 (no zone, lowercase t/z, date only, a number) is rejected, naming the field
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

foreach (['2030-01-01T00:00:00', '2030-01-01t00:00:00z', '2030-01-01', 'tomorrow', 1893456000] as $ts) {
    $dir = test_dir();
    $p = answering_provider($dir, ['apiVersion' => V1, 'kind' => 'ExecCredential', 'status' => ['token' => 't', 'expirationTimestamp' => $ts]]);
    try {
        $p->getToken();
        echo json_encode($ts), ": accepted\n";
    } catch (RenokiCo\PhpK8s\Exceptions\AuthenticationException $e) {
        echo json_encode($ts), ': ', str_contains($e->getMessage(), 'expirationTimestamp') ? 'rejected, names expirationTimestamp' : $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
"2030-01-01T00:00:00": rejected, names expirationTimestamp
"2030-01-01t00:00:00z": rejected, names expirationTimestamp
"2030-01-01": rejected, names expirationTimestamp
"tomorrow": rejected, names expirationTimestamp
1893456000: rejected, names expirationTimestamp
