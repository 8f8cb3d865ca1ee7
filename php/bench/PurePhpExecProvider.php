<?php

/**
 * A pure-PHP exec credential provider equivalent to PHP K8s'
 * (RenokiCo\PhpK8s\Auth\ExecCredentialProvider on top of its TokenProvider):
 * the command line is the command plus shell-escaped arguments, run through
 * /bin/sh (proc_open() of a string, as Symfony Process::fromShellCommandline
 * does), with the environment $_ENV + $_SERVER + the configured `env`
 * entries; stdout is json_decode()d and status.token is required. No cache:
 * every new provider runs the plugin.
 *
 * Lives in its own namespace so that it can be measured next to the native
 * class of the php_k8s_auth extension, in the same process or without it.
 */

declare(strict_types=1);

namespace Bench;

abstract class PureTokenProvider
{
    protected ?string $token = null;

    protected ?\DateTimeInterface $expiresAt = null;

    protected int $refreshBuffer = 60;

    public function getToken(): string
    {
        if ($this->token === null || $this->isExpired()) {
            $this->refresh();
        }

        return $this->token;
    }

    public function isExpired(): bool
    {
        if ($this->expiresAt === null) {
            return false;
        }

        $bufferTime = (new \DateTimeImmutable('now', new \DateTimeZone('UTC')))
            ->modify("+{$this->refreshBuffer} seconds");

        return $this->expiresAt <= $bufferTime;
    }

    public function getExpiresAt(): ?\DateTimeInterface
    {
        return $this->expiresAt;
    }

    public function setRefreshBuffer(int $seconds): static
    {
        $this->refreshBuffer = $seconds;

        return $this;
    }

    abstract public function refresh(): void;
}

class PurePhpExecProvider extends PureTokenProvider
{
    protected string $command;

    protected array $args = [];

    protected array $env = [];

    protected string $apiVersion;

    protected ?string $installHint = null;

    protected bool $provideClusterInfo = false;

    protected ?array $clusterInfo = null;

    public function __construct(array $execConfig)
    {
        $this->command = $execConfig['command'];
        $this->args = $execConfig['args'] ?? [];
        $this->apiVersion = $execConfig['apiVersion'] ?? 'client.authentication.k8s.io/v1';
        $this->installHint = $execConfig['installHint'] ?? null;
        $this->provideClusterInfo = $execConfig['provideClusterInfo'] ?? false;

        if (isset($execConfig['env']) && is_array($execConfig['env'])) {
            foreach ($execConfig['env'] as $envVar) {
                if (isset($envVar['name'], $envVar['value'])) {
                    $this->env[$envVar['name']] = $envVar['value'];
                }
            }
        }
    }

    public function setClusterInfo(array $clusterInfo): static
    {
        $this->clusterInfo = $clusterInfo;

        return $this;
    }

    public function refresh(): void
    {
        $commandLine = $this->command;
        if (!empty($this->args)) {
            $commandLine .= ' ' . implode(' ', array_map('escapeshellarg', $this->args));
        }

        $env = array_merge($_ENV, $_SERVER, $this->env);
        if ($this->provideClusterInfo && $this->clusterInfo) {
            $env['KUBERNETES_EXEC_INFO'] = json_encode([
                'apiVersion' => $this->apiVersion,
                'kind' => 'ExecCredential',
                'spec' => ['cluster' => $this->clusterInfo],
            ]);
        }
        // Symfony Process passes scalar entries only (argv, argc are arrays/ints in CLI).
        $env = array_filter($env, static fn ($v) => is_string($v) || is_int($v) || is_float($v));
        $env = array_map('strval', $env);

        [$ok, $stdout, $stderr] = self::run($commandLine, $env);
        if (!$ok) {
            $hint = $this->installHint ? "\nHint: {$this->installHint}" : '';

            throw new \RuntimeException("Exec credential provider failed: {$stderr}{$hint}");
        }

        $this->parseExecCredential($stdout);
    }

    /** @return array{0: bool, 1: string, 2: string} success, stdout, stderr */
    private static function run(string $commandLine, array $env): array
    {
        $pipes = [];
        $proc = proc_open($commandLine, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env);
        if (!is_resource($proc)) {
            return [false, '', "cannot start {$commandLine}"];
        }
        fclose($pipes[0]);
        stream_set_blocking($pipes[1], false);
        stream_set_blocking($pipes[2], false);
        $out = ['', ''];
        $open = [1 => $pipes[1], 2 => $pipes[2]];
        while ($open) {
            $r = array_values($open);
            $w = $e = null;
            if (stream_select($r, $w, $e, 60) === false) {
                break;
            }
            foreach ($open as $i => $pipe) {
                $chunk = fread($pipe, 65536);
                if ($chunk !== false && $chunk !== '') {
                    $out[$i - 1] .= $chunk;
                } elseif (feof($pipe)) {
                    fclose($pipe);
                    unset($open[$i]);
                }
            }
        }
        $code = proc_close($proc);

        return [$code === 0, $out[0], $out[1]];
    }

    protected function parseExecCredential(string $output): void
    {
        try {
            $credential = json_decode($output, true, 512, JSON_THROW_ON_ERROR);
        } catch (\JsonException $e) {
            $snippet = strlen($output) > 100 ? substr($output, 0, 100) . '...' : $output;

            throw new \RuntimeException("Invalid JSON output from exec credential provider: {$e->getMessage()}. Output: {$snippet}");
        }

        if (!$credential || !isset($credential['status']['token'])) {
            throw new \RuntimeException('Invalid ExecCredential response: missing status.token');
        }

        $this->token = $credential['status']['token'];
        $this->expiresAt = isset($credential['status']['expirationTimestamp'])
            ? new \DateTimeImmutable($credential['status']['expirationTimestamp'])
            : null;
    }
}
