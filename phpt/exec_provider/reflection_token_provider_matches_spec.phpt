--TEST--
Reflection: TokenProvider is abstract, implements the interface, has the typed protected properties and an abstract refresh()
--FILE--
<?php
require __DIR__ . '/../fixtures/reflect.inc';
echo reflect_class('RenokiCo\PhpK8s\Auth\TokenProvider');
?>
--EXPECT--
abstract class RenokiCo\PhpK8s\Auth\TokenProvider implements RenokiCo\PhpK8s\Contracts\TokenProviderInterface
  protected ?DateTimeInterface $expiresAt = null
  protected int $refreshBuffer = 60
  protected ?string $token = null
  public function getExpiresAt(): ?DateTimeInterface
  public function getToken(): string
  public function isExpired(): bool
  abstract public function refresh(): void
  public function setRefreshBuffer(int $seconds): static
