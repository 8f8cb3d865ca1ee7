--TEST--
1,000 fresh providers with one exec configuration run the plugin once and all get its token
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
$tokens = [];
for ($i = 0; $i < 1000; $i++) {
    $tokens[(new ExecCredentialProvider(plugin_config("$d/marker")))->getToken()] = true;
}
var_dump(runs("$d/marker"), array_keys($tokens));
?>
--EXPECT--
int(1)
array(1) {
  [0]=>
  string(5) "tok-1"
}
