--TEST--
Reflection of each native class matches, member by member, a PHP declaration of the same classes written from php-k8s-api.md (visibility, types, defaults, parameter names, return types, protected members)
--FILE--
<?php
// PHP K8s's API as php-k8s-api.md lists it, in namespace Spec.
namespace Spec\Contracts {
    interface TokenProviderInterface
    {
        public function getToken(): string;
        public function isExpired(): bool;
        public function refresh(): void;
        public function getExpiresAt(): ?\DateTimeInterface;
    }
}
namespace Spec\Auth {
    abstract class TokenProvider implements \Spec\Contracts\TokenProviderInterface
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
    class ExecCredentialProvider extends TokenProvider
    {
        protected string $command;
        protected array $args = [];
        protected array $env = [];
        protected string $apiVersion;
        protected ?string $installHint = null;
        protected bool $provideClusterInfo = false;
        protected ?array $clusterInfo = null;
        public function __construct(array $execConfig) {}
        public function setClusterInfo(array $clusterInfo): static { return $this; }
        public function refresh(): void {}
        protected function parseExecCredential(string $output): void {}
    }
}
namespace Spec\Exceptions {
    class AuthenticationException extends \Exception {}
}
namespace {
    function type_of(?ReflectionType $t): string
    {
        return $t === null ? '(none)' : str_replace('Spec\\', 'RenokiCo\\PhpK8s\\', (string) $t);
    }

    function class_facts(ReflectionClass $c): string
    {
        $parent = $c->getParentClass();
        $ifaces = $c->getInterfaceNames();
        sort($ifaces);
        return str_replace('Spec\\', 'RenokiCo\\PhpK8s\\', implode(' ', Reflection::getModifierNames($c->getModifiers()))
            . ($c->isInterface() ? ' interface' : ' class')
            . ' extends ' . ($parent ? $parent->getName() : '-') . ' implements ' . implode(',', $ifaces));
    }

    function property_facts(ReflectionProperty $p): string
    {
        return implode(' ', Reflection::getModifierNames($p->getModifiers())) . ' ' . type_of($p->getType())
            . ($p->hasDefaultValue() ? ' = ' . var_export($p->getDefaultValue(), true) : ' (no default)');
    }

    function method_facts(ReflectionMethod $m): string
    {
        $params = [];
        foreach ($m->getParameters() as $p) {
            $params[] = type_of($p->getType()) . ' $' . $p->getName()
                . ($p->isOptional() ? ' = ' . var_export($p->getDefaultValue(), true) : '');
        }
        return implode(' ', Reflection::getModifierNames($m->getModifiers()))
            . ' (' . implode(', ', $params) . '): ' . type_of($m->getReturnType());
    }

    $pairs = [
        'Contracts\TokenProviderInterface', 'Auth\TokenProvider', 'Auth\ExecCredentialProvider', 'Exceptions\AuthenticationException',
    ];
    $differences = 0;
    $compared = 0;
    foreach ($pairs as $name) {
        $spec = new ReflectionClass("Spec\\$name");
        $native = new ReflectionClass("RenokiCo\\PhpK8s\\$name");
        $check = function (string $what, string $want, string $got) use (&$differences, &$compared, $name) {
            $compared++;
            if ($want !== $got) {
                $differences++;
                echo "$name $what\n  PHP K8s: $want\n  native:  $got\n";
            }
        };
        $check('class', class_facts($spec), class_facts($native));
        foreach ($spec->getProperties() as $p) {
            $got = $native->hasProperty($p->getName()) ? property_facts($native->getProperty($p->getName())) : 'missing';
            $check('$' . $p->getName(), property_facts($p), $got);
        }
        foreach ($spec->getMethods() as $m) {
            if ($m->getDeclaringClass()->isInternal()) {
                continue; // \Exception's own
            }
            $got = $native->hasMethod($m->getName()) ? method_facts($native->getMethod($m->getName())) : 'missing';
            $check($m->getName() . '()', method_facts($m), $got);
        }
    }
    echo "$compared members compared, $differences differences\n";
}
?>
--EXPECT--
38 members compared, 0 differences
