--TEST--
An expirationTimestamp with fractional seconds (.123456, and nanoseconds .123456789) keeps its microseconds in getExpiresAt()
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';

foreach (['2030-01-01T00:00:00.123456Z', '2030-01-01T00:00:00.123456789Z', '2030-01-01T00:00:00.5Z'] as $ts) {
    $dir = test_dir();
    $p = answering_provider($dir, token_answer('t', $ts));
    $p->getToken();
    echo $ts, ' => ', $p->getExpiresAt()->format('Y-m-d\TH:i:s.u e'), "\n";
}
?>
--EXPECT--
2030-01-01T00:00:00.123456Z => 2030-01-01T00:00:00.123456 UTC
2030-01-01T00:00:00.123456789Z => 2030-01-01T00:00:00.123456 UTC
2030-01-01T00:00:00.5Z => 2030-01-01T00:00:00.500000 UTC
