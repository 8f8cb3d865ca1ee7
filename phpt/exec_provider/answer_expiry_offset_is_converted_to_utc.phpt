--TEST--
An expirationTimestamp with a +02:00 or -05:30 offset becomes the same instant in UTC
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

foreach (['2030-01-01T02:00:00+02:00', '2030-06-30T18:29:59.250000-05:30'] as $ts) {
    $dir = test_dir();
    $p = answering_provider($dir, token_answer('t', $ts));
    $p->getToken();
    $at = $p->getExpiresAt();
    echo $ts, ' => ', $at->format('Y-m-d\TH:i:s.uP'), ' ', $at->getTimezone()->getName(), "\n";
}
?>
--EXPECT--
2030-01-01T02:00:00+02:00 => 2030-01-01T00:00:00.000000+00:00 UTC
2030-06-30T18:29:59.250000-05:30 => 2030-06-30T23:59:59.250000+00:00 UTC
