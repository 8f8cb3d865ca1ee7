--TEST--
A plugin answering in YAML instead of JSON is accepted, as kubectl accepts it
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$p = answering_provider($dir, <<<YAML
apiVersion: client.authentication.k8s.io/v1
kind: ExecCredential
status:
  token: tok-yaml
  expirationTimestamp: "2030-01-01T00:00:00Z"

YAML);
var_dump($p->getToken(), $p->getExpiresAt()->format(DATE_ATOM));
?>
--EXPECT--
string(8) "tok-yaml"
string(25) "2030-01-01T00:00:00+00:00"
