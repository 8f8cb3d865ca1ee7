--TEST--
php-fpm, 2 workers, max_credential_age = 5 and no recipe: after every token is revoked, requests fail until the tokens are 5 s old, then every worker recovers on its own
--SKIPIF--
<?php require __DIR__ . '/../fixtures/lib.inc'; Fpm::skipIf(); ?>
--FILE--
<?php
require __DIR__ . '/fixtures/recipe.inc';
$s = new RecipeScenario(['php_k8s_auth.max_credential_age' => 5]);
$fetched = microtime(true);
echo "before:  ", RecipeScenario::show($s->round('plain')), "\n";
$s->api->revokeAll();
echo "after:   ", RecipeScenario::show($s->round('plain')), "\n";
// Poll until both workers succeed; a failure after 5 s (plus the round's
// own 0.3 s and scheduling slack) would be a token kept too long.
$lastFailure = 0.0;
do {
    $round = $s->round('plain');
    if (in_array(false, array_column($round, 'ok'), true)) {
        $lastFailure = microtime(true) - $fetched;
    }
} while (in_array(false, array_column($round, 'ok'), true) && microtime(true) - $fetched < 15);
echo "recovered: ", RecipeScenario::show($round), "\n";
echo "last failure within 5 s of the fetch: ", var_export($lastFailure <= 5.0 + 0.9, true), "\n";
echo "plugin runs: ", runs($s->marker), "\n";
?>
--EXPECT--
before:  200 ok | 200 ok
after:   401 FAILED | 401 FAILED
recovered: 200 ok | 200 ok
last failure within 5 s of the fetch: true
plugin runs: 2
