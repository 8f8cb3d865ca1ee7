--TEST--
With PATH removed from the PHP process, a bare command in the system default path (sh) is still found and run
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
write_answer($dir, token_answer('found-without-path'));
putenv('PATH');
$p = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => 'sh'] + plugin_exec($dir));
var_dump($p->getToken());
var_dump(array_key_exists('PATH', recorded_env($dir)));
?>
--EXPECT--
string(18) "found-without-path"
bool(false)
