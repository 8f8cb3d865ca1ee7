--TEST--
Reflection: ExecCredentialProvider extends TokenProvider with the spec's constructor, instance and static methods
--FILE--
<?php
require __DIR__ . '/../fixtures/reflect.inc';
echo reflect_class('RenokiCo\PhpK8s\Auth\ExecCredentialProvider');
$c = new ReflectionClass('RenokiCo\PhpK8s\Auth\ExecCredentialProvider');
var_dump($c->isInstantiable(), $c->isSubclassOf('RenokiCo\PhpK8s\Auth\TokenProvider'));
?>
--EXPECT--
class RenokiCo\PhpK8s\Auth\ExecCredentialProvider extends RenokiCo\PhpK8s\Auth\TokenProvider implements RenokiCo\PhpK8s\Contracts\TokenProviderInterface
  protected string $apiVersion
  protected array $args = array (
)
  protected ?array $clusterInfo = null
  protected string $command
  protected array $env = array (
)
  protected ?DateTimeInterface $expiresAt = null
  protected ?string $installHint = null
  protected bool $provideClusterInfo = false
  protected int $refreshBuffer = 60
  protected ?string $token = null
  public function __construct(array $execConfig)
  public static function cacheStats(): array
  public static function clearCache(): void
  public static function forget(string $token): int
  public function forgetCredential(): bool
  public static function fromKubeConfigArray(array $kubeconfig, ?string $context = null): static
  public static function fromKubeConfigVariable(?string $context = null): static
  public static function fromKubeConfigYaml(string $yaml, ?string $context = null): static
  public static function fromKubeConfigYamlFile(string $path, ?string $context = null): static
  public function getClientCertificateData(): ?string
  public function getClientKeyData(): ?string
  public function getClusterInfo(): array
  public function getExpiresAt(): ?DateTimeInterface
  public function getToken(): string
  public function isExpired(): bool
  protected function parseExecCredential(string $output): void
  public function refresh(): void
  public function setClusterInfo(array $clusterInfo): static
  public function setRefreshBuffer(int $seconds): static
  public function whoami(): array
bool(true)
bool(true)
