//! The extension's settings: their names, defaults and accepted ranges, and
//! the parsed values a plugin run reads. Each value is checked when it is
//! set (php.ini at startup or `ini_set()`), never when it is used.

use std::time::Duration;

use super::credential_cache::CachePolicy;
use super::error::{AuthError, Result};
use super::log::LogLevel;
use super::plugin_policy::PluginPolicy;
use super::plugin_runner::Limits;

/// One php.ini setting.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub name: &'static str,
    pub default: &'static str,
    /// Only php.ini may set it (`PHP_INI_SYSTEM`).
    pub system_only: bool,
}

const fn entry(name: &'static str, default: &'static str, system_only: bool) -> Entry {
    Entry {
        name,
        default,
        system_only,
    }
}

pub const CACHE: &str = "php_k8s_auth.cache";
pub const CACHE_MAX_AGE: &str = "php_k8s_auth.cache_max_age";
pub const FAILURE_BACKOFF: &str = "php_k8s_auth.failure_backoff";
pub const FAILURE_BACKOFF_MAX: &str = "php_k8s_auth.failure_backoff_max";
pub const MAX_CREDENTIAL_AGE: &str = "php_k8s_auth.max_credential_age";
pub const EXEC_TIMEOUT: &str = "php_k8s_auth.exec_timeout";
pub const MAX_OUTPUT_BYTES: &str = "php_k8s_auth.max_output_bytes";
pub const PLUGIN_POLICY: &str = "php_k8s_auth.plugin_policy";
pub const PLUGIN_ALLOWLIST: &str = "php_k8s_auth.plugin_allowlist";
pub const WHOAMI_TIMEOUT: &str = "php_k8s_auth.whoami_timeout";
pub const LOG_LEVEL: &str = "php_k8s_auth.log_level";
/// Read once at startup: Off registers no classes (PHP K8s's own load).
pub const ENABLE: &str = "php_k8s_auth.enable";
pub const PLUGIN_ENV_GUARD: &str = "php_k8s_auth.plugin_env_guard";
/// The host-wide cache: one file shared by every PHP process of the user.
pub const SHARED_CACHE: &str = "php_k8s_auth.shared_cache";
/// Its folder; empty: `$XDG_RUNTIME_DIR`, else `/dev/shm/php-k8s-auth-<uid>`.
pub const SHARED_CACHE_DIR: &str = "php_k8s_auth.shared_cache_dir";

pub const ENTRIES: [Entry; 15] = [
    entry(CACHE, "1", false),
    entry(CACHE_MAX_AGE, "900", false),
    entry(FAILURE_BACKOFF, "1", false),
    entry(FAILURE_BACKOFF_MAX, "30", false),
    entry(MAX_CREDENTIAL_AGE, "0", false),
    entry(EXEC_TIMEOUT, "60", false),
    entry(MAX_OUTPUT_BYTES, "16M", false),
    entry(PLUGIN_POLICY, "AllowAll", true),
    entry(PLUGIN_ALLOWLIST, "", true),
    entry(WHOAMI_TIMEOUT, "10", false),
    entry(LOG_LEVEL, "errors", false),
    entry(ENABLE, "1", true),
    entry(PLUGIN_ENV_GUARD, "1", true),
    entry(SHARED_CACHE, "1", true),
    entry(SHARED_CACHE_DIR, "", true),
];

/// Longest accepted `whoami_timeout`: 5 minutes (it holds a request).
pub const MAX_WHOAMI_SECONDS: f64 = 300.0;

/// Longest accepted `exec_timeout`, `failure_backoff` and
/// `failure_backoff_max`: one day.
pub const MAX_SHORT_SECONDS: f64 = 86_400.0;
/// Longest accepted `cache_max_age`: 30 days.
pub const MAX_CACHE_AGE_SECONDS: f64 = 30.0 * 86_400.0;
/// Largest accepted `max_output_bytes`: 1 GiB.
pub const MAX_OUTPUT_LIMIT: usize = 1 << 30;

