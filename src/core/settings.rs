//! The extension's settings, parsed and checked from their php.ini text.

use std::time::Duration;

use super::credential_cache::CachePolicy;
use super::error::{AuthError, Result};
use super::plugin_policy::PluginPolicy;
use super::plugin_runner::Limits;

/// Name, default and whether only php.ini may set it (`PHP_INI_SYSTEM`).
pub const ENTRIES: [(&str, &str, bool); 8] = [
    ("php_k8s_auth.cache", "1", false),
    ("php_k8s_auth.cache_max_age", "900", false),
    ("php_k8s_auth.failure_backoff", "1", false),
    ("php_k8s_auth.failure_backoff_max", "30", false),
    ("php_k8s_auth.exec_timeout", "60", false),
    ("php_k8s_auth.max_output_bytes", "16M", false),
    ("php_k8s_auth.plugin_policy", "AllowAll", true),
    ("php_k8s_auth.plugin_allowlist", "", true),
];

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Settings {
    pub limits: Limits,
    pub cache: CachePolicy,
    pub policy: PluginPolicy,
}

impl Settings {
    /// Parses every setting through `get` (the current ini value by name).
    pub fn parse(get: impl Fn(&str) -> Option<String>) -> Result<Settings> {
        let value = |name: &str| {
            get(name).unwrap_or_else(|| {
                ENTRIES
                    .iter()
                    .find(|e| e.0 == name)
                    .map(|e| e.1.to_owned())
                    .unwrap_or_default()
            })
        };
        let seconds = |name: &str| -> Result<Duration> {
            let v = value(name);
            v.trim()
                .parse::<f64>()
                .ok()
                .filter(|s| s.is_finite() && *s >= 0.0)
                .map(Duration::from_secs_f64)
                .ok_or_else(|| bad(name, &v, "a number of seconds (0 or more)"))
        };
        let timeout = seconds("php_k8s_auth.exec_timeout")?;
        let out = value("php_k8s_auth.max_output_bytes");
        let max_stdout = parse_bytes(&out).filter(|b| *b > 0).ok_or_else(|| {
            bad(
                "php_k8s_auth.max_output_bytes",
                &out,
                "a size such as 16M, 512K or 1048576",
            )
        })?;
        let policy = PluginPolicy::parse(
            &value("php_k8s_auth.plugin_policy"),
            &value("php_k8s_auth.plugin_allowlist"),
        )
        .map_err(|m| AuthError::Config(format!("{m} (check php.ini)")))?;
        Ok(Settings {
            limits: Limits {
                timeout: (!timeout.is_zero()).then_some(timeout),
                max_stdout,
                ..Limits::default()
            },
            cache: CachePolicy {
                enabled: parse_bool(&value("php_k8s_auth.cache")),
                max_age_without_expiry: seconds("php_k8s_auth.cache_max_age")?,
                failure_backoff: seconds("php_k8s_auth.failure_backoff")?,
                failure_backoff_max: seconds("php_k8s_auth.failure_backoff_max")?,
            },
            policy,
        })
    }
}

fn bad(name: &str, value: &str, want: &str) -> AuthError {
    AuthError::Config(format!(
        "{name} = {value:?} is not valid: expected {want} (check php.ini or ini_set())"
    ))
}

/// PHP's notion of a true ini flag.
pub fn parse_bool(v: &str) -> bool {
    let v = v.trim().to_ascii_lowercase();
    matches!(v.as_str(), "1" | "on" | "yes" | "true") || v.parse::<i64>().is_ok_and(|n| n != 0)
}

/// `16M`, `512K`, `1G` or a plain byte count.
pub fn parse_bytes(v: &str) -> Option<usize> {
    let v = v.trim();
    let (num, mult) = match v.chars().last()? {
        'k' | 'K' => (&v[..v.len() - 1], 1024),
        'm' | 'M' => (&v[..v.len() - 1], 1024 * 1024),
        'g' | 'G' => (&v[..v.len() - 1], 1024 * 1024 * 1024),
        _ => (v, 1),
    };
    num.trim().parse::<usize>().ok()?.checked_mul(mult)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults() {
        let s = Settings::parse(|_| None).unwrap();
        assert_eq!(s.limits.timeout, Some(Duration::from_secs(60)));
        assert_eq!(s.limits.max_stdout, 16 * 1024 * 1024);
        assert!(s.cache.enabled);
        assert_eq!(s.policy, PluginPolicy::AllowAll);
    }

    #[test]
    fn values_are_read_and_bad_ones_named() {
        let s = Settings::parse(|n| match n {
            "php_k8s_auth.exec_timeout" => Some("0".into()),
            "php_k8s_auth.cache" => Some("Off".into()),
            "php_k8s_auth.max_output_bytes" => Some("2k".into()),
            _ => None,
        })
        .unwrap();
        assert_eq!(s.limits.timeout, None);
        assert!(!s.cache.enabled);
        assert_eq!(s.limits.max_stdout, 2048);
        let e = Settings::parse(|n| (n == "php_k8s_auth.exec_timeout").then(|| "soon".into()))
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("php_k8s_auth.exec_timeout = \"soon\" is not valid"),
            "{e}"
        );
    }
}
