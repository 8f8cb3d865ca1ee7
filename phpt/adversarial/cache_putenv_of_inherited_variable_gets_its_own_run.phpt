--TEST--
cache: after putenv() changes a variable the plugin inherits, a provider with the same configuration gets its own plugin run, never the token cached for the old environment
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
$exec = plugin_config("$d/marker");
$tokens = [];
// The plugin prints the inherited TOKEN as its token's prefix.
foreach (['tenant-a', 'tenant-b', 'tenant-a', 'tenant-b'] as $tenant) {
    putenv("TOKEN=$tenant");
    $tokens[] = (new ExecCredentialProvider($exec))->getToken();
}
// Same length, same address reuse pattern: still told apart.
putenv('TOKEN');
$tokens[] = (new ExecCredentialProvider($exec))->getToken();
echo implode(' ', $tokens), "\nplugin runs: ", runs("$d/marker"), "\n";
?>
--EXPECT--
tenant-a-1 tenant-b-2 tenant-a-1 tenant-b-2 tok-3
plugin runs: 3
