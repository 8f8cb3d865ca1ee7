--TEST--
Reflection: TokenProviderInterface declares getToken, isExpired, refresh and getExpiresAt with the spec's return types
--FILE--
<?php
require __DIR__ . '/../fixtures/reflect.inc';
echo reflect_class('RenokiCo\PhpK8s\Contracts\TokenProviderInterface');
?>
--EXPECT--
interface RenokiCo\PhpK8s\Contracts\TokenProviderInterface
  abstract public function getExpiresAt(): ?DateTimeInterface
  abstract public function getToken(): string
  abstract public function isExpired(): bool
  abstract public function refresh(): void
