--TEST--
$expiresAt follows each new credential (a date, null without expiry), survives a second __construct() as in PHP K8s, and a write through Reflection before any read wins (a refused write keeps the date)
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

$dir = test_dir();
$show = static fn(mixed $at): string => $at instanceof DateTimeInterface
    ? get_class($at) . ' ' . $at->format('Y-m-d\TH:i:s.uP') : get_debug_type($at);

$p = answering_provider($dir, token_answer('a', '2030-01-01T00:00:00Z'));
$p->getToken();
write_answer($dir, token_answer('b'));
$p->refresh();
echo 'no expiry: ', $show($p->getExpiresAt()), "\n";
write_answer($dir, token_answer('c', '2031-02-03T04:05:06Z'));
$p->refresh();
write_answer($dir, token_answer('d', '2032-01-01T00:00:00Z'));
$p->refresh();
echo 'refreshed twice: ', $show($p->getExpiresAt()), "\n";

$p->__construct(plugin_exec($dir));
echo 'after a second __construct(): ', $show($p->getExpiresAt()), "\n";

$q = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(plugin_exec($dir));
$q->getToken();
$r = new ReflectionProperty($q, 'expiresAt');
try {
    $r->setValue($q, 'tomorrow');
} catch (TypeError $e) {
    echo get_class($e), "\n";
}
echo 'after a refused write: ', $show($q->getExpiresAt()), "\n";
$q2 = new RenokiCo\PhpK8s\Auth\ExecCredentialProvider(plugin_exec($dir));
$q2->getToken();
$r->setValue($q2, new DateTime('2040-01-01 00:00:00', new DateTimeZone('UTC')));
echo 'after a write: ', $show($q2->getExpiresAt()), ', isExpired(): ', var_export($q2->isExpired(), true), "\n";
echo runs($dir), " plugin runs\n";
?>
--EXPECT--
no expiry: null
refreshed twice: DateTimeImmutable 2032-01-01T00:00:00.000000+00:00
after a second __construct(): DateTimeImmutable 2032-01-01T00:00:00.000000+00:00
TypeError
after a refused write: DateTimeImmutable 2032-01-01T00:00:00.000000+00:00
after a write: DateTime 2040-01-01T00:00:00.000000+00:00, isExpired(): false
4 plugin runs
