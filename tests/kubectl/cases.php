<?php
// The cases of the kubectl differential suite (see diff.php). `$DIR` is the
// case's folder (plugin in $DIR/bin/plug, kubectl's working folder
// $DIR/work, HOME $DIR/home) and `$SERVER` the API stand-in's URL.

const V1 = 'client.authentication.k8s.io/v1';
const V1B = 'client.authentication.k8s.io/v1beta1';

/** A kubeconfig with one context `ctx` → cluster `k` → user `u`. */
function kc(string $exec = '', string $cluster = '', string $extra = '', string $api = V1): string
{
    return <<<Y
apiVersion: v1
kind: Config
current-context: ctx
clusters:
- name: k
  cluster:
    server: \$SERVER
$cluster
contexts:
- name: ctx
  context: {cluster: k, user: u}
users:
- name: u
  user:
    exec:
      apiVersion: $api
      command: \$DIR/bin/plug
      interactiveMode: Never
$exec
$extra
Y;
}

/** A cluster exec extension whose `config` is $config (flow YAML). */
function ext(string $config): string
{
    return "    extensions:\n    - name: client.authentication.k8s.io/exec\n      extension: $config";
}

function one(string $yaml, array $more = []): array
{
    return ['files' => ['kc' => $yaml], 'file' => 'kc'] + $more;
}

