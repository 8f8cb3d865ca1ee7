//! One exec credential provider: configuration plus cluster, turned into a
//! credential by running the plugin. The PHP class is a thin shell over this.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use super::cluster_info::ClusterInfo;
use super::credential::{self, Credential};
use super::credential_cache::{Cache, CacheKey, Fetched};
use super::error::{AuthError, Result};
use super::exec_config::{ExecConfig, InteractiveMode};
use super::exec_info;
use super::plugin_runner::{self, Limits, RunError};
use super::settings::Settings;
use super::untrusted;

/// What a run depends on outside the configuration. Tests build their own;
/// production takes the live process state with [`Host::current`].
#[derive(Debug, Clone)]
pub struct Host {
    /// The environment the plugin inherits; `None`: the live process
    /// environment, read only when a plugin is actually started.
    pub environ: Option<Vec<(OsString, OsString)>>,
    /// PATH for looking bare commands up.
    pub path: Option<OsString>,
    /// The working folder relative commands start from when the configuration
    /// came without one (PHP's, which under ZTS is not the process's).
    pub cwd: Option<PathBuf>,
    pub stdin_is_terminal: bool,
    pub limits: Limits,
}

impl Host {
    /// The real process (what putenv() changes), never the request's
    /// $_SERVER: request headers must not reach the plugin.
    pub fn current(limits: Limits, cwd: Option<PathBuf>) -> Host {
        Host {
            environ: None,
            path: std::env::var_os("PATH"),
            cwd,
            // SAFETY: isatty only inspects the descriptor.
            stdin_is_terminal: unsafe { libc::isatty(0) } == 1,
            limits,
        }
    }

    /// A fixed environment, as tests pin it.
    pub fn with_environ(environ: Vec<(OsString, OsString)>, limits: Limits) -> Host {
        let path = environ
            .iter()
            .find(|(k, _)| k == "PATH")
            .map(|(_, v)| v.clone());
        Host {
            environ: Some(environ),
            path,
            cwd: None,
            stdin_is_terminal: false,
            limits,
        }
    }

    fn path(&self) -> Option<&std::ffi::OsStr> {
        self.path.as_deref()
    }

    fn environ(&self) -> Vec<(OsString, OsString)> {
        self.environ.clone().unwrap_or_else(process_environment)
    }
}

/// The live environment of this process, read through `__environ` as the
/// executable sees it. Not `std::env::vars_os()`: a PHP built without -fPIC
/// (upstream's default) keeps its own copy of `__environ` (a copy
/// relocation) that getenv()/putenv() use and PHP moves at start-up, while
/// the extension, loaded with RTLD_DEEPBIND, binds to libc's stale original.
pub fn process_environment() -> Vec<(OsString, OsString)> {
    use std::os::unix::ffi::OsStrExt;
    // PHP loads extensions with RTLD_DEEPBIND, so even RTLD_DEFAULT would
    // find libc's before the executable's: ask the main program's handle.
    // SAFETY: dlopen(NULL) returns the main program; dlvsym/dlsym only look up.
    let sym = unsafe {
        let main = libc::dlopen(std::ptr::null(), libc::RTLD_LAZY | libc::RTLD_NOLOAD);
        let handle = if main.is_null() {
            libc::RTLD_DEFAULT
        } else {
            main
        };
        let v = libc::dlvsym(handle, c"__environ".as_ptr(), c"GLIBC_2.2.5".as_ptr());
        let v = if v.is_null() {
            libc::dlsym(handle, c"__environ".as_ptr())
        } else {
            v
        };
        if !main.is_null() {
            libc::dlclose(main);
        }
        v
    };
    if sym.is_null() {
        return std::env::vars_os().collect();
    }
    let mut out = Vec::new();
    // SAFETY: `__environ` is a NULL-terminated array of NUL-terminated
    // strings, read as getenv() reads it.
    unsafe {
        let mut entry = *(sym as *const *const *const libc::c_char);
        while !entry.is_null() && !(*entry).is_null() {
            let bytes = std::ffi::CStr::from_ptr(*entry).to_bytes();
            // A name never starts with '='; the value may contain more of them.
            if let Some(eq) = bytes.iter().skip(1).position(|b| *b == b'=') {
                let (name, value) = (&bytes[..eq + 1], &bytes[eq + 2..]);
                out.push((
                    std::ffi::OsStr::from_bytes(name).to_owned(),
                    std::ffi::OsStr::from_bytes(value).to_owned(),
                ));
            }
            entry = entry.add(1);
        }
    }
    out
}

