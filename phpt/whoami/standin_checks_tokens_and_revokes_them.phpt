--TEST--
The API stand-in fixture: TLS with its own CA, Bearer tokens checked, revoke-all, v1 404 switch, request log
--SKIPIF--
<?php if (!extension_loaded('openssl')) die('skip the test talks to the stand-in through PHP\'s https wrapper (openssl)'); ?>
<?php if (!is_executable('/usr/bin/openssl') || !shell_exec('command -v python3')) die('skip needs python3 and openssl'); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/api-standin.inc';
$api = new ApiStandin();
$review = '/apis/authentication.k8s.io/v1/selfsubjectreviews';

[$s] = $api->request('GET', '/version');
echo "version: $s\n";
[$s, $b] = $api->request('POST', $review, 'nobody-knows-me', '{}');
echo "unknown token: $s ", json_decode($b, true)['message'], "\n";

file_put_contents("$api->dir/tokens", "from-file file-user\n");
$api->addToken('added');
[$s, $b] = $api->request('POST', $review, 'from-file', '{}');
echo "file token: $s ", json_decode($b, true)['status']['userInfo']['username'], "\n";
[$s, $b] = $api->request('GET', '/api/v1/namespaces', 'added');
echo "added token: $s ", implode(',', array_map(fn ($i) => $i['metadata']['name'], json_decode($b, true)['items'])), "\n";

echo "revoked: ", $api->revokeAll(), "\n";
foreach (['from-file', 'added'] as $t) {
    [$s] = $api->request('GET', '/api/v1/namespaces', $t);
    echo "$t after revoke: $s\n";
}
$api->addToken('issued-later');
[$s] = $api->request('GET', '/api/v1/namespaces', 'issued-later');
echo "token added after revoke: $s\n";

$api->setV1NotFound(true);
[$s] = $api->request('POST', $review, 'issued-later', '{}');
echo "v1 with the switch: $s\n";
[$s, $b] = $api->request('POST', '/apis/authentication.k8s.io/v1beta1/selfsubjectreviews', 'issued-later', '{}');
echo "v1beta1: $s ", json_decode($b, true)['apiVersion'], "\n";

$log = $api->requests();
echo count($log), " requests logged; the log holds no token: ", str_contains(file_get_contents("$api->dir/requests.jsonl"), 'issued-later') ? 'NO' : 'yes', "\n";
echo "last one by fingerprint: ", end($log)['token_sha256'] === ApiStandin::fingerprint('issued-later') ? 'yes' : 'no', "\n";

// A client that does not trust its CA is refused.
$ctx = stream_context_create(['ssl' => ['cafile' => "$api->dir/other-ca.crt", 'peer_name' => ApiStandin::DNS_NAME]]);
echo "other CA: ", @file_get_contents($api->server() . '/version', false, $ctx) === false ? 'refused' : 'accepted', "\n";
?>
--EXPECT--
version: 200
unknown token: 401 Unauthorized
file token: 201 file-user
added token: 200 default,kube-system
revoked: 3
from-file after revoke: 401
added after revoke: 401
token added after revoke: 200
v1 with the switch: 404
v1beta1: 201 authentication.k8s.io/v1beta1
8 requests logged; the log holds no token: yes
last one by fingerprint: yes
other CA: refused
