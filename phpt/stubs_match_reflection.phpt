--TEST--
PHP K8s's declarations plus php/stubs/php_k8s_auth.stub.php (only what the extension adds) describe exactly what the module registers
--INI--
pcre.jit=0
--FILE--
<?php
// PHP K8s's classes as php-k8s-api.md declares them (what tools read from the
// library's source), under Stub\, with the extension's #[SensitiveParameter].
eval(<<<'PHP'
namespace Stub\RenokiCo\PhpK8s\Contracts {
    interface TokenProviderInterface
    {
        public function getToken(): string;
        public function isExpired(): bool;
        public function refresh(): void;
        public function getExpiresAt(): ?\DateTimeInterface;
    }
}
namespace Stub\RenokiCo\PhpK8s\Auth {
    abstract class TokenProvider implements \Stub\RenokiCo\PhpK8s\Contracts\TokenProviderInterface
    {
        protected ?string $token = null;
        protected ?\DateTimeInterface $expiresAt = null;
        protected int $refreshBuffer = 60;
        public function getToken(): string { return ''; }
        public function isExpired(): bool { return false; }
        public function getExpiresAt(): ?\DateTimeInterface { return null; }
        public function setRefreshBuffer(int $seconds): static { return $this; }
        abstract public function refresh(): void;
    }
    class PhpK8sExecCredentialProvider extends TokenProvider
    {
        protected string $command;
        protected array $args = [];
        protected array $env = [];
        protected string $apiVersion;
        protected ?string $installHint = null;
        protected bool $provideClusterInfo = false;
        protected ?array $clusterInfo = null;
        public function __construct(#[\SensitiveParameter] array $execConfig) {}
        public function setClusterInfo(#[\SensitiveParameter] array $clusterInfo): static { return $this; }
        public function refresh(): void {}
        protected function parseExecCredential(#[\SensitiveParameter] string $output): void {}
    }
}
namespace Stub\RenokiCo\PhpK8s\Exceptions {
    class AuthenticationException extends \Exception {}
}
PHP);
// The stub adds its members on top of PHP K8s's class.
$code = file_get_contents(dirname(__DIR__) . '/php/stubs/php_k8s_auth.stub.php');
$code = preg_replace('/^<\?php/', '', $code);
$code = preg_replace('/\bnamespace RenokiCo\\\\/', 'namespace Stub\\RenokiCo\\', $code);
$code = str_replace('extends TokenProvider', 'extends PhpK8sExecCredentialProvider', $code);
eval($code);
// ... and declares nothing PHP K8s's classes already declare.
$stub = new ReflectionClass('Stub\\RenokiCo\\PhpK8s\\Auth\\ExecCredentialProvider');
foreach (array_merge($stub->getMethods(), $stub->getProperties()) as $member) {
    $base = 'Stub\\RenokiCo\\PhpK8s\\Auth\\PhpK8sExecCredentialProvider';
    $inBase = $member instanceof ReflectionMethod ? method_exists($base, $member->getName()) : property_exists($base, $member->getName());
    if ($member->getDeclaringClass()->getName() === $stub->getName() && $inBase) {
        echo "the stub redeclares ", $member->getName(), "\n";
    }
}

function type(?ReflectionType $t): string {
    return $t === null ? '-' : str_replace('Stub\\', '', (string) $t);
}

function describe(string $class): array {
    $r = new ReflectionClass($class);
    $d = [
        'kind' => $r->isInterface() ? 'interface' : ($r->isAbstract() ? 'abstract class' : 'class'),
        'parent' => $r->getParentClass() ? str_replace(['Stub\\', 'PhpK8sExecCredentialProvider'], ['', 'TokenProvider'], $r->getParentClass()->getName()) : '-',
        'interfaces' => array_map(fn ($i) => str_replace('Stub\\', '', $i), $r->getInterfaceNames()),
    ];
    sort($d['interfaces']);
    foreach ($r->getProperties() as $p) {
        if ($p->getDeclaringClass()->getName() !== $class && !str_starts_with(str_replace('Stub\\', '', $p->getDeclaringClass()->getName()), 'RenokiCo')) {
            continue;
        }
        $d['properties'][$p->getName()] = implode(' ', Reflection::getModifierNames($p->getModifiers()))
            . ' ' . type($p->getType()) . ' = ' . var_export($p->hasDefaultValue() ? $p->getDefaultValue() : '(none)', true);
    }
    foreach ($r->getMethods() as $m) {
        $declaring = str_replace('Stub\\', '', $m->getDeclaringClass()->getName());
        if (!str_starts_with($declaring, 'RenokiCo')) {
            continue; // inherited from \Exception
        }
        $params = [];
        foreach ($m->getParameters() as $p) {
            $params[] = type($p->getType()) . ' $' . $p->getName()
                . ($p->isOptional() ? ' = ' . $p->getDefaultValueConstantName() . var_export($p->isDefaultValueAvailable() ? $p->getDefaultValue() : '?', true) : '')
                . ($p->getAttributes('SensitiveParameter') ? ' #[SensitiveParameter]' : '');
        }
        $d['methods'][$m->getName()] = implode(' ', Reflection::getModifierNames($m->getModifiers()))
            . ' (' . implode(', ', $params) . '): ' . type($m->getReturnType());
    }
    $d["methods"] ??= [];
    ksort($d["methods"]);
    $d["properties"] ??= [];
    ksort($d["properties"]);
    return $d;
}

$ok = true;
foreach (['RenokiCo\PhpK8s\Contracts\TokenProviderInterface', 'RenokiCo\PhpK8s\Auth\TokenProvider',
          'RenokiCo\PhpK8s\Auth\ExecCredentialProvider', 'RenokiCo\PhpK8s\Exceptions\AuthenticationException'] as $class) {
    $native = describe($class);
    $stub = describe("Stub\\$class");
    if ($native !== $stub) {
        $ok = false;
        echo "MISMATCH $class\nnative: ", var_export($native, true), "\nstub: ", var_export($stub, true), "\n";
    }
    echo $class, ': ', count($native['methods'] ?? []), " methods\n";
}
echo $ok ? "stubs match\n" : "stubs differ\n";
?>
--EXPECT--
RenokiCo\PhpK8s\Contracts\TokenProviderInterface: 4 methods
RenokiCo\PhpK8s\Auth\TokenProvider: 5 methods
RenokiCo\PhpK8s\Auth\ExecCredentialProvider: 20 methods
RenokiCo\PhpK8s\Exceptions\AuthenticationException: 0 methods
stubs match
