--TEST--
The real `aws eks get-token` plugin under apiVersion v1 and v1beta1: offline static credentials give a k8s-aws-v1. token and a DateTimeImmutable expiry
--SKIPIF--
<?php
if (getenv('USE_ZEND_ALLOC') === '0') die('skip real plugins are far too slow under valgrind --trace-children');
exec('command -v aws 2>/dev/null', $out, $rc);
if ($rc !== 0) die('skip the aws CLI is not on PATH');
?>
--INI--
php_k8s_auth.cache=0
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

// Nothing from this machine's AWS setup may interfere: only the static keys below.
foreach (['AWS_PROFILE', 'AWS_DEFAULT_PROFILE', 'AWS_SESSION_TOKEN', 'AWS_ROLE_ARN', 'AWS_WEB_IDENTITY_TOKEN_FILE'] as $name) {
    putenv($name);
}
foreach ([V1, V1BETA1] as $api) {
    $dir = test_dir();
    $p = new ExecCredentialProvider([
        'apiVersion' => $api,
        'command' => 'aws',
        'args' => ['eks', 'get-token', '--cluster-name', 'demo'],
        'env' => [
            ['name' => 'AWS_ACCESS_KEY_ID', 'value' => 'AKIDEXAMPLE'],
            ['name' => 'AWS_SECRET_ACCESS_KEY', 'value' => 'secret'],
            ['name' => 'AWS_DEFAULT_REGION', 'value' => 'us-east-1'],
            ['name' => 'AWS_CONFIG_FILE', 'value' => "$dir/config"],
            ['name' => 'AWS_SHARED_CREDENTIALS_FILE', 'value' => "$dir/credentials"],
            ['name' => 'AWS_EC2_METADATA_DISABLED', 'value' => 'true'],
        ],
        'interactiveMode' => 'Never',
    ]);
    $token = $p->getToken();
    echo "$api\n";
    var_dump(str_starts_with($token, 'k8s-aws-v1.'), strlen($token) > 100);
    $at = $p->getExpiresAt();
    var_dump(get_class($at), $at->getTimezone()->getName());
    var_dump($at > new DateTimeImmutable('now'), $at < new DateTimeImmutable('+1 day'));
    var_dump($p->isExpired());
}
?>
--EXPECT--
client.authentication.k8s.io/v1
bool(true)
bool(true)
string(17) "DateTimeImmutable"
string(3) "UTC"
bool(true)
bool(true)
bool(false)
client.authentication.k8s.io/v1beta1
bool(true)
bool(true)
string(17) "DateTimeImmutable"
string(3) "UTC"
bool(true)
bool(true)
bool(false)