/// The parsed settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub limits: Limits,
    pub cache: CachePolicy,
    /// DenyAll while `policy_error` is set: a broken policy fails closed.
    pub policy: PluginPolicy,
    /// Refuse code-loading `env` entries under AllowAll too.
    pub plugin_env_guard: bool,
    policy_text: String,
    allowlist_text: String,
    policy_error: Option<String>,
    /// Bound of one `whoami()` request (connect, TLS, answer).
    pub whoami_timeout: Duration,
    pub log_level: LogLevel,
    /// `php_k8s_auth.enable`; only its value at startup counts.
    pub enabled: bool,
    /// `shared_cache`: the host-wide cache and refresh ahead.
    pub shared_cache: bool,
    /// `shared_cache_dir`; `None`: the default folder.
    pub shared_cache_dir: Option<std::path::PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        let mut s = Settings {
            limits: Limits::default(),
            cache: CachePolicy::default(),
            policy: PluginPolicy::DenyAll,
            plugin_env_guard: true,
            policy_text: String::new(),
            allowlist_text: String::new(),
            policy_error: None,
            whoami_timeout: Duration::from_secs(10),
            log_level: LogLevel::Errors,
            enabled: true,
            shared_cache: true,
            shared_cache_dir: None,
        };
        for e in ENTRIES {
            s.apply(e.name, e.default).expect("every default is valid");
        }
        s
    }
}

impl Settings {
    /// Validates `value` for the setting `name` and applies it.
    /// `Err`: refused, with a message naming the setting, the value and the
    /// accepted form; `self` is unchanged. `Ok(Some(warning))`: a security
    /// setting that is broken was kept, and every plugin is now refused.
    pub fn apply(
        &mut self,
        name: &str,
        value: &str,
    ) -> std::result::Result<Option<String>, String> {
        match name {
            CACHE => self.cache.enabled = flag(name, value)?,
            PLUGIN_ENV_GUARD => self.plugin_env_guard = flag(name, value)?,
            CACHE_MAX_AGE => {
                self.cache.max_age_without_expiry = seconds(name, value, MAX_CACHE_AGE_SECONDS)?;
            }
            FAILURE_BACKOFF => {
                self.cache.failure_backoff = seconds(name, value, MAX_SHORT_SECONDS)?
            }
            FAILURE_BACKOFF_MAX => {
                self.cache.failure_backoff_max = seconds(name, value, MAX_SHORT_SECONDS)?;
            }
            MAX_CREDENTIAL_AGE => {
                self.cache.max_credential_age = seconds(name, value, MAX_CACHE_AGE_SECONDS)?;
            }
            EXEC_TIMEOUT => {
                let t = seconds(name, value, MAX_SHORT_SECONDS)?;
                self.limits.timeout = (!t.is_zero()).then_some(t);
            }
            MAX_OUTPUT_BYTES => {
                self.limits.max_stdout = parse_bytes(value)
                    .filter(|b| (1..=MAX_OUTPUT_LIMIT).contains(b))
                    .ok_or_else(|| {
                        refused(
                            name,
                            value,
                            "a size from 1 to 1G, such as 16M, 512K or 1048576",
                        )
                    })?;
            }
            PLUGIN_POLICY | PLUGIN_ALLOWLIST => {
                if name == PLUGIN_POLICY {
                    self.policy_text = value.to_owned();
                } else {
                    self.allowlist_text = value.to_owned();
                }
                return Ok(self.rebuild_policy());
            }
            WHOAMI_TIMEOUT => {
                let t = seconds(name, value, MAX_WHOAMI_SECONDS)?;
                // 0 would mean "wait forever" in a web request: the default.
                self.whoami_timeout = if t.is_zero() {
                    Duration::from_secs(10)
                } else {
                    t
                };
            }
            LOG_LEVEL => {
                self.log_level = LogLevel::parse(value)
                    .ok_or_else(|| refused(name, value, "off, errors or runs"))?;
            }
            ENABLE => self.enabled = flag(name, value)?,
            SHARED_CACHE => {
                self.shared_cache = flag(name, value)?;
                self.cache.refresh_ahead = self.shared_cache;
            }
            SHARED_CACHE_DIR => {
                self.shared_cache_dir = match value.trim() {
                    "" => None,
                    d if d.starts_with('/') && !d.contains('\0') && d.len() <= 1024 => {
                        Some(std::path::PathBuf::from(d))
                    }
                    _ => {
                        return Err(refused(
                            name,
                            value,
                            "an absolute folder path, or nothing for $XDG_RUNTIME_DIR or /dev/shm/php-k8s-auth-<uid>",
                        ));
                    }
                };
            }
            _ => return Err(format!("{name} is not a php_k8s_auth setting")),
        }
        Ok(None)
    }

    /// Recomputes the policy from its two settings; anything invalid means
    /// DenyAll, with the reason kept for the error every run then reports.
    fn rebuild_policy(&mut self) -> Option<String> {
        match PluginPolicy::parse(&self.policy_text, &self.allowlist_text) {
            Ok(p) => {
                self.policy = p;
                self.policy_error = None;
                None
            }
            Err(reason) => {
                self.policy = PluginPolicy::DenyAll;
                let message = format!(
                    "{reason}; until php.ini is fixed, php_k8s_auth refuses every exec credential plugin"
                );
                self.policy_error = Some(message.clone());
                Some(message)
            }
        }
    }

