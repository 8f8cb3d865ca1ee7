--TEST--
gke-gcloud-auth-plugin without a gcloud login: the user sees the plugin's own advice, not a generic failure
--SKIPIF--
<?php
if (getenv('USE_ZEND_ALLOC') === '0') die('skip real plugins are far too slow under valgrind --trace-children');
if (trim((string) shell_exec('command -v gke-gcloud-auth-plugin')) === '') die('skip gke-gcloud-auth-plugin is not installed');
if (trim((string) shell_exec('gcloud auth list --filter=status:ACTIVE --format="value(account)" 2>/dev/null')) !== '') die('skip gcloud is logged in here');
?>
--FILE--
<?php
$kubeconfig = <<<YAML
apiVersion: v1
kind: Config
current-context: gke
clusters: [{name: c, cluster: {server: "https://34.0.0.1"}}]
contexts: [{name: gke, context: {cluster: c, user: u}}]
users:
- name: u
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: gke-gcloud-auth-plugin
      installHint: Install gke-gcloud-auth-plugin for use with kubectl
      provideClusterInfo: true
      interactiveMode: Never
YAML;
$p = RenokiCo\PhpK8s\Auth\ExecCredentialProvider::fromKubeConfigYaml($kubeconfig);
try {
    $p->getToken();
    echo "got a token\n";
} catch (RenokiCo\PhpK8s\Exceptions\AuthenticationException $e) {
    $m = $e->getMessage();
    var_dump(str_starts_with($m, 'Exec credential provider failed: executable '));
    var_dump(str_contains($m, 'gke-gcloud-auth-plugin failed with exit code 1'));
    var_dump(str_contains($m, 'You do not currently have an active account selected'));
    var_dump(str_contains($m, 'gcloud auth login'));
    var_dump(str_ends_with($m, "\nHint: Install gke-gcloud-auth-plugin for use with kubectl"));
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
