--TEST--
cache: under php-fpm (1 worker) requests that putenv() another tenant's variable get that tenant's token, never the previous request's, although PHP frees each request's putenv() string and the next one may reuse its address
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; Fpm::skipIf(); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
$fpm = new Fpm(['pm.max_children' => 1]);
$marker = "$fpm->dir/runs";
$config = var_export(plugin_config($marker, ['EXPIRES_IN' => 3600]), true);
file_put_contents("$fpm->dir/app.php", <<<PHP
<?php
if (isset(\$_GET['tenant'])) {
    putenv('TOKEN=' . \$_GET['tenant']); // undone by PHP at the end of the request
}
echo (new RenokiCo\PhpK8s\Auth\ExecCredentialProvider($config))->getToken();
PHP);
$seen = [];
foreach (['tenant-a', 'tenant-b', 'tenant-a', 'tenant-b', null, 'tenant-b', null] as $tenant) {
    $seen[] = $fpm->request("$fpm->dir/app.php", $tenant === null ? [] : ['tenant' => $tenant])['body'];
}
echo implode(' ', $seen), "\nplugin runs: ", runs($marker), "\n";
?>
--EXPECT--
tenant-a-1 tenant-b-2 tenant-a-1 tenant-b-2 tok-3 tenant-b-2 tok-3
plugin runs: 3
