--TEST--
TokenProvider::isExpired() is false without an expiry, and true when expiresAt <= now + refreshBuffer
--FILE--
<?php
require __DIR__ . '/../fixtures/callback_provider.inc';

$p = new CallbackProvider(fn(int $n) => ['t', null]);
echo 'no expiry: ', var_export($p->isExpired(), true), "\n";

$p->setExpiresAt(new DateTimeImmutable('+30 seconds'));
echo '+30 s, buffer 60: ', var_export($p->isExpired(), true), "\n";
$p->setRefreshBuffer(0);
echo '+30 s, buffer 0: ', var_export($p->isExpired(), true), "\n";

$p->setExpiresAt(new DateTime('-1 second'));
echo '-1 s, buffer 0: ', var_export($p->isExpired(), true), "\n";

$p->setRefreshBuffer(60);
$p->setExpiresAt(new DateTimeImmutable('+2 hours', new DateTimeZone('Asia/Tokyo')));
echo '+2 h (Tokyo time), buffer 60: ', var_export($p->isExpired(), true), "\n";
$p->setRefreshBuffer(3 * 3600);
echo '+2 h, buffer 3 h: ', var_export($p->isExpired(), true), "\n";
var_dump($p->refreshes);
?>
--EXPECT--
no expiry: false
+30 s, buffer 60: true
+30 s, buffer 0: false
-1 s, buffer 0: true
+2 h (Tokyo time), buffer 60: false
+2 h, buffer 3 h: true
int(0)
