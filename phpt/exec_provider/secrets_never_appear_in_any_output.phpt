--TEST--
A held token and client key, and kubeconfig/config secrets passed to failing calls, appear in no dump, cast, encoding, serialization or exception text
--INI--
zend.exception_ignore_args=0
zend.exception_string_param_max_len=1000
php_k8s_auth.cache=0
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Auth\TokenProvider;

const TOKEN = 'SECRET-TOKEN-4f9c2e';
const KUBECONFIG_TOKEN = 'SECRET-KUBECONFIG-TOKEN-77aa';
const ENV_SECRET = 'SECRET-ENV-VALUE-31bd';
require __DIR__ . '/../fixtures/client_pair.inc';
[$cert, $key] = client_pair();
$keyBody = trim(explode("\n", $key)[1]);
$secrets = ['token' => TOKEN, 'key body' => $keyBody, 'kubeconfig token' => KUBECONFIG_TOKEN, 'env secret' => ENV_SECRET];

$dir = test_dir();
$p = answering_provider($dir, ['apiVersion' => V1, 'kind' => 'ExecCredential', 'status' => [
    'token' => TOKEN, 'clientCertificateData' => $cert, 'clientKeyData' => $key, 'expirationTimestamp' => '2030-01-01T00:00:00Z',
]], ['env' => [['name' => 'AWS_SECRET_ACCESS_KEY', 'value' => ENV_SECRET]]]);
var_dump($p->getToken() === TOKEN, $p->getClientKeyData() === $key);

class Peek extends TokenProvider
{
    public function refresh(): void
    {
    }

    public static function vars(TokenProvider $p): array
    {
        return get_object_vars($p);
    }
}

$outputs = [];
$capture = function (string $name, callable $fn) use (&$outputs) {
    ob_start();
    try {
        $r = $fn();
        if (is_string($r)) {
            echo $r;
        }
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n", $e->getTraceAsString(), "\n", $e;
    }
    $outputs[$name] = ob_get_clean();
};

$capture('var_dump', fn() => var_dump($p));
$capture('var_dump nested', fn() => var_dump(['provider' => $p, 'list' => [$p]]));
$capture('print_r', fn() => print_r($p, true));
$capture('var_export', fn() => var_export($p, true));
$capture('json_encode', fn() => json_encode($p));
$capture('array cast', fn() => print_r((array) $p, true));
$capture('get_object_vars from a subclass scope', fn() => print_r(Peek::vars($p), true));
$capture('reflection of $token', fn() => var_export((new ReflectionProperty(TokenProvider::class, 'token'))->getValue($p), true));
$capture('serialize', fn() => serialize($p));
$capture('debug_zval_dump', fn() => debug_zval_dump($p));
$capture('clone var_dump', fn() => var_dump(clone $p));

$yaml = <<<YAML
apiVersion: v1
kind: Config
current-context: exec
contexts:
- name: exec
  context: {cluster: c, user: exec-user}
- name: static
  context: {cluster: c, user: static-user}
clusters:
- name: c
  cluster: {server: "https://127.0.0.1:6443"}
users:
- name: exec-user
  user:
    exec: {apiVersion: client.authentication.k8s.io/v1, command: aws}
- name: static-user
  user:
    token: KUBECONFIG_TOKEN_HERE
YAML;
$yaml = str_replace('KUBECONFIG_TOKEN_HERE', KUBECONFIG_TOKEN, $yaml);
file_put_contents("$dir/kubeconfig", $yaml);
$array = [
    'apiVersion' => 'v1', 'kind' => 'Config', 'current-context' => 'static',
    'contexts' => [['name' => 'static', 'context' => ['cluster' => 'c', 'user' => 'static-user']]],
    'clusters' => [['name' => 'c', 'cluster' => ['server' => 'https://127.0.0.1:6443']]],
    'users' => [['name' => 'static-user', 'user' => ['token' => KUBECONFIG_TOKEN]]],
];
$capture('fromKubeConfigYaml, unknown context', fn() => ExecCredentialProvider::fromKubeConfigYaml($yaml, 'nope'));
$capture('fromKubeConfigYaml, user without exec', fn() => ExecCredentialProvider::fromKubeConfigYaml($yaml, 'static'));
$capture('fromKubeConfigYaml, broken YAML', fn() => ExecCredentialProvider::fromKubeConfigYaml($yaml . "\n    bad: [", null));
$capture('fromKubeConfigYamlFile, unknown context', fn() => ExecCredentialProvider::fromKubeConfigYamlFile("$dir/kubeconfig", 'nope'));
$capture('fromKubeConfigArray, user without exec', fn() => ExecCredentialProvider::fromKubeConfigArray($array));
$capture('constructor, bad env entry', fn() => new ExecCredentialProvider(['command' => 'aws', 'env' => [
    ['name' => 'AWS_SECRET_ACCESS_KEY', 'value' => ENV_SECRET], ['value' => 'no name'],
]]));
$capture('failing plugin run', fn() => (new ExecCredentialProvider(plugin_exec($dir, ['env' => [
    ['name' => 'AWS_SECRET_ACCESS_KEY', 'value' => ENV_SECRET], ['name' => 'PLUGIN_EXIT', 'value' => '3'],
    ['name' => 'PLUGIN_ANSWER', 'value' => "$dir/answer"],
]])))->getToken());
$capture('uncaught-style string of an exception thrown with the provider as argument', function () use ($p) {
    $f = function (ExecCredentialProvider $provider, string $token) {
        throw new RuntimeException('wrapped');
    };
    $f($p, 'not-the-secret');
});

foreach ($outputs as $name => $text) {
    $leaks = array_keys(array_filter($secrets, fn($s) => str_contains($text, $s)));
    echo str_pad($name, 75), $text === '' ? 'EMPTY OUTPUT' : ($leaks ? 'LEAKS ' . implode(', ', $leaks) : 'clean'), "\n";
}
// The captures did exercise the failing paths.
var_dump(str_contains($outputs['fromKubeConfigYaml, unknown context'], 'SensitiveParameterValue'));
var_dump(str_contains($outputs['serialize'], 'Serialization of'));
?>
--EXPECT--
bool(true)
bool(true)
var_dump                                                                   clean
var_dump nested                                                            clean
print_r                                                                    clean
var_export                                                                 clean
json_encode                                                                clean
array cast                                                                 clean
get_object_vars from a subclass scope                                      clean
reflection of $token                                                       clean
serialize                                                                  clean
debug_zval_dump                                                            clean
clone var_dump                                                             clean
fromKubeConfigYaml, unknown context                                        clean
fromKubeConfigYaml, user without exec                                      clean
fromKubeConfigYaml, broken YAML                                            clean
fromKubeConfigYamlFile, unknown context                                    clean
fromKubeConfigArray, user without exec                                     clean
constructor, bad env entry                                                 clean
failing plugin run                                                         clean
uncaught-style string of an exception thrown with the provider as argument clean
bool(true)
bool(true)