    /// Fails when a broken security setting refuses every plugin.
    pub fn usable(&self) -> Result<()> {
        match &self.policy_error {
            Some(m) => Err(AuthError::Config(m.clone())),
            None => Ok(()),
        }
    }

    /// The default text of setting `name`.
    pub fn default_of(&self, name: &str) -> &'static str {
        ENTRIES
            .iter()
            .find(|e| e.name == name)
            .map_or("", |e| e.default)
    }

    /// Settings from `get` (a value by name; `None`: the default). For tests
    /// and tools; the module applies values one by one as PHP sets them.
    pub fn parse(get: impl Fn(&str) -> Option<String>) -> Result<Settings> {
        let mut s = Settings::default();
        for e in ENTRIES {
            if let Some(v) = get(e.name) {
                s.apply(e.name, &v).map_err(AuthError::Config)?;
            }
        }
        Ok(s)
    }
}

fn refused(name: &str, value: &str, want: &str) -> String {
    let shown: String = value
        .chars()
        .take(64)
        .flat_map(char::escape_default)
        .collect();
    format!("{name} = \"{shown}\" is not valid: expected {want}")
}

fn seconds(name: &str, value: &str, max: f64) -> std::result::Result<Duration, String> {
    let secs = value
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|s| (0.0..=max).contains(s))
        .ok_or_else(|| refused(name, value, &format!("a number of seconds from 0 to {max}")))?;
    let d = Duration::from_secs_f64(secs);
    // Below a nanosecond a positive value would round to 0, which means "no
    // limit" (exec_timeout, max_credential_age): the opposite of what was asked.
    if secs > 0.0 && d.is_zero() {
        return Err(refused(
            name,
            value,
            &format!("0 or a number of seconds from 0.000000001 (one nanosecond) to {max}"),
        ));
    }
    Ok(d)
}

