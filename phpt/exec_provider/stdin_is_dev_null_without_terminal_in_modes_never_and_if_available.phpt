--TEST--
With interactiveMode Never or IfAvailable and no terminal, the plugin's stdin is /dev/null (PHP's own piped stdin is not forwarded) and spec.interactive is false
--SKIPIF--
<?php
if (function_exists('posix_isatty') ? posix_isatty(0) : (defined('STDIN') && stream_isatty(STDIN))) die('skip stdin is a terminal');
if (!is_dir('/proc/self/fd')) die('skip needs /proc to see where the plugin\'s stdin points');
?>
--STDIN--
piped-data-for-php
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

foreach (['Never', 'IfAvailable'] as $mode) {
    echo "$mode\n";
    $dir = test_dir();
    answering_provider($dir, token_answer('t'), ['interactiveMode' => $mode])->getToken();
    var_dump(file_get_contents("$dir/stdin"));
    var_dump(trim(file_get_contents("$dir/stdin-link")));
    $info = json_decode(recorded_env($dir)['KUBERNETES_EXEC_INFO'], true);
    var_dump($info['spec']['interactive']);
}
var_dump(trim(fgets(STDIN)));
?>
--EXPECT--
Never
string(0) ""
string(9) "/dev/null"
bool(false)
IfAvailable
string(0) ""
string(9) "/dev/null"
bool(false)
string(18) "piped-data-for-php"
