--TEST--
args reach the plugin as exact argv entries, without a shell: spaces, $HOME, *, empty strings, quotes and ; stay literal
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$args = ['a b', '$HOME', '*', '', "\"double\" 'single'", "; touch $dir/pwned", '`id`', '$(id)', '--x=y', 'tab	here', 'ünïcödé', ''];
$p = answering_provider($dir, token_answer('t'), ['args' => $args]);
$p->getToken();
var_dump(recorded_argv($dir) === $args);
var_dump(file_exists("$dir/pwned"));
if (recorded_argv($dir) !== $args) {
    var_dump(recorded_argv($dir));
}
?>
--EXPECT--
bool(true)
bool(false)