/// Whether the plugin gets the terminal, following client-go's `isInteractive`.
pub fn interactive(mode: InteractiveMode, stdin_is_terminal: bool, command: &str) -> Result<bool> {
    match mode {
        InteractiveMode::Never => Ok(false),
        InteractiveMode::IfAvailable => Ok(stdin_is_terminal),
        InteractiveMode::Always if stdin_is_terminal => Ok(true),
        InteractiveMode::Always => Err(AuthError::Interactive {
            command: command.into(),
            reason: "interactiveMode is Always but standard input is not a terminal (a web request or a job has none); use a plugin mode that needs no prompt, or run this from a terminal".into(),
        }),
    }
}

/// The exec configuration and the cluster it authenticates against.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ExecProvider {
    pub config: ExecConfig,
    pub cluster: Option<ClusterInfo>,
}

impl ExecProvider {
    pub fn new(config: ExecConfig) -> Self {
        ExecProvider {
            config,
            cluster: None,
        }
    }

    /// The cluster sent in `KUBERNETES_EXEC_INFO`, only when asked for.
    fn cluster_for_plugin(&self) -> Option<&ClusterInfo> {
        self.config
            .provide_cluster_info
            .then_some(self.cluster.as_ref())
            .flatten()
    }

    /// The absolute path the plugin will be started from.
    pub fn resolve(&self, host: &Host) -> Result<PathBuf> {
        plugin_runner::resolve_command(
            &self.config.command,
            self.config.base_dir.as_deref().or(host.cwd.as_deref()),
            host.path(),
            self.config.install_hint.as_deref(),
        )
    }

    /// The credential for this provider: from the process-wide cache while it
    /// is valid for `refresh_buffer`, else from one (shared) plugin run.
    /// `force` always runs the plugin and replaces the shared entry.
    pub fn fetch(
        &self,
        host: &Host,
        settings: &Settings,
        cache: &Cache,
        refresh_buffer: i64,
        force: bool,
    ) -> Result<Fetched> {
        let program = self.resolve(host)?;
        settings.policy.check(&self.config.command, &program)?;
        let key = CacheKey {
            config: self.config.clone(),
            cluster: self.cluster_for_plugin().cloned(),
            program,
        };
        cache.get(&key, &settings.cache, refresh_buffer, force, || {
            self.run_plugin(host, &key.program)
        })
    }

    /// Runs the plugin found at `program` once and validates its answer.
    pub fn run_plugin(&self, host: &Host, program: &Path) -> Result<Credential> {
        let cfg = &self.config;
        let interactive = interactive(cfg.interactive_mode, host.stdin_is_terminal, &cfg.command)?;
        let info = exec_info::encode(cfg.api_version, interactive, self.cluster_for_plugin());
        let env = plugin_runner::merge_env(
            host.environ(),
            &cfg.env,
            &[(exec_info::ENV_NAME, info.as_str())],
        );
        // A person at the terminal may take their time; a web request may not.
        let mut limits = host.limits;
        if interactive {
            limits.timeout = None;
        }
        let hint = cfg.install_hint.clone();
        let shown = untrusted::escape_path(program);
        let out = plugin_runner::run(program, &cfg.args, &env, interactive, limits).map_err(
            |e| match e {
                RunError::Spawn(err) => AuthError::Failed {
                    message: format!("executable {shown} could not be started: {err}"),
                    hint: hint.clone(),
                },
                RunError::Timeout => AuthError::Timeout {
                    command: shown.clone(),
                    seconds: limits
                        .timeout
                        .map(|t| format!("{}", t.as_secs_f64()))
                        .unwrap_or_default(),
                    hint: hint.clone(),
                },
                RunError::OutputTooLarge => AuthError::OutputTooLarge {
                    command: shown.clone(),
                    limit: limits.max_stdout,
                },
                RunError::Io(err) => AuthError::Failed {
                    message: format!("reading the output of {shown} failed: {err}"),
                    hint: hint.clone(),
                },
            },
        )?;
        if !out.status.success() {
            return Err(AuthError::Failed {
                message: plugin_runner::failure_message(&shown, &out),
                hint,
            });
        }
        credential::parse(&out.stdout, cfg.api_version)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn process_environment_sees_what_the_process_set() {
        // SAFETY: this test is the only user of the variable.
        unsafe { std::env::set_var("PK8S_ENV_PROBE", "a=b") };
        let env = process_environment();
        let found = env
            .iter()
            .find(|(k, _)| k == "PK8S_ENV_PROBE")
            .map(|(_, v)| v.clone());
        assert_eq!(found, Some(OsString::from("a=b")));
        assert_eq!(env.len(), std::env::vars_os().count());
    }
}
