<?php
// Differential suite: kubectl 1.33 and the extension on the same kubeconfigs.
//
//   php -d extension=…/libphp_k8s_auth.so tests/kubectl/diff.php            compare with the recording
//   php -d extension=…/libphp_k8s_auth.so tests/kubectl/diff.php --record   re-run kubectl and record
//
// Each case writes kubeconfig files and a recording plugin into a fresh
// folder; kubectl runs `get --raw /version` against https://127.0.0.1:1
// (client-go runs exec plugins only for TLS servers; nothing listens there,
// so a run that gets as far as connecting accepted the credential, and its
// token is the answer's, or the case's `token` where Go reads it
// differently than PHP can); the extension loads the same files
// (fromKubeConfigYamlFile or fromKubeConfigVariable, same HOME, PATH,
// KUBECONFIG and working folder) and calls getToken(). Compared: accepted or
// refused, token, plugin runs, argv, environment (HOME, PATH, T_*),
// KUBERNETES_EXEC_INFO and the plugin's working folder. kubectl's side is
// kept in tests/kubectl/recorded.json so CI compares without kubectl.
// Last line: "kubectl-diff: N passed, N failed".

require __DIR__ . '/cases.php';

use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

const KUBECTL = '/usr/lib/google-cloud-sdk/bin/kubectl.1.33';

$record = in_array('--record', $argv, true);
$only = null;
foreach ($argv as $a) {
    if (str_starts_with($a, '--only=')) {
        $only = substr($a, 7);
    }
}
$recordedFile = __DIR__ . '/recorded.json';
$recorded = is_file($recordedFile) ? json_decode(file_get_contents($recordedFile), true) : [];

if (!extension_loaded('php_k8s_auth') && !class_exists(ExecCredentialProvider::class)) {
    fwrite(STDERR, "the php_k8s_auth extension is not loaded\n");
    echo "kubectl-diff: 0 passed, 1 failed\n";
    exit(1);
}

if ($record && !is_executable(KUBECTL)) {
    fwrite(STDERR, "--record needs " . KUBECTL . "\n");
    exit(1);
}
$url = 'https://127.0.0.1:1';

