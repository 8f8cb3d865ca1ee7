--TEST--
parseExecCredential($output) and setClusterInfo($clusterInfo) are #[\SensitiveParameter]: a trace shows neither the plugin answer nor the cluster data
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
class Sub extends ExecCredentialProvider
{
    public function feed(#[\SensitiveParameter] string $out): void
    {
        $this->parseExecCredential($out);
    }
}
$answer = json_encode(['apiVersion' => 'client.authentication.k8s.io/v1', 'kind' => 'ExecCredential',
    'status' => ['token' => 'SEKRIT-PEC', 'expirationTimestamp' => 'not a date']]);
$p = new Sub(['command' => 'x']);
$traces = [];
try {
    $p->feed($answer);
} catch (Throwable $e) {
    $traces[] = $e->getTrace();
}
try {
    $p->setClusterInfo(['server' => 'https://x', 'certificate-authority-data' => 'SEKRIT-CA', 'bogus' => 1]);
} catch (Throwable $e) {
    $traces[] = $e->getTrace();
}
foreach ($traces as $trace) {
    $frame = $trace[0];
    echo $frame['function'], ': ', get_class($frame['args'][0]), "\n";
}
echo str_contains(print_r($traces, true), 'SEKRIT') ? "secret in trace\n" : "no secret in any trace\n";
?>
--EXPECT--
parseExecCredential: SensitiveParameterValue
setClusterInfo: SensitiveParameterValue
no secret in any trace
