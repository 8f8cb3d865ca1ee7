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
$after = RecipeScenario::show($s->round('refresh'));
// With the host-wide cache, a worker whose request starts after the other
// worker's retry already gets the new token: 200 at once, no 401.
echo "after:   ", in_array($after, ['401 200 ok | 401 200 ok', '401 200 ok | 200 ok', '200 ok | 401 200 ok'], true)
    ? 'a 401 then 200 ok in one worker, the other the same or 200 ok at once' : $after, "\n";
echo "later:   ", RecipeScenario::show($s->round('refresh')), "\n";
// One run at the start (shared), then one per refresh(): 1 when the second
// worker already had the new token, 2 when both saw the 401 (refresh()
// always runs the plugin).
echo "plugin runs 2 or 3: ", var_export(in_array(runs($s->marker), [2, 3], true), true), "\n";
?>
--EXPECT--
before:  200 ok | 200 ok
after:   a 401 then 200 ok in one worker, the other the same or 200 ok at once
later:   200 ok | 200 ok
plugin runs 2 or 3: true
