--TEST--
After ini_set() refuses exec_timeout=1e19 the plugin still runs with the old timeout, without a panic or a zombie
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;
$d = test_dir();
@ini_set('php_k8s_auth.exec_timeout', '1e19');
for ($i = 0; $i < 3; $i++) {
    $p = new ExecCredentialProvider(['command' => token_plugin("$d/p", "tok-$i")]);
    $p->refresh();
    echo $p->getToken(), "\n";
}
?>
--EXPECT--
tok-0
tok-1
tok-2
