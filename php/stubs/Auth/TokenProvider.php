<?php

namespace RenokiCo\PhpK8s\Auth;

use RenokiCo\PhpK8s\Contracts\TokenProviderInterface;

/**
 * Base class of token providers: subclasses implement refresh() and set
 * $this->token and $this->expiresAt; the base class does the rest.
 *
 * Registered natively by php_k8s_auth with the behaviour of the PHP K8s base
 * class, so the library's PHP providers (EKS, OpenShift, service account)
 * extend it unchanged.
 */
abstract class TokenProvider implements TokenProviderInterface
{
    protected ?string $token = null;

    protected ?\DateTimeInterface $expiresAt = null;

    /** Seconds before expiry at which a token already counts as expired. */
    protected int $refreshBuffer = 60;

    /**
     * Returns $this->token, calling $this->refresh() first when the token is
     * null or isExpired() is true.
     *
     * @throws \TypeError when refresh() leaves no string token
     */
    public function getToken(): string {}

    /** false without an expiry; else expiresAt <= now (UTC) + refreshBuffer seconds. */
    public function isExpired(): bool {}

    public function getExpiresAt(): ?\DateTimeInterface {}

    /** Set the refresh buffer in seconds; fluent. */
    public function setRefreshBuffer(int $seconds): static {}

    abstract public function refresh(): void;
}
