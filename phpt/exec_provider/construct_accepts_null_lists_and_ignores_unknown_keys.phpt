--TEST--
args: null and env: null (as a YAML kubeconfig can give) are accepted as empty, and unknown exec keys are ignored
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
write_answer($dir, token_answer('t'));
$p = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider([
    'apiVersion' => V1,
    'command' => '/bin/sh',
    'args' => null,
    'env' => null,
    'installHint' => null,
    'provideClusterInfo' => null,
    'interactiveMode' => 'Never',
    'someFutureField' => ['x' => 1],
]);
echo get_class($p), "\n";
?>
--EXPECT--
RenokiCo\PhpK8s\Auth\ExecCredentialProvider
