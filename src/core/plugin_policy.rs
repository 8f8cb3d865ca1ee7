//! Which plugins may run, and with which environment: client-go's credential
//! plugin policy, set by the system administrator (php.ini, `PHP_INI_SYSTEM`),
//! never by the application or a kubeconfig. Neither can escape it: allowed
//! names are found on the PATH the module saw at startup and compared as
//! canonical files, and `env` entries that make a program run other code are
//! refused.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use super::environment::{self, EnvSnapshot};
use super::error::{AuthError, Result};
use super::plugin_runner::DEFAULT_PATH;
use super::untrusted::escape_line;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum PluginPolicy {
    #[default]
    AllowAll,
    DenyAll,
    /// Programs (bare names found on the startup PATH, or absolute paths),
    /// each with the arguments its argv must start with.
    Allowlist(Vec<AllowEntry>),
}

/// One `plugin_allowlist` entry: `aws eks get-token` allows the program
/// `aws` only when its arguments start with `eks get-token`. A program name
/// alone trusts every argument a kubeconfig gives it (`aws configure set …`
/// rewrites ~/.aws/config), which is why the prefix exists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AllowEntry {
    pub program: String,
    pub args: Vec<String>,
}

impl AllowEntry {
    fn parse(entry: &str) -> Self {
        let mut words = entry.split_whitespace().map(str::to_owned);
        AllowEntry {
            program: words.next().unwrap_or_default(),
            args: words.collect(),
        }
    }

    fn permits(&self, args: &[String]) -> bool {
        args.starts_with(&self.args)
    }
}

impl std::fmt::Display for AllowEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.program)?;
        for a in &self.args {
            write!(f, " {a}")?;
        }
        Ok(())
    }
}

/// The PATH of the process when the module started (php.ini is read then),
/// before any request could `putenv()`. Captured by the first call, which
/// the settings make at module startup through [`PluginPolicy::parse`].
pub fn startup_path() -> &'static OsString {
    static PATH: OnceLock<OsString> = OnceLock::new();
    PATH.get_or_init(|| {
        std::env::var_os("PATH")
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| DEFAULT_PATH.into())
    })
}

impl PluginPolicy {
    /// Reads `php_k8s_auth.plugin_policy` and `php_k8s_auth.plugin_allowlist`
    /// (entries separated by commas; an entry is a program, optionally
    /// followed by the arguments its argv must start with). Also fixes the
    /// startup PATH allowed names are looked up on.
    pub fn parse(policy: &str, allowlist: &str) -> std::result::Result<Self, String> {
        startup_path();
        startup_guarded();
        match policy.trim() {
            "" | "AllowAll" => Ok(PluginPolicy::AllowAll),
            "DenyAll" => Ok(PluginPolicy::DenyAll),
            "Allowlist" => {
                let list: Vec<AllowEntry> = allowlist
                    .split(',')
                    .filter(|e| !e.trim().is_empty())
                    .map(AllowEntry::parse)
                    .collect();
                if let Some(bad) = list
                    .iter()
                    .map(|e| &e.program)
                    .find(|p| p.contains('/') && !p.starts_with('/'))
                {
                    return Err(format!(
                        "php_k8s_auth.plugin_allowlist entry {bad:?} is a relative path; list a bare program name (found on the startup PATH) or an absolute path"
                    ));
                }
                Ok(PluginPolicy::Allowlist(list))
            }
            other => Err(format!(
                "php_k8s_auth.plugin_policy {other:?} is not one of AllowAll, DenyAll, Allowlist"
            )),
        }
    }

