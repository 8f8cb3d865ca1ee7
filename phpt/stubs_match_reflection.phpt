--TEST--
The stubs under php/stubs describe exactly what the module registers
--INI--
pcre.jit=0
--FILE--
<?php
// Load the stubs under another namespace so they can sit beside the native classes.
$root = dirname(__DIR__) . '/php/stubs';
$files = ['Contracts/TokenProviderInterface.php', 'Exceptions/AuthenticationException.php',
          'Auth/TokenProvider.php', 'Auth/ExecCredentialProvider.php'];
foreach ($files as $f) {
    $code = file_get_contents("$root/$f");
    $code = preg_replace('/^<\?php/', '', $code);
    $code = preg_replace('/\bRenokiCo\\\\/', 'Stub\\\\RenokiCo\\\\', $code);
    eval($code);
}

function type(?ReflectionType $t): string {
    return $t === null ? '-' : str_replace('Stub\\', '', (string) $t);
}

function describe(string $class): array {
    $r = new ReflectionClass($class);
    $d = [
        'kind' => $r->isInterface() ? 'interface' : ($r->isAbstract() ? 'abstract class' : 'class'),
        'parent' => $r->getParentClass() ? str_replace('Stub\\', '', $r->getParentClass()->getName()) : '-',
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
            . ' (' . implode(', ', $params) . '): ' . type($m->getReturnType()) . ' @' . $declaring;
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
