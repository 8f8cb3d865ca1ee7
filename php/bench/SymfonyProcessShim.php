<?php

/**
 * Only for measuring a PHP K8s source tree without its vendor/ folder: the
 * part of symfony/process that the library's ExecCredentialProvider uses,
 * with the same semantics (shell command line, environment = the process's
 * plus setEnv(), non-array values only). Prefer `composer install` in the
 * tree, which makes the benchmark use the real Symfony Process.
 */

declare(strict_types=1);

namespace Symfony\Component\Process;

class Process
{
    private array $env = [];

    private string $out = '';

    private string $err = '';

    private ?int $exitCode = null;

    private function __construct(private string $commandLine)
    {
    }

    public static function fromShellCommandline(string $command, ?string $cwd = null, ?array $env = null, mixed $input = null, ?float $timeout = 60): static
    {
        $p = new static($command);
        $p->env = $env ?? [];

        return $p;
    }

    public function setEnv(array $env): static
    {
        $this->env = $env;

        return $this;
    }

    public function run(?callable $callback = null, array $env = []): int
    {
        $all = getenv() + [];
        foreach ($env + $this->env as $k => $v) {
            if ($v === false) {
                unset($all[$k]);
            } elseif (!is_array($v) && !is_object($v)) {
                $all[$k] = (string) $v;
            }
        }
        $pipes = [];
        $proc = proc_open($this->commandLine, [['pipe', 'r'], ['pipe', 'w'], ['pipe', 'w']], $pipes, null, $all);
        if (!is_resource($proc)) {
            throw new \RuntimeException('Unable to launch a new process.');
        }
        fclose($pipes[0]);
        stream_set_blocking($pipes[1], false);
        stream_set_blocking($pipes[2], false);
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
                    $i === 1 ? $this->out .= $chunk : $this->err .= $chunk;
                } elseif (feof($pipe)) {
                    fclose($pipe);
                    unset($open[$i]);
                }
            }
        }
        $this->exitCode = proc_close($proc);

        return $this->exitCode;
    }

    public function isSuccessful(): bool
    {
        return $this->exitCode === 0;
    }

    public function getOutput(): string
    {
        return $this->out;
    }

    public function getErrorOutput(): string
    {
        return $this->err;
    }
}
