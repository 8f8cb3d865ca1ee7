<?php

namespace RenokiCo\PhpK8s\Auth;

/**
 * Runs a Kubernetes exec credential plugin (`user.exec` in a kubeconfig:
 * `aws eks get-token`, `gke-gcloud-auth-plugin`, `kubelogin`, …) and hands
 * out its token. Native (php_k8s_auth): same API as PHP K8s' class, plus
 * kubeconfig loading, client certificates and a process-wide cache.
 *
 * The plugin runs without a shell, with the PHP process environment plus the
 * `env` entries (never the request's $_SERVER), with `KUBERNETES_EXEC_INFO`
 * set as kubectl sets it, and with an empty stdin unless interactive.
 *
 * Settings (php.ini):
 * - php_k8s_auth.cache = 1: share credentials across providers and requests of the process;
 * - php_k8s_auth.cache_max_age = 900: seconds a credential without expiry is reused;
 * - php_k8s_auth.failure_backoff = 1, php_k8s_auth.failure_backoff_max = 30: after a
 *   failed run, the same plugin is not run again for this long (doubling per failure);
 * - php_k8s_auth.exec_timeout = 60: seconds before a non-interactive plugin is killed (0: none);
 * - php_k8s_auth.max_output_bytes = 16M: stdout limit;
 * - php_k8s_auth.plugin_policy = AllowAll|DenyAll|Allowlist and
 *   php_k8s_auth.plugin_allowlist (commands or absolute paths, comma-separated):
 *   php.ini only (PHP_INI_SYSTEM).
 *
 * The token is held natively: it never appears in var_dump(), print_r(),
 * var_export(), json_encode(), (array) casts or traces, and those show the
 * names in $env but not the values. Instances cannot be serialized.
 */
class ExecCredentialProvider extends TokenProvider
{
    /** The exec block's command, as PHP K8s stores it. */
    protected string $command;

    /** @var list<string> */
    protected array $args = [];

    /**
     * name => value, from the exec block's env entries that have both.
     * Dumps show the names only; a subclass reads the real values.
     *
     * @var array<string, string>
     */
    protected array $env = [];

    protected string $apiVersion;

    protected ?string $installHint = null;

    protected bool $provideClusterInfo = false;

    /** The array given to setClusterInfo() (or the kubeconfig's cluster when provideClusterInfo is set). */
    protected ?array $clusterInfo = null;

