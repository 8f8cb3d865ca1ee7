--TEST--
whoami() verifies the server against the kubeconfig's certificate-authority and returns username, uid, groups and extra
--SKIPIF--
<?php if (!shell_exec('command -v python3') || !shell_exec('command -v openssl')) die('skip needs python3 and openssl'); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/api-standin.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$api = new ApiStandin();
$plugin = $api->issuingPlugin("$api->dir/plugin", 'alice@example.com');
$provider = ExecCredentialProvider::fromKubeConfigYamlFile($api->kubeconfig("$api->dir/config", ['command' => $plugin]));
$me = $provider->whoami();
$me['uid'] = preg_replace('/[0-9a-f]{8}$/', 'HEX', $me['uid']);
$me['extra'] = array_map(fn ($v) => ['(sha256 prefix of the token)'], $me['extra']);
var_dump($me);
echo "plugin runs: ", ApiStandin::runs($plugin), "\n";
echo "sent the provider's token: ", $api->requests()[0]['token_sha256'] === ApiStandin::fingerprint($provider->getToken()) ? 'yes' : 'no', "\n";
echo "path: ", $api->requests()[0]['path'], "\n";
?>
--EXPECT--
array(4) {
  ["username"]=>
  string(17) "alice@example.com"
  ["uid"]=>
  string(7) "uid-HEX"
  ["groups"]=>
  array(2) {
    [0]=>
    string(13) "standin:group"
    [1]=>
    string(20) "system:authenticated"
  }
  ["extra"]=>
  array(1) {
    ["standin.test/token-sha256"]=>
    array(1) {
      [0]=>
      string(28) "(sha256 prefix of the token)"
    }
  }
}
plugin runs: 1
sent the provider's token: yes
path: /apis/authentication.k8s.io/v1/selfsubjectreviews
