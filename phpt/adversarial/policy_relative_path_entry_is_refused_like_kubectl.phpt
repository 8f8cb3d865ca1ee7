--TEST--
A bare command found through a relative PATH entry ("bin") is refused like kubectl's exec.ErrDot, not run from the working folder
--SKIPIF--
<?php if (PHP_ZTS) die("skip under ZTS a plugin starts in the process's working folder, not the thread's chdir() one (README, Deviations)"); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
sh_plugin("$d/bin", 'cwd-plugin', "touch '$d/ran'\n" . OK_ANSWER);
chdir($d);
putenv('PATH=bin:/usr/bin:/bin');
echo str_replace($d, '<cwd>', auth_error(fn() => (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => 'cwd-plugin']))->getToken())), "\n";
var_dump(file_exists("$d/ran"));
?>
--EXPECT--
Exec credential provider failed: executable cwd-plugin was found through the relative PATH entry "bin" (bin/cwd-plugin in the working folder); a command found relative to the working folder is not run (kubectl refuses it too, Go's exec.ErrDot). Make every PATH entry absolute, or use an absolute command path
bool(false)
