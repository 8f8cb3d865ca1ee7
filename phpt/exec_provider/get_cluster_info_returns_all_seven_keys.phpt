--TEST--
getClusterInfo() returns all seven cluster keys, with null/false for what was not set; setClusterInfo() returns the same object
--FILE--
<?php
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

$p = new ExecCredentialProvider(['command' => 'aws']);
$empty = $p->getClusterInfo();
ksort($empty);
var_dump($empty);
var_dump($p->setClusterInfo(['server' => 'https://k:6443', 'insecure-skip-tls-verify' => true, 'config' => ['a' => 1]]) === $p);
$info = $p->getClusterInfo();
ksort($info);
var_dump($info);
?>
--EXPECT--
array(7) {
  ["certificate-authority-data"]=>
  NULL
  ["config"]=>
  NULL
  ["disable-compression"]=>
  bool(false)
  ["insecure-skip-tls-verify"]=>
  bool(false)
  ["proxy-url"]=>
  NULL
  ["server"]=>
  NULL
  ["tls-server-name"]=>
  NULL
}
bool(true)
array(7) {
  ["certificate-authority-data"]=>
  NULL
  ["config"]=>
  array(1) {
    ["a"]=>
    int(1)
  }
  ["disable-compression"]=>
  bool(false)
  ["insecure-skip-tls-verify"]=>
  bool(true)
  ["proxy-url"]=>
  NULL
  ["server"]=>
  string(14) "https://k:6443"
  ["tls-server-name"]=>
  NULL
}
