<?php
/**
 * Tries every kind of bad input on the native provider — configurations,
 * plugin answers, environments, kubeconfigs — and prints a Markdown table of
 * what the user sees. The README's table is this script's output.
 *
 *   php -d extension=target/release/libphp_k8s_auth.so php/bad-inputs.php
 *
 * Each case runs in its own PHP process (some need php.ini-only settings), so
 * a crash or a hang would show as such in the table instead of stopping it.
 */

declare(strict_types=1);

use RenokiCo\PhpK8s\Auth\ExecCredentialProvider as P;

if (($argv[1] ?? '') === '--case') {
    run_case((int) $argv[2], $argv[3]);
    exit(0);
}

$dir = sys_get_temp_dir() . '/pk8s-bad-' . getmypid();
@mkdir($dir);
$ext = ini_get('extension') ?: null;
$module = null;
foreach (get_loaded_extensions() as $e) {
    if ($e === 'php_k8s_auth') {
        $module = (new ReflectionExtension('php_k8s_auth'))->getName();
    }
}
if ($module === null) {
    fwrite(STDERR, "run with -d extension=target/release/libphp_k8s_auth.so\n");
    exit(1);
}
$so = realpath(__DIR__ . '/../target/release/libphp_k8s_auth.so');

echo "| # | bad input | what the user gets |\n| --- | --- | --- |\n";
foreach (cases() as $i => [$title, , $ini]) {
    $cmd = [PHP_BINARY, '-n', '-d', "extension=$so", '-d', 'php_k8s_auth.exec_timeout=2'];
    foreach ($ini as $k => $v) {
        array_push($cmd, '-d', "$k=$v");
    }
    array_push($cmd, __FILE__, '--case', (string) $i, $dir);
    $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    $status = proc_close($proc);
    if ($status !== 0) {
        $out = "**exit status $status** " . trim($err);
    }
    // No author paths or PATH in the table: placeholders instead.
    $out = str_replace([$dir, dirname(__DIR__), (string) getenv('PATH'), "\n", '|'], ['DIR', 'REPO', '$PATH', '⏎', '\\|'], trim($out));
    printf("| %d | %s | %s |\n", $i + 1, $title, $out);
}
exec('rm -rf ' . escapeshellarg($dir));

function plugin(string $dir, string $name, string $body): string
{
    $p = "$dir/$name";
    file_put_contents($p, "#!/bin/sh\n$body\n");
    chmod($p, 0755);
    return $p;
}

function answer(string $dir, string $name, string $json): string
{
    file_put_contents("$dir/$name.out", $json);
    return plugin($dir, $name, "cat '$dir/$name.out'");
}

function wrap(string $status): string
{
    return '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":' . $status . '}';
}

