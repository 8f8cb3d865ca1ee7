--TEST--
$expiresAt after getToken() is the UTC DateTimeImmutable of the expiry whichever way it is first read: dumps, casts, Reflection, a clone, ==, isExpired() (the module builds it on first read)
--INI--
; Its own host-wide cache file: forget(), forgetCredential() and clearCache()
; reach every entry of the file, and other tests' plugins answer the same tokens.
php_k8s_auth.shared_cache_dir={TMP}/php-k8s-auth-phpt-expires-at
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
rm_tree(ini_get('php_k8s_auth.shared_cache_dir')); // left by an interrupted run

$dir = test_dir();
// Each reader below is the first to look at a provider of its own.
$fresh = static function () use ($dir) {
    $p = answering_provider($dir, token_answer('tok', '2030-01-01T00:00:00.25Z'));
    $p->getToken();
    return $p;
};
$show = static fn(mixed $at): string => $at instanceof DateTimeImmutable
    ? $at->format('Y-m-d\TH:i:s.uP e') : get_debug_type($at);
$dumped = static function (mixed $v): string {
    ob_start();
    var_dump($v);
    return ob_get_clean();
};

preg_match('/\["expiresAt":protected\]=>\n  (object\(DateTimeImmutable\)#\d+ \(3\) \{.*?\n  \})/s', $dumped($fresh()), $m);
echo 'var_dump: ', preg_replace('/#\d+/', '#N', $m[1] ?? 'missing'), "\n";
echo 'print_r: ', preg_match('/\[expiresAt:protected\] => DateTimeImmutable Object\n\s+\(\n\s+\[date\] => 2030-01-01 00:00:00.250000\n/', print_r($fresh(), true)), "\n";
echo 'var_export: ', preg_match("/'expiresAt' => \n  \\\\DateTimeImmutable::__set_state\(array\(\n     'date' => '2030-01-01 00:00:00.250000',/", var_export($fresh(), true)), "\n";
echo '(array): ', $show(((array) $fresh())["\0*\0expiresAt"] ?? null), "\n";
echo 'get_mangled_object_vars: ', $show(get_mangled_object_vars($fresh())["\0*\0expiresAt"] ?? null), "\n";
$p = $fresh();
echo 'ReflectionProperty::isInitialized: ', var_export((new ReflectionProperty($p, 'expiresAt'))->isInitialized($p), true), "\n";
$p = $fresh();
$at = (new ReflectionProperty($p, 'expiresAt'))->getValue($p);
echo 'ReflectionProperty::getValue: ', $show($at), ', same as getExpiresAt(): ', var_export($p->getExpiresAt() === $at, true), "\n";
$p = $fresh();
$c = clone $p;
echo 'clone: ', $show($c->getExpiresAt()), ', shared with the original: ', var_export($c->getExpiresAt() === $p->getExpiresAt(), true), "\n";
echo 'getExpiresAt(): ', $show($fresh()->getExpiresAt()), "\n";
echo '==: ', var_export($fresh() == $fresh(), true);
$p = $fresh();
$later = answering_provider($dir, token_answer('tok', '2030-01-01T00:00:00.5Z'));
$later->refresh();
echo ', with a later expiry: ', var_export($p == $later, true), "\n";
$p = $fresh();
$p->forgetCredential();
echo 'isExpired() after forgetCredential(): ', var_export($p->isExpired(), true), ', getExpiresAt(): ', $show($p->getExpiresAt()), "\n";
echo runs($dir), " plugin runs\n";
?>
--EXPECT--
var_dump: object(DateTimeImmutable)#N (3) {
    ["date"]=>
    string(26) "2030-01-01 00:00:00.250000"
    ["timezone_type"]=>
    int(3)
    ["timezone"]=>
    string(3) "UTC"
  }
print_r: 1
var_export: 1
(array): 2030-01-01T00:00:00.250000+00:00 UTC
get_mangled_object_vars: 2030-01-01T00:00:00.250000+00:00 UTC
ReflectionProperty::isInitialized: true
ReflectionProperty::getValue: 2030-01-01T00:00:00.250000+00:00 UTC, same as getExpiresAt(): true
clone: 2030-01-01T00:00:00.250000+00:00 UTC, shared with the original: true
getExpiresAt(): 2030-01-01T00:00:00.250000+00:00 UTC
==: true, with a later expiry: false
isExpired() after forgetCredential(): false, getExpiresAt(): 2030-01-01T00:00:00.500000+00:00 UTC
2 plugin runs
--CLEAN--
<?php
require __DIR__ . '/../fixtures/lib.inc';
rm_tree(sys_get_temp_dir() . '/php-k8s-auth-phpt-expires-at');
?>
