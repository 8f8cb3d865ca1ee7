--TEST--
A logged-in `gcloud config config-helper` prints gcloud's format, not an ExecCredential: the error names gke-gcloud-auth-plugin and shows no token
--SKIPIF--
<?php if (getenv('USE_ZEND_ALLOC') === '0') die('skip real plugins are far too slow under valgrind --trace-children');
?>
--FILE--
<?php
$p = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider([
    'command' => __DIR__ . '/fixtures/gcloud-config-helper',
    'args' => ['config', 'config-helper', '--format=json'],
]);
try {
    $p->getToken();
} catch (RenokiCo\PhpK8s\Exceptions\AuthenticationException $e) {
    echo $e->getMessage(), "\n";
    var_dump(str_contains($e->getMessage(), 'SEKRIT'));
}
?>
--EXPECT--
Invalid ExecCredential response: missing status.token: the plugin printed the output of `gcloud config config-helper`, which is not an ExecCredential. Use Google's exec plugin instead: set command: gke-gcloud-auth-plugin and apiVersion: client.authentication.k8s.io/v1beta1 with no args (install it with `gcloud components install gke-gcloud-auth-plugin` or the google-cloud-cli-gke-gcloud-auth-plugin package)
bool(false)
