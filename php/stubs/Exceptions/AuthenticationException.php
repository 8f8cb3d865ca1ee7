<?php

namespace RenokiCo\PhpK8s\Exceptions;

/**
 * Every authentication failure: bad configuration, a plugin that is missing,
 * fails, times out, is refused by the plugin policy, or answers something
 * that is not a valid ExecCredential; bad kubeconfigs.
 *
 * The message says what was wrong, where and what to do; it never contains
 * a token or a key. Messages keep the PHP K8s substrings callers match on:
 * "Exec credential provider failed", "Invalid JSON output from exec
 * credential provider", "missing status.token".
 */
class AuthenticationException extends \Exception
{
}
