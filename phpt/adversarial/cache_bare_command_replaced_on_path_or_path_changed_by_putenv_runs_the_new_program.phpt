--TEST--
cache: a bare command found on PATH is looked up again on every call: replaced in place (new file, same path) or shadowed through putenv('PATH=…'), the next provider runs the new program instead of reusing the old one's token
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
$d = test_dir();
mkdir("$d/bin1");
mkdir("$d/bin2");
$write = static function (string $path, string $token) use ($d): void {
    file_put_contents("$path.tmp", "#!/bin/sh\necho run >> \"\$MARKER\"\n"
        . "echo '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"$token\"}}'\n");
    chmod("$path.tmp", 0755);
    rename("$path.tmp", $path);
};
$write("$d/bin1/k8s-test-plugin", 'first');
$path = getenv('PATH');
putenv("PATH=$d/bin1:$path");
$exec = ['command' => 'k8s-test-plugin', 'env' => [['name' => 'MARKER', 'value' => "$d/marker"]]];
echo (new ExecCredentialProvider($exec))->getToken(), "\n";
echo (new ExecCredentialProvider($exec))->getToken(), "\n";
// Replaced in place, as a package upgrade does (new inode, same path).
$write("$d/bin1/k8s-test-plugin", 'upgraded');
echo (new ExecCredentialProvider($exec))->getToken(), "\n";
// Another directory put first on PATH by the application.
$write("$d/bin2/k8s-test-plugin", 'shadowing');
putenv("PATH=$d/bin2:$d/bin1:$path");
echo (new ExecCredentialProvider($exec))->getToken(), "\n";
putenv("PATH=$d/bin1:$path");
echo (new ExecCredentialProvider($exec))->getToken(), "\n";
echo "plugin runs: ", runs("$d/marker"), "\n";
?>
--EXPECT--
first
first
upgraded
shadowing
upgraded
plugin runs: 3
