--TEST--
aws eks get-token answers in the apiVersion KUBERNETES_EXEC_INFO asks for, through a kubeconfig, under v1 and v1beta1
--SKIPIF--
<?php if (getenv('USE_ZEND_ALLOC') === '0') die('skip real plugins are far too slow under valgrind --trace-children');
if (trim((string) shell_exec('command -v aws')) === '') die('skip the aws CLI is not installed'); ?>
--FILE--
<?php
foreach (['v1', 'v1beta1'] as $v) {
    $yaml = <<<YAML
    apiVersion: v1
    kind: Config
    current-context: eks
    clusters: [{name: c, cluster: {server: "https://ABC.gr7.us-east-1.eks.amazonaws.com"}}]
    contexts: [{name: eks, context: {cluster: c, user: u}}]
    users:
    - name: u
      user:
        exec:
          apiVersion: client.authentication.k8s.io/$v
          command: aws
          args: [eks, get-token, --cluster-name, demo]
          env:
          - {name: AWS_ACCESS_KEY_ID, value: AKIDEXAMPLE}
          - {name: AWS_SECRET_ACCESS_KEY, value: not-a-real-secret}
          - {name: AWS_DEFAULT_REGION, value: us-east-1}
          - {name: AWS_CONFIG_FILE, value: /dev/null}
          - {name: AWS_SHARED_CREDENTIALS_FILE, value: /dev/null}
          interactiveMode: Never
    YAML;
    $p = RenokiCo\PhpK8s\Auth\ExecCredentialProvider::fromKubeConfigYaml($yaml);
    $token = $p->getToken();
    printf("%s: %s, expires %s\n", $v, substr($token, 0, 11), $p->getExpiresAt() instanceof DateTimeImmutable ? 'set' : 'unset');
}
?>
--EXPECT--
v1: k8s-aws-v1., expires set
v1beta1: k8s-aws-v1., expires set