    /// Refuses a plugin the policy does not allow. `resolved` is where the
    /// command was found and `args` the arguments it would get; the answer
    /// is the file to start: under Allowlist the canonical file that was
    /// compared (so a symlink swapped after the check cannot redirect the
    /// run), else `resolved` itself.
    pub fn check(&self, command: &str, resolved: &Path, args: &[String]) -> Result<PathBuf> {
        match self {
            PluginPolicy::AllowAll => Ok(resolved.to_path_buf()),
            PluginPolicy::DenyAll => Err(AuthError::Policy {
                command: command.into(),
                reason: "php_k8s_auth.plugin_policy is DenyAll, so no exec credential plugin may run in this PHP installation; ask the administrator, or use another way to authenticate".into(),
            }),
            PluginPolicy::Allowlist(list) => {
                let canonical = resolved.canonicalize().ok();
                if let Some(file) = &canonical {
                    // Same answer, less work: the first entry that names
                    // this file and permits the arguments allows the run,
                    // so entries named like the program or its file are
                    // tried first, and the others (each a walk of the
                    // startup PATH and a realpath: ~20 µs for a name not
                    // found) only when none of those allows it. A refusal
                    // walks them all for its message.
                    let names = [resolved.file_name(), file.file_name()];
                    let likely = |e: &&AllowEntry| {
                        names.contains(&e.program.rsplit('/').next().map(std::ffi::OsStr::new))
                    };
                    if list
                        .iter()
                        .filter(likely)
                        .chain(list.iter().filter(|e| !likely(e)))
                        .any(|e| {
                            e.permits(args)
                                && allowed_file_knowing(&e.program, Some((resolved, file))).as_ref()
                                    == Some(file)
                        })
                    {
                        return Ok(file.clone());
                    }
                    let same: Vec<&AllowEntry> = list
                        .iter()
                        .filter(|e| allowed_file(&e.program).as_ref() == Some(file))
                        .collect();
                    if same.iter().any(|e| e.permits(args)) {
                        return Ok(file.clone());
                    }
                    if !same.is_empty() {
                        // The arguments are not quoted: they may hold secrets.
                        let prefixes: Vec<String> =
                            same.iter().map(|e| format!("{:?}", e.to_string())).collect();
                        return Err(AuthError::Policy {
                            command: command.into(),
                            reason: format!(
                                "php_k8s_auth.plugin_policy is Allowlist and php_k8s_auth.plugin_allowlist allows this program only with arguments starting as in {}; the exec configuration's args do not. Fix the kubeconfig's args, or ask the administrator to list the arguments this plugin needs",
                                prefixes.join(" or ")
                            ),
                        });
                    }
                }
                let shown = match &canonical {
                    Some(c) if c != resolved => format!(
                        "{:?} (which is {:?})",
                        escape_line(&resolved.to_string_lossy()),
                        escape_line(&c.to_string_lossy())
                    ),
                    _ => format!("{:?}", escape_line(&resolved.to_string_lossy())),
                };
                Err(AuthError::Policy {
                    command: command.into(),
                    reason: format!(
                        "php_k8s_auth.plugin_policy is Allowlist and {shown} is none of the programs php_k8s_auth.plugin_allowlist names ({}; bare names are looked up on the PATH the PHP process had at startup, never on one set later); the administrator can add it to php.ini",
                        if list.is_empty() {
                            "empty".to_owned()
                        } else {
                            list.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
                        }
                    ),
                })
            }
        }
    }

    /// Refuses `env` entries of the exec configuration that make a program
    /// run other code ([`DANGEROUS_ENV`]). Always under Allowlist; under
    /// AllowAll while `php_k8s_auth.plugin_env_guard` is on (`guard`).
    /// PATH, proxies, CA bundles and the configuration folders plugins read
    /// ([`ALLOWLIST_ONLY_ENV`]) are refused only under Allowlist: under
    /// AllowAll the kubeconfig picks the program anyway, and plugins that
    /// need them keep working.
    pub fn check_env(&self, command: &str, env: &[(String, String)], guard: bool) -> Result<()> {
        let allowlist = matches!(self, PluginPolicy::Allowlist(_));
        if !(allowlist || guard) {
            return Ok(());
        }
        for (name, _) in env {
            let family = dangerous_env(name).or(if allowlist {
                allowlist_only_env(name)
            } else {
                None
            });
            if let Some(family) = family {
                let setting = if allowlist {
                    "php_k8s_auth.plugin_policy is Allowlist, which always refuses these"
                } else {
                    "refused while php_k8s_auth.plugin_env_guard is On (php.ini)"
                };
                return Err(AuthError::Policy {
                    command: command.into(),
                    reason: format!(
                        "the exec configuration's env entry {:?} sets {family}, which can make the plugin run other code; {setting}. Remove the entry from the kubeconfig",
                        escape_line(name)
                    ),
                });
            }
        }
        Ok(())
    }
}

