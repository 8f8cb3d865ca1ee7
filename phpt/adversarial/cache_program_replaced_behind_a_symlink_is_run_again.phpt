--TEST--
cache: when the symlink a command points at is swapped to another program, the next provider runs the new program instead of reusing the old one's token
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
foreach (['a', 'b'] as $name) {
    file_put_contents("$d/plugin-$name", "#!/bin/sh\necho run >> \"\$MARKER\"\n"
        . "echo '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"from-$name\"}}'\n");
    chmod("$d/plugin-$name", 0755);
}
symlink("$d/plugin-a", "$d/plugin");
$exec = ['command' => "$d/plugin", 'env' => [['name' => 'MARKER', 'value' => "$d/marker"]]];
echo (new ExecCredentialProvider($exec))->getToken(), "\n";
echo (new ExecCredentialProvider($exec))->getToken(), "\n";
// Swapped atomically, as a deploy would.
symlink("$d/plugin-b", "$d/plugin.new");
rename("$d/plugin.new", "$d/plugin");
echo (new ExecCredentialProvider($exec))->getToken(), "\n";
// A program replaced in place by another file (new inode) too.
copy("$d/plugin-a", "$d/plugin-c");
chmod("$d/plugin-c", 0755);
rename("$d/plugin-c", "$d/plugin-b");
echo (new ExecCredentialProvider($exec))->getToken(), "\n";
echo "plugin runs: ", runs("$d/marker"), "\n";
?>
--EXPECT--
from-a
from-a
from-b
from-a
plugin runs: 3