    /**
     * @param array{command: string, args?: list<string>, env?: list<array{name: string, value?: string}>,
     *     apiVersion?: string, installHint?: ?string, provideClusterInfo?: bool,
     *     interactiveMode?: 'Never'|'IfAvailable'|'Always'} $execConfig
     *     the `user.exec` block of a kubeconfig. apiVersion defaults to
     *     client.authentication.k8s.io/v1 (v1beta1 also accepted), interactiveMode to IfAvailable.
     *
     * @throws \RenokiCo\PhpK8s\Exceptions\AuthenticationException naming the bad field and value
     */
    public function __construct(#[\SensitiveParameter] array $execConfig) {}

    /**
     * The token; runs the plugin (or takes the cached credential) when none is
     * held or it is expired. '' when the plugin answered with a client certificate.
     *
     * @throws \RenokiCo\PhpK8s\Exceptions\AuthenticationException
     */
    public function getToken(): string {}

    public function isExpired(): bool {}

    /**
     * Parses and validates a plugin's stdout exactly as a plugin run's answer
     * is, and takes its credential (expiry in $expiresAt; the token is held
     * natively and returned by getToken(), not stored in $token).
     *
     * @throws \RenokiCo\PhpK8s\Exceptions\AuthenticationException
     */
    protected function parseExecCredential(string $output): void {}

    /**
     * Runs the plugin now and replaces the shared cache entry, so that every
     * provider with this configuration gets the new credential (e.g. after a 401).
     *
     * @throws \RenokiCo\PhpK8s\Exceptions\AuthenticationException
     */
    public function refresh(): void {}

    /**
     * Cluster sent to the plugin in KUBERNETES_EXEC_INFO when provideClusterInfo is true.
     *
     * @param array{server?: ?string, certificate-authority-data?: ?string, insecure-skip-tls-verify?: bool,
     *     tls-server-name?: ?string, proxy-url?: ?string, disable-compression?: bool, config?: mixed} $clusterInfo
     *
     * @throws \RenokiCo\PhpK8s\Exceptions\AuthenticationException for unknown keys or wrong types
     */
    public function setClusterInfo(array $clusterInfo): static {}

    /**
     * The cluster's connection data (from the kubeconfig or setClusterInfo()),
     * all seven keys, null or false where unset.
     *
     * @return array{server: ?string, certificate-authority-data: ?string, insecure-skip-tls-verify: bool,
     *     tls-server-name: ?string, proxy-url: ?string, disable-compression: bool, config: mixed}
     */
    public function getClusterInfo(): array {}

    /**
     * PEM client certificate when the plugin answered with one, else null.
     *
     * @throws \RenokiCo\PhpK8s\Exceptions\AuthenticationException
     */
    public function getClientCertificateData(): ?string {}

    /**
     * PEM client key when the plugin answered with one, else null.
     *
     * @throws \RenokiCo\PhpK8s\Exceptions\AuthenticationException
     */
    public function getClientKeyData(): ?string {}

    /**
     * Provider for a context's exec user of a kubeconfig file (`~` expanded).
     * A relative command containing '/' is resolved against the file's folder.
     *
     * @param ?string $context defaults to current-context
     *
     * @throws \RenokiCo\PhpK8s\Exceptions\AuthenticationException file, YAML, context, cluster or user problems
     */
    public static function fromKubeConfigYamlFile(string $path, ?string $context = null): static {}

    /**
     * Provider from kubeconfig YAML text; relative commands resolve against the working folder.
     *
     * @throws \RenokiCo\PhpK8s\Exceptions\AuthenticationException
     */
    public static function fromKubeConfigYaml(#[\SensitiveParameter] string $yaml, ?string $context = null): static {}

    /**
     * Provider from a kubeconfig as an array (what yaml_parse() returns).
     *
     * @throws \RenokiCo\PhpK8s\Exceptions\AuthenticationException
     */
    public static function fromKubeConfigArray(#[\SensitiveParameter] array $kubeconfig, ?string $context = null): static {}

    /**
     * Provider from the files in KUBECONFIG (':'-separated, merged as kubectl
     * merges them: the first file that sets a name wins), else ~/.kube/config.
     *
     * @throws \RenokiCo\PhpK8s\Exceptions\AuthenticationException
     */
    public static function fromKubeConfigVariable(?string $context = null): static {}

    /** Forget every cached credential of this process. */
    public static function clearCache(): void {}

    /**
     * The process-wide cache's figures.
     *
     * @return array{entries: int, hits: int, misses: int, plugin_runs: int, failures: int, throttled: int, last_run_ms: float}
     */
    public static function cacheStats(): array {}

    /**
     * "The cluster rejected this token" (an API answer of 401): drops every
     * cached entry holding it, so the next getToken() of any provider that
     * used it runs the plugin again. Compared by a keyed hash, never logged
     * or shown. Extension only: guard with method_exists().
     *
     * @return int how many entries were dropped (0 for an unknown token)
     */
    public static function forget(#[\SensitiveParameter] string $token): int {}

    /**
     * Drops this provider's credential and the cache entry it came from, so
     * its next getToken() runs the plugin. Extension only.
     *
     * @return bool whether a cache entry was dropped
     */
    public function forgetCredential(): bool {}

    /**
     * Which identity the cluster gives this provider's credential: POSTs a
     * SelfSubjectReview (authentication.k8s.io/v1, v1beta1 on 404) to the
     * cluster of getClusterInfo() over TLS verified against its CA. On a 401
     * the plugin runs once more and the review is retried once.
     * Bounded by php_k8s_auth.whoami_timeout.
     *
     * @return array{username: string, uid: string, groups: list<string>, extra: array<string, list<string>>}
     * @throws \RenokiCo\PhpK8s\Exceptions\AuthenticationException with the HTTP status and the server's message
     */
    public function whoami(): array {}
}
