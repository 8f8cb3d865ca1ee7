--TEST--
A plugin that prints without end (1 GiB) is killed at max_output_bytes and memory stays flat
--INI--
php_k8s_auth.max_output_bytes=4M
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$d = test_dir();
$plug = sh_plugin($d, 'flood', 'head -c 1073741824 /dev/zero');
$before = memory_get_usage();
$p = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(['command' => $plug]);
try {
    $p->getToken();
} catch (RenokiCo\PhpK8s\Exceptions\AuthenticationException $e) {
    echo str_replace($plug, 'PLUGIN', $e->getMessage()), "\n";
}
$rss = (int) preg_replace('/\D/', '', explode("\n", explode('VmHWM:', file_get_contents('/proc/self/status'))[1])[0]);
echo $rss < 200 * 1024 ? "peak RSS under 200 MiB\n" : "peak RSS $rss kB\n";
?>
--EXPECT--
Exec credential provider failed: PLUGIN printed more than 4194304 bytes on stdout and was killed; an ExecCredential is a small JSON object (raise php_k8s_auth.max_output_bytes if it really carries a large certificate bundle)
peak RSS under 200 MiB
