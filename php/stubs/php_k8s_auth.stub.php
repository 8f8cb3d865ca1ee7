<?php

// Stubs for IDEs and static analysers (PhpStorm, PHPStan, Psalm): only what
// the php_k8s_auth extension ADDS to PHP K8s's ExecCredentialProvider. The
// members PHP K8s's own classes declare (TokenProviderInterface,
// TokenProvider, ExecCredentialProvider's constructor, getToken(),
// isExpired(), refresh(), setClusterInfo(), parseExecCredential() and the
// protected properties, AuthenticationException) are left to the library's
// source, so tools never see two conflicting declarations.
// How to point each tool at this file: see the README ("IDE and static analysis").

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
