--TEST--
php_k8s_auth.cache=0 restores one plugin run per provider (and none shared between them)
--INI--
php_k8s_auth.cache=0
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
$tokens = [];
for ($i = 0; $i < 5; $i++) {
    $p = new ExecCredentialProvider(plugin_config("$d/marker"));
    $tokens[] = $p->getToken();
    $tokens[] = $p->getToken(); // the provider itself still keeps its token
}
echo implode(' ', $tokens), "\n";
var_dump(runs("$d/marker"));
?>
--EXPECT--
tok-1 tok-1 tok-2 tok-2 tok-3 tok-3 tok-4 tok-4 tok-5 tok-5
int(5)
