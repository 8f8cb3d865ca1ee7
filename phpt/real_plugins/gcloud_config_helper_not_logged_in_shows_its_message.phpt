--TEST--
The documented GKE example (gcloud config config-helper) without a login: gcloud's own message reaches the user
--SKIPIF--
<?php
if (getenv('USE_ZEND_ALLOC') === '0') die('skip real plugins are far too slow under valgrind --trace-children');
if (trim((string) shell_exec('command -v gcloud')) === '') die('skip gcloud is not installed');
if (trim((string) shell_exec('gcloud auth list --filter=status:ACTIVE --format="value(account)" 2>/dev/null')) !== '') die('skip gcloud is logged in here');
?>
--FILE--
<?php
$p = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider([
    'apiVersion' => 'client.authentication.k8s.io/v1',
    'command' => 'gcloud',
    'args' => ['config', 'config-helper', '--format=json'],
]);
try {
    $p->getToken();
    echo "got a token\n";
} catch (RenokiCo\PhpK8s\Exceptions\AuthenticationException $e) {
    $m = $e->getMessage();
    var_dump(str_contains($m, 'failed with exit code 1: ERROR: (gcloud.config.config-helper) You do not currently have an active account selected.'));
    var_dump(str_contains($m, 'gcloud auth login'));
}
?>
--EXPECT--
bool(true)
bool(true)
