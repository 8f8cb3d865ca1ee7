//! The failure modes a user of the extension can meet, each with a message
//! written for the person who reads it. The PHP layer maps every variant to
//! `AuthenticationException` in one place.

use thiserror::Error;

use super::untrusted::{escape_block, escape_line};

/// Everything that can go wrong while configuring or running a credential plugin.
///
/// Messages never contain a token, a key or any byte of the plugin's stdout:
/// only configuration values, paths, exit codes and the plugin's own stderr
/// (escaped by `untrusted`) appear in them.
#[derive(Debug, Clone, Error)]
pub enum AuthError {
    /// The exec block (constructor array or kubeconfig `user.exec`) is unusable.
    #[error("Invalid exec credential configuration: {0}")]
    Config(String),

    /// `setClusterInfo()` got something it cannot pass on.
    #[error("Invalid cluster info: {0}")]
    ClusterInfo(String),

    /// The plugin executable could not be found or started.
    #[error("Exec credential provider failed: {message}{}", hint_suffix(.hint))]
    NotFound {
        message: String,
        hint: Option<String>,
    },

    /// The plugin ran and exited unsuccessfully, or could not be started.
    #[error("Exec credential provider failed: {message}{}", hint_suffix(.hint))]
    Failed {
        message: String,
        hint: Option<String>,
    },

    /// The plugin ran longer than the configured timeout and was killed.
    #[error(
        "Exec credential provider failed: {command} timed out after {seconds} seconds and was killed with its process group; raise php_k8s_auth.exec_timeout (0 disables it) if the plugin legitimately needs longer{}",
        hint_suffix(.hint)
    )]
    Timeout {
        command: String,
        seconds: String,
        hint: Option<String>,
    },

    /// The plugin printed more than the configured limit on stdout.
    #[error(
        "Exec credential provider failed: {command} printed more than {limit} bytes on stdout and was killed; an ExecCredential is a small JSON object (raise php_k8s_auth.max_output_bytes if it really carries a large certificate bundle)"
    )]
    OutputTooLarge { command: String, limit: usize },

    /// Interactive mode cannot be honoured (e.g. `Always` without a terminal).
    #[error("Exec credential provider cannot run {}: {reason}", escape_line(.command))]
    Interactive { command: String, reason: String },

    /// The plugin is forbidden by `php_k8s_auth.plugin_policy`.
    #[error("Exec credential provider refused to run {}: {reason}", escape_line(.command))]
    Policy { command: String, reason: String },

    /// stdout is not JSON at all. Described, never quoted: any part of it
    /// may be the credential.
    #[error(
        "Invalid JSON output from exec credential provider: {reason}. Stdout was {shape} (never shown: it may hold the credential; run the plugin by hand to see it)"
    )]
    InvalidJson { reason: String, shape: String },

    /// stdout is JSON but not an acceptable ExecCredential.
    #[error("Invalid ExecCredential response: {0}")]
    InvalidResponse(String),

    /// A recent run of the same plugin failed; it is not retried until the backoff ends.
    #[error(
        "{message} [php_k8s_auth: this failure is cached; the plugin is not run again for {retry_in_ms} ms]"
    )]
    Throttled { message: String, retry_in_ms: u64 },

    /// A kubeconfig could not be read, parsed or used.
    #[error("Invalid kubeconfig: {0}")]
    KubeConfig(String),

    /// A background refresh stopped because PHP is shutting down (`command`
    /// is already escaped). Not a failure of the plugin: not counted as one.
    #[error(
        "Exec credential provider failed: the background refresh running {command} was stopped because PHP is shutting down"
    )]
    Cancelled { command: String },

    /// `whoami()` could not ask the cluster, or the cluster said no.
    #[error("whoami() against {server} failed: {reason}")]
    Whoami { server: String, reason: String },
}

fn hint_suffix(hint: &Option<String>) -> String {
    match hint {
        // The hint comes from the kubeconfig: escaped, lines kept but indented.
        Some(h) if !h.trim().is_empty() => {
            format!("\nHint: {}", escape_block(h.trim_end().as_bytes()))
        }
        _ => String::new(),
    }
}

pub type Result<T> = std::result::Result<T, AuthError>;