fn flag(name: &str, value: &str) -> std::result::Result<bool, String> {
    let v = value.trim().to_ascii_lowercase();
    match v.as_str() {
        "1" | "on" | "yes" | "true" => Ok(true),
        "" | "0" | "off" | "no" | "false" | "none" => Ok(false),
        _ => Err(refused(name, value, "On or Off (1 or 0)")),
    }
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
    use crate::core::plugin_policy::AllowEntry;

    #[test]
    fn defaults() {
        let s = Settings::default();
        assert_eq!(s.limits.timeout, Some(Duration::from_secs(60)));
        assert_eq!(s.limits.max_stdout, 16 * 1024 * 1024);
        assert!(s.cache.enabled);
        assert_eq!(s.policy, PluginPolicy::AllowAll);
        assert!(s.usable().is_ok());
        assert_eq!(s.whoami_timeout, Duration::from_secs(10));
        assert_eq!(s.log_level, LogLevel::Errors);
        assert!(s.enabled);
        assert!(s.shared_cache && s.cache.refresh_ahead);
        assert_eq!(s.shared_cache_dir, None);
    }

    #[test]
    fn shared_cache_settings() {
        let mut s = Settings::default();
        s.apply(SHARED_CACHE, "Off").unwrap();
        assert!(!s.shared_cache && !s.cache.refresh_ahead);
        s.apply(SHARED_CACHE_DIR, "/run/k8s").unwrap();
        assert_eq!(
            s.shared_cache_dir.as_deref(),
            Some(std::path::Path::new("/run/k8s"))
        );
        for bad in ["relative/dir", "./x", "/a\0b"] {
            let e = s.apply(SHARED_CACHE_DIR, bad).unwrap_err();
            assert!(e.contains("absolute folder path"), "{e}");
        }
        s.apply(SHARED_CACHE_DIR, "").unwrap();
        assert_eq!(s.shared_cache_dir, None);
    }

    #[test]
    fn log_level_whoami_timeout_and_enable() {
        let mut s = Settings::default();
        s.apply(LOG_LEVEL, "Runs").unwrap();
        s.apply(WHOAMI_TIMEOUT, "2.5").unwrap();
        s.apply(ENABLE, "Off").unwrap();
        assert_eq!(s.log_level, LogLevel::Runs);
        assert_eq!(s.whoami_timeout, Duration::from_millis(2500));
        assert!(!s.enabled);
        let e = s.apply(LOG_LEVEL, "loud").unwrap_err();
        assert_eq!(
            e,
            "php_k8s_auth.log_level = \"loud\" is not valid: expected off, errors or runs"
        );
        assert!(s.apply(WHOAMI_TIMEOUT, "301").is_err());
        assert_eq!(s.log_level, LogLevel::Runs);
    }

    #[test]
    fn values_are_read_and_bad_ones_named() {
        let s = Settings::parse(|n| match n {
            EXEC_TIMEOUT => Some("0".into()),
            CACHE => Some("Off".into()),
            MAX_OUTPUT_BYTES => Some("2k".into()),
            _ => None,
        })
        .unwrap();
        assert_eq!(s.limits.timeout, None);
        assert!(!s.cache.enabled);
        assert_eq!(s.limits.max_stdout, 2048);
        let e = Settings::parse(|n| (n == EXEC_TIMEOUT).then(|| "soon".into()))
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("php_k8s_auth.exec_timeout = \"soon\" is not valid: expected a number of seconds from 0 to 86400"),
            "{e}"
        );
    }

    #[test]
    fn out_of_range_values_are_refused_and_leave_the_old_value() {
        let mut s = Settings::default();
        for (name, value) in [
            (EXEC_TIMEOUT, "1e19"),
            (CACHE_MAX_AGE, "1e30"),
            (FAILURE_BACKOFF_MAX, "1e30"),
            (FAILURE_BACKOFF, "-1"),
            (EXEC_TIMEOUT, "NaN"),
            (EXEC_TIMEOUT, "inf"),
            (MAX_OUTPUT_BYTES, "0"),
            (MAX_OUTPUT_BYTES, "2G"),
            (MAX_OUTPUT_BYTES, "99999999999999999999"),
            (CACHE, "maybe"),
        ] {
            let before = s.clone();
            let e = s.apply(name, value).unwrap_err();
            assert!(e.starts_with(&format!("{name} = ")), "{e}");
            assert_eq!(s, before, "{name} = {value}");
        }
        assert!(s.apply(EXEC_TIMEOUT, "86400").is_ok());
        assert!(s.apply(CACHE_MAX_AGE, "2592000").is_ok());
        assert!(s.apply(MAX_OUTPUT_BYTES, "1G").is_ok());
    }

    #[test]
    fn positive_durations_below_a_nanosecond_are_refused_not_read_as_no_limit() {
        let mut s = Settings::default();
        for name in [
            EXEC_TIMEOUT,
            MAX_CREDENTIAL_AGE,
            CACHE_MAX_AGE,
            FAILURE_BACKOFF,
            FAILURE_BACKOFF_MAX,
            WHOAMI_TIMEOUT,
        ] {
            for value in ["1e-10", "0.0000000001", "5e-324"] {
                let before = s.clone();
                let e = s.apply(name, value).unwrap_err();
                assert!(e.contains("one nanosecond"), "{e}");
                assert_eq!(s, before, "{name} = {value}");
            }
        }
        s.apply(EXEC_TIMEOUT, "1e-9").unwrap();
        assert_eq!(s.limits.timeout, Some(Duration::from_nanos(1)));
        s.apply(EXEC_TIMEOUT, "0").unwrap();
        assert_eq!(s.limits.timeout, None);
        s.apply(EXEC_TIMEOUT, "-0").unwrap();
        assert_eq!(s.limits.timeout, None);
        assert!(s.apply(MAX_OUTPUT_BYTES, "1G").is_ok());
    }

    #[test]
    fn a_broken_policy_fails_closed() {
        let mut s = Settings::default();
        let warning = s.apply(PLUGIN_POLICY, "Alowlist").unwrap().unwrap();
        assert!(
            warning.contains("refuses every exec credential plugin"),
            "{warning}"
        );
        assert_eq!(s.policy, PluginPolicy::DenyAll);
        assert!(s.usable().unwrap_err().to_string().contains("Alowlist"));
        assert_eq!(s.apply(PLUGIN_POLICY, "Allowlist").unwrap(), None);
        assert!(s.usable().is_ok());
        assert_eq!(s.apply(PLUGIN_ALLOWLIST, "aws, gcloud").unwrap(), None);
        assert_eq!(
            s.policy,
            PluginPolicy::Allowlist(vec![
                AllowEntry {
                    program: "aws".into(),
                    args: vec![]
                },
                AllowEntry {
                    program: "gcloud".into(),
                    args: vec![]
                }
            ])
        );
    }

    #[test]
    fn unknown_setting_is_refused() {
        assert!(Settings::default().apply("php_k8s_auth.nope", "1").is_err());
    }
}