/** [title, function(string $dir): void, ini] */
function cases(): array
{
    $cfg = fn (array $c) => fn () => new P($c);
    $run = fn (string $name, string $json) => fn ($d) => (new P(['command' => answer($d, $name, $json)]))->getToken();
    $sh = fn (string $name, string $body, array $extra = []) => fn ($d) => (new P(['command' => plugin($d, $name, $body)] + $extra))->getToken();
    $kc = fn (string $yaml, ?string $ctx = null) => fn () => P::fromKubeConfigYaml($yaml, $ctx);
    $user = fn (string $user) => "apiVersion: v1\ncurrent-context: c\nclusters: [{name: k, cluster: {server: 'https://k'}}]\ncontexts: [{name: c, context: {cluster: k, user: u}}]\nusers: [{name: u, user: $user}]\n";
    $pem = "-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\\n";
    return [
        ['config: no `command`', $cfg(['args' => []]), []],
        ['config: empty `command`', $cfg(['command' => '']), []],
        ['config: `command` is a list', $cfg(['command' => ['aws']]), []],
        ['config: `command` with a NUL byte', $cfg(['command' => "aws\0x"]), []],
        ['config: `args` is a string', $cfg(['command' => 'aws', 'args' => 'eks get-token']), []],
        ['config: an `args` item is a list', $cfg(['command' => 'aws', 'args' => [['eks']]]), []],
        ['config: an `args` item is null', $cfg(['command' => 'aws', 'args' => [null]]), []],
        ['config: `env` is a map', $cfg(['command' => 'aws', 'env' => ['AWS_PROFILE' => 'x']]), []],
        ['config: an `env` item is a string', $cfg(['command' => 'aws', 'env' => ['AWS_PROFILE=x']]), []],
        ['config: an `env` item without `name`', $cfg(['command' => 'aws', 'env' => [['value' => 'x']]]), []],
        ['config: an `env` name with `=`', $cfg(['command' => 'aws', 'env' => [['name' => 'A=B', 'value' => 'x']]]), []],
        ['config: an `env` value that is a list', $cfg(['command' => 'aws', 'env' => [['name' => 'A', 'value' => ['x']]]]), []],
        ['config: `apiVersion` v1alpha1', $cfg(['command' => 'aws', 'apiVersion' => 'client.authentication.k8s.io/v1alpha1']), []],
        ['config: `apiVersion` is a number', $cfg(['command' => 'aws', 'apiVersion' => 1]), []],
        ['config: `interactiveMode` "sometimes"', $cfg(['command' => 'aws', 'interactiveMode' => 'sometimes']), []],
        ['config: `provideClusterInfo` "yes"', $cfg(['command' => 'aws', 'provideClusterInfo' => 'yes']), []],
        ['config: `installHint` is a list', $cfg(['command' => 'aws', 'installHint' => ['x']]), []],
        ['config: the constructor gets a string', fn () => new P('aws'), []],
        ['config: the constructor gets nothing', fn () => new P(), []],
        ['config: `setClusterInfo()` with a misspelt key', fn () => (new P(['command' => 'aws']))->setClusterInfo(['certificate_authority_data' => 'x']), []],
        ['config: `setClusterInfo()` with a numeric server', fn () => (new P(['command' => 'aws']))->setClusterInfo(['server' => 6443]), []],
        ['config: `setRefreshBuffer("soon")`', fn () => (new P(['command' => 'aws']))->setRefreshBuffer('soon'), []],
        ['environment: command not on PATH, with an install hint', fn () => (new P(['command' => 'kubelogin-missing', 'installHint' => 'brew install Azure/kubelogin/kubelogin']))->getToken(), []],
        ['environment: PATH unset (PHP-FPM `clear_env`)', function () { putenv('PATH'); (new P(['command' => 'aws-missing']))->getToken(); }, []],
        ['environment: relative command that does not exist', fn () => (new P(['command' => './bin/nope']))->getToken(), []],
        ['environment: plugin file not executable', function ($d) { file_put_contents("$d/noexec", 'x'); (new P(['command' => "$d/noexec"]))->getToken(); }, []],
        ['environment: command is a directory', fn ($d) => (new P(['command' => $d]))->getToken(), []],
        ['environment: `interactiveMode: Always` without a terminal', fn ($d) => (new P(['command' => plugin($d, 'p', 'exit 0'), 'interactiveMode' => 'Always']))->getToken(), []],
        ['environment: `plugin_policy=DenyAll`', fn () => (new P(['command' => 'sh']))->getToken(), ['php_k8s_auth.plugin_policy' => 'DenyAll']],
        ['environment: command not in `plugin_allowlist`', fn () => (new P(['command' => 'sh']))->getToken(), ['php_k8s_auth.plugin_policy' => 'Allowlist', 'php_k8s_auth.plugin_allowlist' => 'aws,kubelogin']],
        ['environment: `plugin_policy` misspelt in php.ini', fn () => (new P(['command' => 'sh']))->getToken(), ['php_k8s_auth.plugin_policy' => 'allow-all']],
        ['environment: `exec_timeout=soon`', fn () => (new P(['command' => 'sh']))->getToken(), ['php_k8s_auth.exec_timeout' => 'soon']],
        ['environment: `max_output_bytes=lots`', fn () => (new P(['command' => 'sh']))->getToken(), ['php_k8s_auth.max_output_bytes' => 'lots']],
        ['plugin: exits 1 with a message on stderr', $sh('p', "echo 'error: SSO session expired, run aws sso login' >&2; exit 1", ['installHint' => 'see the wiki']), []],
        ['plugin: killed by a signal', $sh('p', 'kill -9 $$'), []],
        ['plugin: hangs past `exec_timeout` (2 s here)', $sh('p', 'sleep 30'), []],
        ['plugin: prints 1 GiB', $sh('p', 'head -c 1073741824 /dev/zero'), ['php_k8s_auth.max_output_bytes' => '1M']],
        ['answer: empty', $run('a', ''), []],
        ['answer: only white space', $run('a', " \n\t"), []],
        ['answer: plain text', $run('a', "Please log in first\n"), []],
        ['answer: a bare token instead of JSON', $run('a', "eyJhbGciOiJSUzI1NiJ9.SEKRIT.signature\n"), []],
        ['answer: a JSON list', $run('a', '[]'), []],
        ['answer: JSON `null`', $run('a', 'null'), []],
        ['answer: truncated JSON', $run('a', '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"SEKRIT'), []],
        ['answer: garbage after the object', $run('a', wrap('{"token":"SEKRIT"}') . ' trailing'), []],
        ['answer: two objects', $run('a', wrap('{"token":"SEKRIT"}') . "\n" . wrap('{"token":"SEKRIT"}')), []],
        ['answer: invalid UTF-8', $run('a', "\xff\xfe{}"), []],
        ['answer: no `apiVersion`', $run('a', '{"kind":"ExecCredential","status":{"token":"SEKRIT"}}'), []],
        ['answer: v1beta1 to a v1 request', $run('a', '{"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","status":{"token":"SEKRIT"}}'), []],
        ['answer: `kind: Secret`', $run('a', '{"apiVersion":"client.authentication.k8s.io/v1","kind":"Secret","status":{"token":"SEKRIT"}}'), []],
        ['answer: no `status`', $run('a', '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential"}'), []],
        ['answer: `status` is a string', $run('a', wrap('"SEKRIT"')), []],
        ['answer: `status` is empty', $run('a', wrap('{}')), []],
        ['answer: empty token', $run('a', wrap('{"token":""}')), []],
        ['answer: numeric token', $run('a', wrap('{"token":12345}')), []],
        ['answer: token with CR/LF', $run('a', wrap('{"token":"SEKRIT\r\nX-Evil: 1"}')), []],
        ['answer: certificate without key', $run('a', wrap('{"clientCertificateData":"' . $pem . '"}')), []],
        ['answer: key without certificate', $run('a', wrap('{"clientKeyData":"SEKRIT"}')), []],
        ['answer: certificate and key that are not PEM', $run('a', wrap('{"clientCertificateData":"SEKRIT","clientKeyData":"SEKRIT"}')), []],
        ['answer: `expirationTimestamp` in lower case', $run('a', wrap('{"token":"SEKRIT","expirationTimestamp":"2030-01-01t00:00:00z"}')), []],
        ['answer: `expirationTimestamp` without a zone', $run('a', wrap('{"token":"SEKRIT","expirationTimestamp":"2030-01-01T00:00:00"}')), []],
        ['answer: `expirationTimestamp` as a number', $run('a', wrap('{"token":"SEKRIT","expirationTimestamp":1893456000}')), []],
        ['answer: `gcloud config config-helper` output', $run('a', '{"configuration":{},"credential":{"access_token":"ya29.SEKRIT","token_expiry":"2030-01-01T00:00:00Z"}}'), []],
        ['answer: a Python dict holding the token', $run('a', "{'status': {'token': 'SEKRIT'}}"), []],
        ['answer: a `Bearer <token>` line', $run('a', "Bearer SEKRIT\n"), []],
        ['answer: badly indented YAML with `token:`', $run('a', "apiVersion: client.authentication.k8s.io/v1\nstatus:\n    token: SEKRIT\n  x: 1\n"), []],
        ['answer: JSON with an unquoted token', $run('a', wrap('{"token": SEKRIT}')), []],
        ['answer: NUL bytes around the token', $run('a', "SEKRIT\0SEKRIT"), []],
        ['answer: 1 MiB of random bytes', fn ($d) => (new P(['command' => answer($d, 'a', "\xff" . random_bytes(1048575))]))->getToken(), []],
        ['answer: the token as `apiVersion`', $run('a', '{"apiVersion":"k8s-aws-v1.SEKRIT","kind":"ExecCredential","status":{"token":"t"}}'), []],
        ['plugin: stderr with NUL, an ANSI escape and a carriage return', $sh('p', "printf 'bad\\000nul \\033[2Jclear\\rover' >&2; exit 4"), []],
        ['plugin: closes stdout but keeps running', $sh('p', 'exec >&- 2>&-; exec sleep 30'), []],
        ['PHP value: an `args` array that contains itself', function () { $a = []; $a[0] = &$a; new P(['command' => 'aws', 'args' => $a]); }, []],
        ['PHP value: an unknown key nested 10,000 levels deep', function () { $v = []; for ($i = 0; $i < 10000; $i++) { $v = [$v]; } new P(['command' => 'aws', 'x' => $v]); }, []],
        ['PHP value: a subclass that unsets `$expiresAt`', function () { $p = new class(['command' => 'aws']) extends P { public function __construct(array $c) { parent::__construct($c); unset($this->expiresAt); } }; $p->getExpiresAt(); }, []],
        ['PHP value: `fromKubeConfigYaml()` on an abstract subclass', function () { eval('abstract class BadInputsAbstract extends RenokiCo\\PhpK8s\\Auth\\ExecCredentialProvider {}'); BadInputsAbstract::fromKubeConfigYaml("current-context: c\ncontexts: [{name: c, context: {cluster: k, user: u}}]\nclusters: [{name: k, cluster: {server: 'https://k'}}]\nusers: [{name: u, user: {exec: {command: aws}}}]\n"); }, []],
        ['ini: `ini_set(exec_timeout, 1e19)`', fn () => 'ini_set() returns ' . var_export(ini_set('php_k8s_auth.exec_timeout', '1e19'), true) . ', exec_timeout stays ' . ini_get('php_k8s_auth.exec_timeout'), []],
        ['ini: `exec_timeout=1e19` in php.ini', fn () => (new P(['command' => 'sh']))->getToken(), ['php_k8s_auth.exec_timeout' => '1e19']],
        ['policy: Allowlist `sh`, app does `putenv(PATH=<own folder>)` with its own `sh`', function ($d) { plugin($d, 'sh', 'echo pwned'); putenv("PATH=$d"); (new P(['command' => 'sh']))->getToken(); }, ['php_k8s_auth.plugin_policy' => 'Allowlist', 'php_k8s_auth.plugin_allowlist' => 'sh']],
        ['policy: Allowlist with a relative entry `bin/aws`', fn () => (new P(['command' => 'aws']))->getToken(), ['php_k8s_auth.plugin_policy' => 'Allowlist', 'php_k8s_auth.plugin_allowlist' => 'bin/aws']],
        ['policy: `env` sets `LD_PRELOAD` under Allowlist', fn () => (new P(['command' => 'sh', 'env' => [['name' => 'LD_PRELOAD', 'value' => '/tmp/x.so']]]))->getToken(), ['php_k8s_auth.plugin_policy' => 'Allowlist', 'php_k8s_auth.plugin_allowlist' => 'sh']],
        ['policy: `env` sets `BASH_ENV` (AllowAll, guard on by default)', fn () => (new P(['command' => 'sh', 'env' => [['name' => 'BASH_ENV', 'value' => '/tmp/payload']]]))->getToken(), []],
        ['policy: `env` sets `PYTHONPATH` (AllowAll, guard on by default)', fn () => (new P(['command' => 'sh', 'env' => [['name' => 'PYTHONPATH', 'value' => '/tmp']]]))->getToken(), []],
        ['policy: bare command found through the relative PATH entry `bin`', function ($d) { mkdir("$d/bin"); plugin("$d/bin", 'relplug', 'exit 0'); chdir($d); putenv('PATH=bin:/usr/bin:/bin'); (new P(['command' => 'relplug']))->getToken(); }, []],
        ['kubeconfig: file missing', fn ($d) => P::fromKubeConfigYamlFile("$d/missing/config"), []],
        ['kubeconfig: YAML syntax error', $kc("apiVersion: v1\nusers: [\n  - name: u\n"), []],
        ['kubeconfig: empty', $kc(''), []],
        ['kubeconfig: a list, not a mapping', $kc("- a\n- b\n"), []],
        ['kubeconfig: no current-context and none given', $kc("contexts: [{name: a, context: {cluster: k, user: u}}]\n"), []],
        ['kubeconfig: context not found', $kc($user('{exec: {command: aws}}'), 'prod'), []],
        ['kubeconfig: context names a missing cluster', $kc("current-context: c\ncontexts: [{name: c, context: {cluster: gone, user: u}}]\nclusters: [{name: k, cluster: {server: 'https://k'}}]\nusers: [{name: u, user: {exec: {command: aws}}}]\n"), []],
        ['kubeconfig: user with a static token', $kc($user('{token: SEKRIT}')), []],
        ['kubeconfig: user with a client certificate', $kc($user('{client-certificate-data: U0VLUklU, client-key-data: U0VLUklU}')), []],
        ['kubeconfig: legacy `auth-provider: gcp`', $kc($user('{auth-provider: {name: gcp, config: {access-token: SEKRIT}}}')), []],
        ['kubeconfig: legacy `auth-provider: azure`', $kc($user('{auth-provider: {name: azure}}')), []],
        ['kubeconfig: legacy `auth-provider: oidc`', $kc($user('{auth-provider: {name: oidc, config: {id-token: SEKRIT}}}')), []],
        ['kubeconfig: `certificate-authority` file missing', fn ($d) => P::fromKubeConfigYaml("current-context: c\ncontexts: [{name: c, context: {cluster: k, user: u}}]\nclusters: [{name: k, cluster: {server: 'https://k', certificate-authority: $d/none.crt}}]\nusers: [{name: u, user: {exec: {command: aws}}}]\n"), []],
        ['kubeconfig: `users` is a string', $kc("current-context: c\nusers: nobody\n"), []],
        ['kubeconfig: exec block with a bad `apiVersion`', $kc($user('{exec: {command: aws, apiVersion: v2}}')), []],
        ['kubeconfig: `KUBECONFIG` lists only missing files', function ($d) { putenv("KUBECONFIG=$d/kc-missing-1:$d/kc-missing-2"); P::fromKubeConfigVariable(); }, []],
    ];
}

function run_case(int $i, string $dir): void
{
    $case = cases()[$i];
    try {
        $r = ($case[1])($dir);
        echo is_string($r) ? "no exception: $r" : '(no error)';
    } catch (Throwable $e) {
        $m = $e->getMessage();
        if (str_contains($m, 'SEKRIT')) {
            $m = 'LEAKED A SECRET: ' . $m;
        }
        echo '`', get_class($e) === 'RenokiCo\PhpK8s\Exceptions\AuthenticationException' ? 'AuthenticationException' : get_class($e), '`: ', $m;
    }
}
