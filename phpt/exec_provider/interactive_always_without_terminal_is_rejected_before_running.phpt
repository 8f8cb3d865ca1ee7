--TEST--
interactiveMode Always without a terminal on stdin throws AuthenticationException about standard input, and the plugin is not run
--SKIPIF--
<?php
if (function_exists('posix_isatty') ? posix_isatty(0) : (defined('STDIN') && stream_isatty(STDIN))) die('skip stdin is a terminal');
?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$p = answering_provider($dir, token_answer('t'), ['interactiveMode' => 'Always']);
$e = expect_throw(fn() => $p->getToken());
contains_each($e, 'standard input is not a terminal');
var_dump(runs($dir), file_exists("$dir/runs"));
?>
--EXPECT--
RenokiCo\PhpK8s\Exceptions\AuthenticationException
"standard input is not a terminal": yes
int(0)
bool(false)