impl PluginPolicy {
    /// The environment an allowed plugin inherits. Under Allowlist every
    /// variable the policy guards ([`DANGEROUS_ENV`], [`ALLOWLIST_ONLY_ENV`])
    /// has the value it had when the module started, whatever the
    /// application `putenv()`s since: otherwise `putenv('BASH_ENV=…')` or a
    /// `PATH` with a planted `bash` runs code inside an allowed plugin, past
    /// `disable_functions`. Other policies pass the environment through.
    pub fn pin_environment(&self, env: &Arc<EnvSnapshot>) -> Arc<EnvSnapshot> {
        if !matches!(self, PluginPolicy::Allowlist(_)) {
            return env.clone();
        }
        thread_local! {
            // The live snapshot is shared until the environment changes, so
            // one pinned copy serves every run until then.
            static LAST: std::cell::RefCell<Option<(Arc<EnvSnapshot>, Arc<EnvSnapshot>)>> =
                const { std::cell::RefCell::new(None) };
        }
        LAST.with(|last| {
            let mut last = last.borrow_mut();
            if let Some((from, pinned)) = last.as_ref()
                && Arc::ptr_eq(from, env)
            {
                return pinned.clone();
            }
            let mut entries: Vec<(OsString, OsString)> = env
                .entries
                .iter()
                .filter(|(k, _)| !guarded(k))
                .cloned()
                .collect();
            entries.extend(startup_guarded().iter().cloned());
            let pinned = Arc::new(EnvSnapshot::from_entries(entries));
            *last = Some((env.clone(), pinned.clone()));
            pinned
        })
    }
}

/// Whether Allowlist pins `name` to its start-up value.
fn guarded(name: &OsString) -> bool {
    let name = name.to_string_lossy();
    dangerous_env(&name).is_some() || allowlist_only_env(&name).is_some()
}

/// The guarded variables as the process had them when the module started
/// (php.ini is read then, before any request), in environment order.
fn startup_guarded() -> &'static Vec<(OsString, OsString)> {
    static ENV: OnceLock<Vec<(OsString, OsString)>> = OnceLock::new();
    ENV.get_or_init(|| {
        environment::current()
            .entries
            .iter()
            .filter(|(k, _)| guarded(k))
            .cloned()
            .collect()
    })
}

/// The file an allowlist entry names: an absolute path, or a bare name as
/// the startup PATH finds it (absolute entries only), canonical.
fn allowed_file(entry: &str) -> Option<PathBuf> {
    allowed_file_knowing(entry, None)
}

/// [`allowed_file`], reusing `known` (a path and its canonical form, just
/// computed) when the entry leads to that very path: one realpath less for
/// the usual case of a command found where its allowlist entry is.
fn allowed_file_knowing(entry: &str, known: Option<(&Path, &PathBuf)>) -> Option<PathBuf> {
    let canonical = |p: &Path| match known {
        Some((path, canonical)) if path == p => Some(canonical.clone()),
        _ => p.canonicalize().ok(),
    };
    if entry.starts_with('/') {
        return canonical(Path::new(entry));
    }
    use std::os::unix::ffi::OsStrExt;
    startup_path()
        .as_bytes()
        .split(|b| *b == b':')
        .filter(|d| d.starts_with(b"/"))
        .map(|d| Path::new(std::ffi::OsStr::from_bytes(d)).join(entry))
        .find(|p| super::plugin_runner::is_executable_file(p))
        .and_then(|p| canonical(&p))
}

