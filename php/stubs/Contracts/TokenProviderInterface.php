<?php

namespace RenokiCo\PhpK8s\Contracts;

/**
 * Something that hands out bearer tokens for the Kubernetes API.
 *
 * Registered natively by the php_k8s_auth extension; the same interface as
 * the PHP K8s library's, so `KubernetesCluster::withTokenProvider()` accepts
 * both.
 */
interface TokenProviderInterface
{
    /**
     * The current valid token, refreshing first if needed.
     *
     * @throws \RenokiCo\PhpK8s\Exceptions\AuthenticationException when a refresh fails
     */
    public function getToken(): string;

    /** Whether the token is expired or will expire within the refresh buffer. */
    public function isExpired(): bool;

    /**
     * Fetch a new token now.
     *
     * @throws \RenokiCo\PhpK8s\Exceptions\AuthenticationException
     */
    public function refresh(): void;

    /** When the token expires, or null when unknown or never. */
    public function getExpiresAt(): ?\DateTimeInterface;
}
