--TEST--
An empty PATH entry means the working folder: a bare command found there is refused (kubectl: exec.ErrDot), not skipped to a later entry
--SKIPIF--
<?php if (PHP_ZTS) die("skip under ZTS a plugin starts in the process's working folder, not the thread's chdir() one (README, Deviations)"); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
sh_plugin($d, 'cwd-plugin', "touch '$d/ran'\n" . OK_ANSWER);
chdir($d);
putenv('PATH=:/usr/bin:/bin');
echo auth_error(fn() => (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => 'cwd-plugin']))->getToken()), "\n";
var_dump(file_exists("$d/ran"));
?>
--EXPECT--
Exec credential provider failed: executable cwd-plugin was found through the relative PATH entry "." (./cwd-plugin in the working folder); a command found relative to the working folder is not run (kubectl refuses it too, Go's exec.ErrDot). Make every PATH entry absolute, or use an absolute command path
bool(false)