/// Names (exact, or a prefix ending in `_` or `*`) of variables that load
/// code into a program or make it run code, by family. Sources: glibc's
/// list of variables it removes for setuid programs (`UNSECURE_ENVVARS`),
/// the shells', and each interpreter's documented start-up hooks.
pub const DANGEROUS_ENV: &[(&str, &[&str])] = &[
    (
        "the dynamic loader's behaviour",
        &[
            "LD_*",
            "DYLD_*",
            "GLIBC_TUNABLES",
            "GCONV_PATH",
            "GETCONF_DIR",
            "LOCPATH",
            "NLSPATH",
            "MALLOC_TRACE",
            "HOSTALIASES",
            "LOCALDOMAIN",
            "RES_OPTIONS",
            "RESOLV_HOST_CONF",
            "NIS_PATH",
            "TZDIR",
        ],
    ),
    (
        "a shell's start-up code",
        &[
            "BASH_ENV",
            "ENV",
            "BASH_FUNC_*",
            "SHELLOPTS",
            "BASHOPTS",
            "PS4",
            "PROMPT_COMMAND",
            "IFS",
            "ZDOTDIR",
        ],
    ),
    (
        "Python's start-up code",
        &[
            "PYTHONPATH",
            "PYTHONSTARTUP",
            "PYTHONHOME",
            "PYTHONINSPECT",
            "PYTHONUSERBASE",
            "PYTHONPLATLIBDIR",
            "PYTHONBREAKPOINT",
            "PYTHONWARNINGS",
        ],
    ),
    ("Node.js's start-up code", &["NODE_OPTIONS", "NODE_PATH"]),
    (
        "Perl's start-up code",
        &["PERL5OPT", "PERL5LIB", "PERLLIB", "PERL5DB"],
    ),
    ("Ruby's start-up code", &["RUBYOPT", "RUBYLIB"]),
    (
        "the Java VM's options",
        &[
            "JAVA_TOOL_OPTIONS",
            "_JAVA_OPTIONS",
            "JDK_JAVA_OPTIONS",
            "CLASSPATH",
        ],
    ),
    (
        "Lua's start-up code",
        &[
            "LUA_INIT",
            "LUA_INIT_*",
            "LUA_PATH",
            "LUA_CPATH",
            "LUA_PATH_*",
            "LUA_CPATH_*",
        ],
    ),
    ("PHP's start-up files", &["PHPRC", "PHP_INI_SCAN_DIR"]),
    (
        "OpenSSL's loadable modules",
        &["OPENSSL_CONF", "OPENSSL_ENGINES", "OPENSSL_MODULES"],
    ),
];

/// Variables refused in `env` entries (and pinned to their start-up
/// value) only under Allowlist: they decide which programs an allowed
/// plugin finds, where its network traffic goes and whom it trusts, and
/// which configuration files it reads — files that can name programs to run
/// (an AWS profile's `credential_process`).
pub const ALLOWLIST_ONLY_ENV: &[(&str, &[&str])] = &[
    ("the search path of the programs the plugin runs", &["PATH"]),
    (
        "where the plugin's network traffic goes or which servers it trusts",
        &[
            "HTTPS_PROXY",
            "https_proxy",
            "HTTP_PROXY",
            "http_proxy",
            "ALL_PROXY",
            "all_proxy",
            "NO_PROXY",
            "no_proxy",
            "SSL_CERT_FILE",
            "SSL_CERT_DIR",
            "REQUESTS_CA_BUNDLE",
            "CURL_CA_BUNDLE",
            "AWS_CA_BUNDLE",
            "NODE_EXTRA_CA_CERTS",
            "GRPC_DEFAULT_SSL_ROOTS_FILE_PATH",
        ],
    ),
    (
        "the configuration files the plugin reads, which can name programs to run",
        &[
            "HOME",
            "XDG_CONFIG_HOME",
            "AWS_CONFIG_FILE",
            "AWS_SHARED_CREDENTIALS_FILE",
            "CLOUDSDK_CONFIG",
            "AZURE_CONFIG_DIR",
        ],
    ),
];

/// The family of a variable only Allowlist refuses, or `None`.
pub fn allowlist_only_env(name: &str) -> Option<&'static str> {
    family(ALLOWLIST_ONLY_ENV, name)
}

/// The family of a dangerous variable, or `None`.
pub fn dangerous_env(name: &str) -> Option<&'static str> {
    family(DANGEROUS_ENV, name)
}

