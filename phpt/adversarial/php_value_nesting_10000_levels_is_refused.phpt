--TEST--
An exec array nested 10,000 levels deep is refused with a clear error instead of crashing PHP
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;
$deep = 'leaf';
for ($i = 0; $i < 10000; $i++) {
    $deep = [$deep];
}
$m = auth_error(fn () => new ExecCredentialProvider(['command' => 'x', 'extra' => $deep]));
echo $m, "\n", str_contains($m, 'nested more than 512 arrays deep') ? 'names the limit' : $m, "\n";
?>
--EXPECT--
Invalid exec credential configuration: $execConfig["extra"][0][0][0][0][0][0][0][…500 more levels…][0][0][0][0] is nested more than 512 arrays deep; a configuration is never that deep
names the limit