function cases(): array
{
    $c = [];
    $pci = "      provideClusterInfo: true";

    // YAML 1.1 scalars in the exec extension config, as the plugin sees them.
    $scalars = ['yes', 'no', 'on', 'off', 'y', 'n', 'True', 'tRUE', 'NO', '~', 'null', 'Null', 'nULL', '',
        '010', '0o10', '0x1F', '-0x1F', '1_000', '0b101', '-0b11', '+12', '.5', '1e3', '1.5e+3', '08', '0_10',
        '1:30', '2001-12-14', '2001-12-14T21:59:43.10-05:00', '"yes"', "'on'", '99999999999999999999',
        '18446744073709551616', '1e400', '-0', '1e21', '0.0000001', '!!binary aGVsbG8=', '!!str 12',
        '!!int "0x10"', '!foo 12', '.inf', '.nan', '"<>&"', '"\u00e9\u2028"'];
    foreach ($scalars as $i => $s) {
        $c["scalar $i: $s"] = one(kc($pci, ext("{v: $s}")));
    }
    $c['scalar keys'] = one(kc($pci, ext('{y: 1, n: 2, 010: x, 0x1F: y, 1e3: w, .5: v, no: u, 1.5: s}')));
    $c['null key refused'] = one(kc($pci, ext('{~: 1}')));
    $c['nested config keeps Go order'] = one(kc($pci, ext('{z: [1, {b: 2, a: 1}], a: {y: n}}')));
    $c['config without provideClusterInfo'] = one(kc('', ext('{a: 1}')));
    $c['two exec extensions refused'] = one(kc($pci, ext("{a: 1}\n    - name: client.authentication.k8s.io/exec\n      extension: {b: 2}")));
    $c['duplicate other extension names refused'] = one(kc($pci, "    extensions:\n    - name: x\n      extension: {}\n    - name: x\n      extension: {}"));

    // Typed decoding.
    $c['args yes refused'] = one(kc("      args: [yes]"));
    $c['args number refused'] = one(kc("      args: [42]"));
    $c['args null is empty'] = one(kc("      args: [~, a]"));
    $c['args quoted'] = one(kc("      args: ['yes', \"42\", 'a b', '', --x=1]"));
    $c['env value number refused'] = one(kc("      env: [{name: T_A, value: 1}]"));
    $c['env value quoted'] = one(kc("      env: [{name: T_A, value: '1'}, {name: T_B, value: ''}, {name: T_C}]"));
    $c['env order and override'] = one(kc("      env: [{name: T_A, value: x}, {name: T_A, value: y}, {name: HOME, value: /h}]"));
    $c['provideClusterInfo string refused'] = one(kc("      provideClusterInfo: \"true\""));
    $c['provideClusterInfo on'] = one(kc("      provideClusterInfo: on"));
    $c['insecure string refused'] = one(kc($pci, "    insecure-skip-tls-verify: \"true\""));
    $c['insecure yes'] = one(kc($pci, "    insecure-skip-tls-verify: yes"));
    $c['tls-server-name number refused'] = one(kc($pci, "    tls-server-name: 12"));
    $c['tls-server-name quoted'] = one(kc($pci, "    tls-server-name: '12'"));
    $c['ca data bad base64 refused'] = one(kc($pci, "    certificate-authority-data: 'not base64!'"));
    $ca = file_get_contents(__DIR__ . '/../../phpt/kubeconfig/fixtures/ca.pem');
    $c['ca data'] = one(kc($pci, "    certificate-authority-data: " . base64_encode($ca)));
    $c['ca file relative to kubeconfig'] = ['files' => ['cfg/kc' => kc($pci, "    certificate-authority: ca.crt"), 'cfg/ca.crt' => $ca], 'file' => 'cfg/kc'];
    $c['disable-compression and proxy'] = one(kc($pci, "    disable-compression: true\n    proxy-url: http://127.0.0.1:1"));
    $c['cluster name number refused'] = one(str_replace('- name: k', '- name: 1', kc()));
    $c['current-context list refused'] = one(str_replace('current-context: ctx', 'current-context: [ctx]', kc()));
    $c['unknown fields ignored'] = one(kc("      futureField: {a: 1}", "    newField: [1]", "preferences: {colors: true}\nextensions: []"));
    $c['installHint ignored'] = one(kc("      installHint: 'install it'"));
    $c['apiVersion v1beta1'] = one(kc('', '', '', V1B), ['answer' => token_answer('b-tok', V1B), 'token' => 'b-tok']);
    $c['apiVersion mismatch refused'] = one(kc(), ['answer' => token_answer('b-tok', V1B)]);

    // proxy-url as Go's url.Parse + String() writes it, and kubectl's scheme check.
    $proxies = ['HTTP://127.0.0.1:1', 'http://user:p@ss@127.0.0.1:1', 'http://127.0.0.1:1/a b', "http://127.0.0.1:1/\u{e4}",
        'http://us%65r@127.0.0.1:1', 'http://127.0.0.1:1/%41%2f', 'http://127.0.0.1:1?x=1#f', 'socks5://127.0.0.1:1', 'https://127.0.0.1:1/',
        'ftp://127.0.0.1:1', 'http://pro xy:1', '127.0.0.1:1'];
    foreach ($proxies as $i => $p) {
        $c["proxy-url $i: $p"] = one(kc($pci, "    proxy-url: '$p'"));
    }

    // Documents, keys, anchors.
    $c['second document ignored'] = one(kc() . "\n---\nthis: [is not read\n");
    $c['duplicate key last wins'] = one(str_replace("interactiveMode: Never\n", "interactiveMode: Never\n      args: [first]\n      args: [second]\n", kc()));
    $c['merge key'] = one(kc("      <<: {args: [merged], env: [{name: T_M, value: m}]}"));
    $c['merge key overrides earlier'] = one(kc("      args: [own]\n      <<: {args: [merged]}"));
    $c['anchor and alias'] = one("x-a: &args [a1, a2]\n" . kc("      args: *args"));
    $c['json kubeconfig'] = one(json_encode(['apiVersion' => 'v1', 'current-context' => 'c', 'clusters' => [['name' => 'k', 'cluster' => ['server' => '$SERVER']]],
        'contexts' => [['name' => 'c', 'context' => ['cluster' => 'k', 'user' => 'u']]],
        'users' => [['name' => 'u', 'user' => ['exec' => ['apiVersion' => V1, 'command' => '$DIR/bin/plug', 'interactiveMode' => 'Never', 'args' => ['j']]]]]], JSON_UNESCAPED_SLASHES));
    $c['utf-8 bom'] = one("\u{feff}" . kc());
    $c['tab indentation refused'] = one(str_replace("  context: {cluster: k, user: u}", "\tcontext: {cluster: k, user: u}", kc()));
    $c['control character refused'] = one(kc("      args: [\"a\x01\"]"));
    $c['tagged string arg'] = one(kc("      args: [!!str 12, !!str yes]"));

    // Answers.
    $c['yaml answer'] = one(kc(), ['answer' => "apiVersion: " . V1 . "\nkind: ExecCredential\nstatus:\n  token: yaml-tok\n", 'token' => 'yaml-tok']);
    $c['yaml answer token yes refused'] = one(kc(), ['answer' => "apiVersion: " . V1 . "\nkind: ExecCredential\nstatus:\n  token: yes\n"]);
    $c['json answer lone surrogate'] = one(kc(), ['answer' => '{"apiVersion":"' . V1 . '","kind":"ExecCredential","status":{"token":"t\ud800x"}}', 'token' => "t\u{fffd}x"]);
    $c['json answer zero expiry'] = one(kc(), ['answer' => '{"apiVersion":"' . V1 . '","kind":"ExecCredential","status":{"token":"z","expirationTimestamp":"0001-01-01T00:00:00Z"}}', 'token' => 'z']);
    $c['json answer bom'] = one(kc(), ['answer' => "\u{feff}" . token_answer('bom-tok'), 'token' => 'bom-tok']);
    $c['json answer without kind'] = one(kc(), ['answer' => '{"apiVersion":"' . V1 . '","status":{"token":"nokind"}}', 'token' => 'nokind']);
    $c['json answer missing token refused'] = one(kc(), ['answer' => '{"apiVersion":"' . V1 . '","kind":"ExecCredential","status":{}}']);
    $c['json answer duplicate key'] = one(kc(), ['answer' => '{"apiVersion":"' . V1 . '","kind":"ExecCredential","status":{"token":"a","token":"b"}}', 'token' => 'b']);

    // Contexts.
    $two = str_replace("contexts:\n", "contexts:\n- name: other\n  context: {cluster: k, user: u2}\n", kc()) . "- name: u2\n  user:\n    exec:\n      apiVersion: " . V1 . "\n      command: \$DIR/bin/plug\n      interactiveMode: Never\n      args: [u2]\n";
    $c['context argument'] = one($two, ['context' => 'other']);
    $c['current context'] = one($two);
    $c['unknown context refused'] = one($two, ['context' => 'nope']);
    $c['context names missing user refused'] = one(str_replace('user: u}', 'user: ghost}', kc()));
    $c['context names missing cluster refused'] = one(str_replace('{cluster: k,', '{cluster: ghost,', kc()));
    $c['no current context refused'] = one(str_replace('current-context: ctx', '', kc()));

    // Paths.
    $c['relative command in kubeconfig folder'] = ['files' => ['cfg/kc' => str_replace('$DIR/bin/plug', './plug', kc()), 'cfg/plug' => "#!/bin/sh\nexec \$DIR/bin/plug \"\$@\"\n"], 'file' => 'cfg/kc', 'chmod' => 'cfg/plug'];
    $c['bare command on PATH'] = one(str_replace('$DIR/bin/plug', 'plug', kc()));
    $c['command with args from folder'] = one(str_replace('$DIR/bin/plug', '$DIR/bin/sub/plug2', kc("      args: [--region, eu-west-1]")));

    // KUBECONFIG merging.
    $a = "current-context: a\nclusters:\n- name: k\n  cluster: {server: \$SERVER}\ncontexts:\n- name: a\n  context: {cluster: k, user: u}\n";
    $b = "current-context: b\nclusters:\n- name: k\n  cluster: {server: http://wrong.invalid}\n- name: k2\n  cluster: {server: \$SERVER}\ncontexts:\n- name: b\n  context: {cluster: k2, user: u}\nusers:\n- name: u\n  user:\n    exec: {apiVersion: " . V1 . ", command: \$DIR/bin/plug, interactiveMode: Never, args: [from-b]}\n";
    $c3 = "users:\n- name: u\n  user:\n    exec: {apiVersion: " . V1 . ", command: \$DIR/bin/plug, interactiveMode: Never, args: [from-c]}\n";
    $c['KUBECONFIG first file wins'] = ['files' => ['a' => $a, 'b' => $b, 'c' => $c3], 'KUBECONFIG' => '$DIR/a:$DIR/b:$DIR/c'];
    $c['KUBECONFIG order reversed'] = ['files' => ['a' => $a, 'b' => $b, 'c' => $c3], 'KUBECONFIG' => '$DIR/c:$DIR/b:$DIR/a'];
    $c['KUBECONFIG missing files skipped'] = ['files' => ['a' => $a, 'b' => $b], 'KUBECONFIG' => '$DIR/nope:$DIR/a::$DIR/b'];
    $c['KUBECONFIG all missing refused'] = ['files' => [], 'KUBECONFIG' => '$DIR/nope1:$DIR/nope2'];
    $c['KUBECONFIG only separators refused'] = ['files' => ['home/.kube/config' => kc()], 'KUBECONFIG' => ':'];
    $c['KUBECONFIG empty uses home config'] = ['files' => ['home/.kube/config' => kc()], 'KUBECONFIG' => ''];
    $c['KUBECONFIG unset uses home config'] = ['files' => ['home/.kube/config' => kc()]];
    $c['KUBECONFIG relative entry from working folder'] = ['files' => ['work/rel.yaml' => kc()], 'KUBECONFIG' => 'rel.yaml'];
    $c['KUBECONFIG duplicate entry'] = ['files' => ['a' => $a, 'b' => $b], 'KUBECONFIG' => '$DIR/a:$DIR/a:$DIR/b'];
    $c['KUBECONFIG empty file in list'] = ['files' => ['e' => '', 'a' => $a, 'b' => $b], 'KUBECONFIG' => '$DIR/e:$DIR/a:$DIR/b'];
    $c['KUBECONFIG context argument'] = ['files' => ['a' => $a, 'b' => $b], 'KUBECONFIG' => '$DIR/a:$DIR/b', 'context' => 'b'];
    $c['KUBECONFIG relative command from defining file'] = ['files' => ['x/a' => str_replace('$DIR/bin/plug', './p', kc()), 'x/p' => "#!/bin/sh\nexec \$DIR/bin/plug \"\$@\"\n"], 'KUBECONFIG' => '$DIR/x/a', 'chmod' => 'x/p'];
    $c['KUBECONFIG broken later file refused'] = ['files' => ['a' => kc(), 'b' => "users: [\n"], 'KUBECONFIG' => '$DIR/a:$DIR/b'];
    return $c;
}