fn family(table: &[(&'static str, &[&str])], name: &str) -> Option<&'static str> {
    table.iter().find_map(|(family, names)| {
        names
            .iter()
            .any(|n| match n.strip_suffix('*') {
                Some(prefix) => name.starts_with(prefix),
                None => name == *n,
            })
            .then_some(*family)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[&str]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|n| (n.to_string(), "x".to_string()))
            .collect()
    }

    #[test]
    fn allowlist_compares_canonical_files() {
        let sh = Path::new("/bin/sh").canonicalize().unwrap();
        let p = PluginPolicy::parse("Allowlist", "sh, /usr/bin/env").unwrap();
        // A bare name is found on the startup PATH; the file started is canonical.
        assert_eq!(p.check("sh", Path::new("/bin/sh"), &[]).unwrap(), sh);
        assert!(p.check("env", Path::new("/usr/bin/env"), &[]).is_ok());
        let e = p
            .check("cat", Path::new("/bin/cat"), &[])
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("refused to run cat") && e.contains("Allowlist"),
            "{e}"
        );
        assert!(e.contains("sh, /usr/bin/env"), "{e}");
    }

    #[test]
    fn a_same_named_program_elsewhere_is_not_the_allowed_one() {
        let d = std::env::temp_dir().join(format!("pk8s-policy-{}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        let fake = d.join("sh");
        std::fs::write(&fake, "#!/bin/sh\n").unwrap();
        let p = PluginPolicy::parse("Allowlist", "sh").unwrap();
        let e = p.check("sh", &fake, &[]).unwrap_err().to_string();
        assert!(
            e.contains("startup PATH") || e.contains("at startup"),
            "{e}"
        );
        // A symlink to the allowed program is that program.
        let link = d.join("link");
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink("/bin/sh", &link).unwrap();
        assert_eq!(
            p.check("sh", &link, &[]).unwrap(),
            Path::new("/bin/sh").canonicalize().unwrap()
        );
        std::fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn the_answer_does_not_depend_on_where_the_allowing_entry_is_listed() {
        // Entries named like the program are tried first; an entry under
        // another name (a symlink to the program) listed after names that
        // are not on the PATH still allows it, and a refusal still names
        // every entry.
        let d = std::env::temp_dir().join(format!("pk8s-policy-order-{}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        let link = d.join("shell-link");
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink("/bin/sh", &link).unwrap();
        let sh = Path::new("/bin/sh").canonicalize().unwrap();
        let list = format!(
            "no-such-plugin-a, sh -x, no-such-plugin-b, {}",
            link.display()
        );
        let p = PluginPolicy::parse("Allowlist", &list).unwrap();
        // `sh -x` (named like it) does not permit these arguments; the link does.
        assert_eq!(
            p.check("sh", Path::new("/bin/sh"), &strings(&["-c", "true"]))
                .unwrap(),
            sh
        );
        let e = p
            .check("cat", Path::new("/bin/cat"), &[])
            .unwrap_err()
            .to_string();
        assert!(e.contains(&list), "{e}");
        std::fs::remove_dir_all(&d).unwrap();
    }

    fn strings(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn an_entry_with_arguments_pins_the_start_of_argv() {
        let p = PluginPolicy::parse("Allowlist", " sh -c  exit , /usr/bin/env").unwrap();
        let sh = Path::new("/bin/sh");
        assert!(p.check("sh", sh, &strings(&["-c", "exit", "0"])).is_ok());
        assert!(p.check("sh", sh, &strings(&["-c", "exit"])).is_ok());
        for args in [
            &[][..],
            &["-c"][..],
            &["-c", "id > /tmp/x"][..],
            &["exit", "-c"][..],
        ] {
            let e = p.check("sh", sh, &strings(args)).unwrap_err().to_string();
            assert!(
                e.contains("only with arguments starting as in \"sh -c exit\""),
                "{e}"
            );
            // The configuration's own arguments are never quoted.
            assert!(!e.contains("/tmp/x"), "{e}");
        }
        // Another entry for the same program may allow more.
        let p = PluginPolicy::parse("Allowlist", "sh -c exit, sh --version").unwrap();
        assert!(p.check("sh", sh, &strings(&["--version"])).is_ok());
        assert!(
            p.check("/usr/bin/env", Path::new("/usr/bin/env"), &strings(&["x"]))
                .is_err()
        );
    }

    #[test]
    fn allowlist_pins_guarded_variables_to_their_start_up_values() {
        let startup = startup_guarded().clone();
        let live = Arc::new(EnvSnapshot::from_entries(vec![
            ("BASH_ENV".into(), "/tmp/evil".into()),
            ("PATH".into(), "/tmp/evil-bin".into()),
            ("AWS_PROFILE".into(), "tenant".into()),
            ("HTTPS_PROXY".into(), "http://attacker:3128".into()),
        ]));
        let pinned = PluginPolicy::Allowlist(vec![]).pin_environment(&live);
        assert_eq!(
            pinned.get("AWS_PROFILE"),
            Some(std::ffi::OsStr::new("tenant"))
        );
        for name in ["BASH_ENV", "PATH", "HTTPS_PROXY"] {
            let want = startup
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_os_str());
            assert_eq!(pinned.get(name), want, "{name}");
        }
        assert_ne!(
            pinned.get("PATH"),
            Some(std::ffi::OsStr::new("/tmp/evil-bin"))
        );
        // The same live snapshot gives the same pinned one; other policies pass it through.
        assert!(Arc::ptr_eq(
            &pinned,
            &PluginPolicy::Allowlist(vec![]).pin_environment(&live)
        ));
        assert!(Arc::ptr_eq(
            &live,
            &PluginPolicy::AllowAll.pin_environment(&live)
        ));
    }

    #[test]
    fn relative_allowlist_entries_are_refused() {
        let e = PluginPolicy::parse("Allowlist", "bin/aws").unwrap_err();
        assert!(e.contains("relative path"), "{e}");
    }

    #[test]
    fn deny_all_and_allow_all() {
        let d = PluginPolicy::parse("DenyAll", "").unwrap();
        assert!(
            d.check("aws", Path::new("/usr/bin/aws"), &[])
                .unwrap_err()
                .to_string()
                .contains("DenyAll")
        );
        assert_eq!(
            PluginPolicy::parse("", "")
                .unwrap()
                .check("x", Path::new("/x"), &[])
                .unwrap(),
            Path::new("/x")
        );
        assert!(PluginPolicy::parse("allowall", "").is_err());
    }

    #[test]
    fn env_guard_refuses_each_family_and_names_the_setting() {
        let all = PluginPolicy::AllowAll;
        for name in [
            "LD_PRELOAD",
            "LD_LIBRARY_PATH",
            "LD_AUDIT",
            "GLIBC_TUNABLES",
            "BASH_ENV",
            "ENV",
            "BASH_FUNC_ls%%",
            "SHELLOPTS",
            "PS4",
            "PYTHONPATH",
            "PYTHONSTARTUP",
            "NODE_OPTIONS",
            "PERL5OPT",
            "RUBYOPT",
            "GCONV_PATH",
            "JAVA_TOOL_OPTIONS",
            "_JAVA_OPTIONS",
            "LUA_INIT_5_4",
            "OPENSSL_CONF",
        ] {
            let e = all
                .check_env("x", &env(&["AWS_PROFILE", name]), true)
                .unwrap_err()
                .to_string();
            assert!(e.contains(&format!("{name:?}")), "{e}");
            assert!(e.contains("php_k8s_auth.plugin_env_guard"), "{e}");
        }
        assert!(all.check_env("x", &env(&["LD_PRELOAD"]), false).is_ok());
        let list = PluginPolicy::Allowlist(vec![]);
        let e = list
            .check_env("x", &env(&["LD_PRELOAD"]), false)
            .unwrap_err()
            .to_string();
        assert!(e.contains("Allowlist"), "{e}");
    }

    #[test]
    fn ordinary_variables_pass_and_path_only_outside_allowlist() {
        let ok = env(&[
            "AWS_PROFILE",
            "AWS_REGION",
            "AWS_STS_REGIONAL_ENDPOINTS",
            "CLOUDSDK_CORE_PROJECT",
            "AZURE_CONFIG_DIR",
            "HOME",
            "TMPDIR",
            "LANG",
            "KUBECONFIG",
            "ld_preload",
            "XLD_PRELOAD",
        ]);
        assert!(PluginPolicy::AllowAll.check_env("x", &ok, true).is_ok());
        let list = PluginPolicy::Allowlist(vec![]);
        for (name, _) in &ok {
            let refused = list.check_env("x", &env(&[name]), true).is_err();
            assert_eq!(
                refused,
                ["HOME", "AZURE_CONFIG_DIR"].contains(&name.as_str()),
                "{name}"
            );
        }
        for name in [
            "HTTPS_PROXY",
            "no_proxy",
            "AWS_CA_BUNDLE",
            "AWS_CONFIG_FILE",
            "CLOUDSDK_CONFIG",
        ] {
            let e = list
                .check_env("x", &env(&[name]), true)
                .unwrap_err()
                .to_string();
            assert!(e.contains(name) && e.contains("Allowlist"), "{e}");
            assert!(
                PluginPolicy::AllowAll
                    .check_env("x", &env(&[name]), true)
                    .is_ok()
            );
        }
        assert!(
            PluginPolicy::AllowAll
                .check_env("x", &env(&["PATH"]), true)
                .is_ok()
        );
        assert!(
            PluginPolicy::Allowlist(vec![])
                .check_env("x", &env(&["PATH"]), true)
                .is_err()
        );
    }
}
