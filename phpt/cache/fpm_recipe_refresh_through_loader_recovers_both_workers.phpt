--TEST--
php-fpm, 2 workers, tokens revoked mid-run: on a 401, ExecCredentialProvider::fromKubeConfigYamlFile($path)->refresh() replaces the entry the PHP K8s-style provider (new + setClusterInfo) uses, so the retry succeeds in both workers
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; Fpm::skipIf(); ?>
--FILE--
<?php
require __DIR__ . '/fixtures/recipe.inc';
$s = new RecipeScenario();
echo "before:  ", RecipeScenario::show($s->round('refresh')), "\n";
$s->api->revokeAll();
echo "after:   ", RecipeScenario::show($s->round('refresh')), "\n";
echo "later:   ", RecipeScenario::show($s->round('refresh')), "\n";
echo "plugin runs: ", runs($s->marker), "\n";
?>
--EXPECT--
before:  200 ok | 200 ok
after:   401 200 ok | 401 200 ok
later:   200 ok | 200 ok
plugin runs: 2
