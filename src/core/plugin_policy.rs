//! Which plugins may run at all: client-go's credential plugin policy, set by
//! the system administrator (php.ini, `PHP_INI_SYSTEM`), never by the app.

use std::path::Path;

use super::error::{AuthError, Result};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum PluginPolicy {
    #[default]
    AllowAll,
    DenyAll,
    /// Commands as written in the exec configuration, or absolute paths.
    Allowlist(Vec<String>),
}

impl PluginPolicy {
    /// Reads `php_k8s_auth.plugin_policy` and `php_k8s_auth.plugin_allowlist`
    /// (commands separated by commas or whitespace).
    pub fn parse(policy: &str, allowlist: &str) -> std::result::Result<Self, String> {
        match policy.trim() {
            "" | "AllowAll" => Ok(PluginPolicy::AllowAll),
            "DenyAll" => Ok(PluginPolicy::DenyAll),
            "Allowlist" => Ok(PluginPolicy::Allowlist(
                allowlist
                    .split(|c: char| c == ',' || c.is_whitespace())
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect(),
            )),
            other => Err(format!(
                "php_k8s_auth.plugin_policy {other:?} is not one of AllowAll, DenyAll, Allowlist"
            )),
        }
    }

    /// Refuses a plugin the policy does not allow; `resolved` is the absolute
    /// path the command would be started from.
    pub fn check(&self, command: &str, resolved: &Path) -> Result<()> {
        match self {
            PluginPolicy::AllowAll => Ok(()),
            PluginPolicy::DenyAll => Err(AuthError::Policy {
                command: command.into(),
                reason: "php_k8s_auth.plugin_policy is DenyAll, so no exec credential plugin may run in this PHP installation; ask the administrator, or use another way to authenticate".into(),
            }),
            PluginPolicy::Allowlist(list) => {
                let resolved = resolved.to_string_lossy();
                if list.iter().any(|e| e == command || *e == resolved) {
                    return Ok(());
                }
                Err(AuthError::Policy {
                    command: command.into(),
                    reason: format!(
                        "php_k8s_auth.plugin_policy is Allowlist and neither {command:?} nor {resolved:?} is in php_k8s_auth.plugin_allowlist ({}); the administrator can add it to php.ini",
                        if list.is_empty() { "empty".to_owned() } else { list.join(", ") }
                    ),
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowlist_matches_the_command_as_written_or_its_resolved_path() {
        let p = PluginPolicy::parse("Allowlist", "aws, /usr/local/bin/kubelogin").unwrap();
        assert!(p.check("aws", Path::new("/usr/bin/aws")).is_ok());
        assert!(
            p.check("kubelogin", Path::new("/usr/local/bin/kubelogin"))
                .is_ok()
        );
        let e = p
            .check("gcloud", Path::new("/usr/bin/gcloud"))
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("refused to run gcloud") && e.contains("Allowlist"),
            "{e}"
        );
        assert!(e.contains("aws, /usr/local/bin/kubelogin"));
    }

    #[test]
    fn deny_all_and_allow_all() {
        let d = PluginPolicy::parse("DenyAll", "").unwrap();
        assert!(
            d.check("aws", Path::new("/usr/bin/aws"))
                .unwrap_err()
                .to_string()
                .contains("DenyAll")
        );
        assert!(
            PluginPolicy::parse("", "")
                .unwrap()
                .check("x", Path::new("/x"))
                .is_ok()
        );
        assert!(PluginPolicy::parse("allowall", "").is_err());
    }
}
