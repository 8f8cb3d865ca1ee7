--TEST--
setClusterInfo() with an unknown (misspelt) key throws AuthenticationException naming the key and listing the accepted keys
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$p = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => 'aws', 'provideClusterInfo' => true]);
$e = expect_throw(fn() => $p->setClusterInfo(['server' => 'https://k:6443', 'certificate_authority_data' => 'Q0E=']));
contains_each($e, 'certificate_authority_data', 'server', 'tls-server-name', 'insecure-skip-tls-verify', 'certificate-authority-data', 'proxy-url', 'disable-compression', 'config');
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"certificate_authority_data": yes
"server": yes
"tls-server-name": yes
"insecure-skip-tls-verify": yes
"certificate-authority-data": yes
"proxy-url": yes
"disable-compression": yes
"config": yes