$base = sys_get_temp_dir() . '/pk8s-kubectl-diff-' . getmypid();
$passed = $failed = 0;
$n = 0;
foreach (cases() as $name => $case) {
    if ($only !== null && $name !== $only) {
        continue;
    }
    $dir = "$base/" . (++$n);
    if ($record) {
        $k = run_case($dir, $case, $url, fn ($d) => run_kubectl($d, $case));
        $recorded[$name] = normalise($k, $dir, $url);
    }
    if (!isset($recorded[$name])) {
        echo "FAIL $name: no kubectl recording (run with --record where kubectl is installed)\n";
        $failed++;
        continue;
    }
    $ours = normalise(run_case("$dir-php", $case, $url, fn ($d) => run_extension($d, $case)), "$dir-php", $url);
    $want = $recorded[$name];
    $diff = compare($want, $ours);
    if ($diff === []) {
        $passed++;
    } else {
        $failed++;
        echo "FAIL $name:\n";
        foreach ($diff as $field => [$k, $o]) {
            echo "  $field\n    kubectl: ", json_encode($k, JSON_UNESCAPED_SLASHES), "\n    php:     ", json_encode($o, JSON_UNESCAPED_SLASHES), "\n";
        }
    }
}
exec('rm -rf ' . escapeshellarg($base));
if ($record && $only === null) {
    ksort($recorded);
    file_put_contents($recordedFile, json_encode($recorded, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n");
}
echo "kubectl-diff: $passed passed, $failed failed\n";
exit($failed ? 1 : 0);

/** Lays out the case in $dir and runs $runner; returns what the plugin saw. */
function run_case(string $dir, array $case, string $url, callable $runner): array
{
    foreach (['home', 'work', 'bin', 'home/.kube'] as $sub) {
        @mkdir("$dir/$sub", 0777, true);
    }
    $plugin = <<<'SH'
#!/bin/sh
d=/DIR/bin
n=$(( $(cat "$d/runs" 2>/dev/null || echo 0) + 1 )); echo $n > "$d/runs"
printf '%s\n' "$0" "$@" > "$d/rec.$n.argv"
env | grep -E '^(HOME|PATH|T_[A-Z0-9_]*)=' | sort > "$d/rec.$n.env"
printf '%s' "$KUBERNETES_EXEC_INFO" > "$d/rec.$n.info"
pwd > "$d/rec.$n.cwd"
cat "$d/answer"
SH;
    foreach (['plug', 'sub/plug2'] as $p) {
        @mkdir(dirname("$dir/bin/$p"), 0777, true);
        file_put_contents("$dir/bin/$p", str_replace('/DIR', $dir, $plugin));
        chmod("$dir/bin/$p", 0755);
    }
    file_put_contents("$dir/bin/answer", $case['answer'] ?? token_answer(default_token($case)));
    foreach ($case['files'] as $rel => $text) {
        $path = "$dir/$rel";
        @mkdir(dirname($path), 0777, true);
        file_put_contents($path, str_replace(['$DIR', '$SERVER'], [$dir, $url], $text));
    }
    if (isset($case['chmod'])) {
        chmod("$dir/{$case['chmod']}", 0755);
    }
    $result = $runner($dir);
    $runs = (int) @file_get_contents("$dir/bin/runs");
    $result['runs'] = $runs;
    if ($runs > 0) {
        $result['argv'] = explode("\n", rtrim(file_get_contents("$dir/bin/rec.1.argv"), "\n"));
        $result['env'] = file_get_contents("$dir/bin/rec.1.env");
        $result['exec_info'] = file_get_contents("$dir/bin/rec.1.info");
        $result['cwd'] = trim(file_get_contents("$dir/bin/rec.1.cwd"));
    }
    return $result;
}

function case_env(string $dir, array $case): array
{
    $env = ['HOME' => "$dir/home", 'PATH' => "$dir/bin:/usr/bin:/bin"];
    if (array_key_exists('KUBECONFIG', $case)) {
        $env['KUBECONFIG'] = str_replace('$DIR', $dir, $case['KUBECONFIG']);
    }
    return $env;
}

function default_token(array $case): string
{
    return 'tok-' . substr(md5(json_encode($case)), 0, 8);
}

function run_kubectl(string $dir, array $case): array
{
    $cmd = [KUBECTL];
    if (isset($case['file'])) {
        array_push($cmd, '--kubeconfig', "$dir/{$case['file']}");
    }
    if (isset($case['context'])) {
        array_push($cmd, '--context', $case['context']);
    }
    array_push($cmd, '--request-timeout=5s', 'get', '--raw', '/version');
    $p = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, "$dir/work", case_env($dir, $case));
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    fclose($pipes[1]);
    fclose($pipes[2]);
    $rc = proc_close($p);
    // Got as far as connecting: the credential was accepted.
    $ok = is_file("$dir/bin/runs") && preg_match('/connection refused|127.0.0.1:1 was refused/', $err) === 1
        && !str_contains($err, 'getting credentials');
    $token = null;
    if ($ok) {
        $token = $case['token'] ?? (isset($case['answer']) ? null : default_token($case));
    }
    return ['accepted' => $ok, 'token' => $token, 'kubectl_error' => $ok ? null : "rc $rc: " . trim($err) . trim($out)];
}

function run_extension(string $dir, array $case): array
{
    $saved = ['HOME' => getenv('HOME'), 'PATH' => getenv('PATH'), 'KUBECONFIG' => getenv('KUBECONFIG')];
    $cwd = getcwd();
    putenv('KUBECONFIG');
    foreach (case_env($dir, $case) as $k => $v) {
        putenv("$k=$v");
    }
    chdir("$dir/work");
    ExecCredentialProvider::clearCache();
    try {
        $p = isset($case['file'])
            ? ExecCredentialProvider::fromKubeConfigYamlFile("$dir/{$case['file']}", $case['context'] ?? null)
            : ExecCredentialProvider::fromKubeConfigVariable($case['context'] ?? null);
        $token = $p->getToken();
        $r = ['accepted' => true, 'token' => $token];
    } catch (Throwable $e) {
        $r = ['accepted' => false, 'token' => null, 'php_error' => $e->getMessage()];
    } finally {
        chdir($cwd);
        foreach ($saved as $k => $v) {
            putenv($v === false ? $k : "$k=$v");
        }
    }
    return $r;
}

/** Folder and server URL replaced by placeholders, so recordings are portable. */
function normalise(array $r, string $dir, string $url): array
{
    $walk = function ($v) use (&$walk, $dir, $url) {
        if (is_array($v)) {
            return array_map($walk, $v);
        }
        return is_string($v) ? str_replace([$dir, $url, str_replace('/', '\/', $dir), str_replace('/', '\/', $url)], ['$DIR', '$SERVER', '$DIR', '$SERVER'], $v) : $v;
    };
    return $walk($r);
}

function compare(array $kubectl, array $ours): array
{
    $diff = [];
    foreach (['accepted', 'token', 'runs', 'argv', 'env', 'exec_info', 'cwd'] as $f) {
        $k = $kubectl[$f] ?? null;
        $o = $ours[$f] ?? null;
        if ($k !== $o) {
            $diff[$f] = [$k, $o];
        }
    }
    if ($diff) {
        $diff['(messages)'] = [$kubectl['kubectl_error'] ?? null, $ours['php_error'] ?? null];
    }
    return $diff;
}

function token_answer(string $token, string $api = 'client.authentication.k8s.io/v1'): string
{
    return json_encode(['apiVersion' => $api, 'kind' => 'ExecCredential', 'status' => ['token' => $token]], JSON_UNESCAPED_SLASHES) . "\n";
}
