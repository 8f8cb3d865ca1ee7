--TEST--
php-fpm, 2 workers, a TLS API that revokes every token mid-run: with the README's recipe (on a 401, forget($cluster->getAuthToken()) and retry once) every request after the revocation succeeds on its first retry, in both workers, and no token shows anywhere
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; Fpm::skipIf(); ?>
--FILE--
<?php
require __DIR__ . '/fixtures/recipe.inc';
$s = new RecipeScenario();
echo "before:  ", RecipeScenario::show($s->round('recipe')), "\n";
echo "again:   ", RecipeScenario::show($s->round('recipe')), "\n";
echo "revoked: ", $s->api->revokeAll() > 0 ? 'yes' : 'no', "\n";
$after = RecipeScenario::show($s->round('recipe'));
// With the host-wide cache, a worker whose request starts after the other
// worker's retry already gets the new token: 200 at once, no 401.
echo "after:   ", in_array($after, ['401 200 ok | 401 200 ok', '401 200 ok | 200 ok', '200 ok | 401 200 ok'], true)
    ? 'a 401 then 200 ok in one worker, the other the same or 200 ok at once' : $after, "\n";
echo "later:   ", RecipeScenario::show($s->round('recipe')), "\n";
echo "plugin runs: ", runs($s->marker), "\n";
$s->fpm->stop();
$seen = $s->fpm->log() . file_get_contents("{$s->api->dir}/standin.stderr") . file_get_contents("{$s->api->dir}/requests.jsonl");
echo "token in any log: ", var_export($s->leaks($seen), true), "\n";
?>
--EXPECT--
before:  200 ok | 200 ok
again:   200 ok | 200 ok
revoked: yes
after:   a 401 then 200 ok in one worker, the other the same or 200 ok at once
later:   200 ok | 200 ok
plugin runs: 2
token in any log: false
