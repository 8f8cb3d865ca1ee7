//! One exec credential provider: configuration plus cluster, turned into a
//! credential by running the plugin. The PHP class is a thin shell over this.

use std::cell::RefCell;
use std::ffi::OsString;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use super::cluster_info::ClusterInfo;
use super::credential::{self, Credential};
use super::credential_cache::{self, Cache, CacheKey, Fetched, HostTier, Lookup, Runner};
use super::environment::{self, EnvSnapshot};
use super::error::{AuthError, Result};
use super::exec_config::{ExecConfig, InteractiveMode};
use super::exec_info;
use super::host_cache::EntryId;
use super::keyed_hash::KeyedHash;
use super::log;
use super::plugin_policy::PluginPolicy;
use super::plugin_runner::{self, Limits, RunError};
use super::settings::Settings;
use super::untrusted;

/// What a run depends on outside the configuration. Tests build their own;
/// production takes the live process state with [`Host::current`].
#[derive(Debug, Clone)]
pub struct Host {
    /// The environment the plugin inherits: the real process (what putenv()
    /// changes), never the request's $_SERVER.
    pub env: Arc<EnvSnapshot>,
    /// The working folder relative commands start from when the configuration
    /// came without one (PHP's, which under ZTS is not the process's).
    pub cwd: Option<PathBuf>,
    pub stdin_is_terminal: bool,
    pub limits: Limits,
}

impl Host {
    /// The live process state, for a configuration with interactive `mode`:
    /// under `Never` whether stdin is a terminal changes nothing, so it is
    /// not asked (a system call on every request's first call).
    pub fn current(limits: Limits, cwd: Option<PathBuf>, mode: InteractiveMode) -> Host {
        Host {
            env: environment::current(),
            cwd,
            // SAFETY: isatty only inspects the descriptor.
            stdin_is_terminal: mode != InteractiveMode::Never && unsafe { libc::isatty(0) } == 1,
            limits,
        }
    }

    /// A fixed environment, as tests pin it.
    pub fn with_environ(environ: Vec<(OsString, OsString)>, limits: Limits) -> Host {
        Host {
            env: Arc::new(EnvSnapshot::from_entries(environ)),
            cwd: None,
            stdin_is_terminal: false,
            limits,
        }
    }

    /// PATH for looking bare commands up: the one the plugin inherits.
    fn path(&self) -> Option<&std::ffi::OsStr> {
        self.env.get("PATH")
    }
}

/// The live environment of this process (see [`environment::current`]).
pub fn process_environment() -> Vec<(OsString, OsString)> {
    environment::current().entries.clone()
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

/// One way of starting the plugin: the cache key and the
/// `KUBERNETES_EXEC_INFO` document it stands for.
#[derive(Clone)]
struct Invocation {
    key: CacheKey,
    exec_info: String,
    /// The host-wide entry id of `key`, with the hash key it was made with.
    host_id: OnceLock<(KeyedHash, EntryId)>,
}

impl Invocation {
    fn host_id(&self, hasher: &KeyedHash) -> EntryId {
        match self.host_id.get() {
            Some((k, id)) if k == hasher => *id,
            _ => {
                let id = self.key.host_id(hasher);
                let _ = self.host_id.set((*hasher, id));
                id
            }
        }
    }
}

/// The last invocation this thread allowed and what it was made from. A
/// request's provider asks for the same one as the request before, and
/// building it (`KUBERNETES_EXEC_INFO`, the environment digest, the
/// host-wide entry id) was a sixth of a request's first `getToken()`. It is
/// reused only when every input is the same: the configuration and the
/// environment snapshot (the same objects: both are immutable, a change
/// makes a new one, and holding them here keeps their addresses from being
/// reused), the cluster, the terminal flag, the policy, and the program
/// found on this call (path and file identity). A command that depends on
/// the working folder is never reused.
struct LastInvocation {
    config: Arc<ExecConfig>,
    env: Arc<EnvSnapshot>,
    cluster: Option<ClusterInfo>,
    stdin_is_terminal: bool,
    policy: PluginPolicy,
    env_guard: bool,
    invocation: Arc<Invocation>,
}

thread_local! {
    static LAST_INVOCATION: RefCell<Option<LastInvocation>> = const { RefCell::new(None) };
}

/// The exec configuration and the cluster it authenticates against.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ExecProvider {
    /// Shared: providers built from one array share its validated form
    /// (see `php::config_memo`); a change makes this one its own copy.
    pub config: Arc<ExecConfig>,
    pub cluster: Option<ClusterInfo>,
}

impl ExecProvider {
    pub fn new(config: ExecConfig) -> Self {
        Self::shared(Arc::new(config))
    }

    pub fn shared(config: Arc<ExecConfig>) -> Self {
        ExecProvider {
            config,
            cluster: None,
        }
    }

    /// Whether a run needs the caller's working folder: only a relative
    /// command with a '/' and no kubeconfig folder to resolve it against.
    pub fn needs_working_folder(&self) -> bool {
        let command = &self.config.command;
        self.config.base_dir.is_none() && command.contains('/') && !command.starts_with('/')
    }

    /// Points the provider at `cluster`; true when a credential fetched for
    /// the previous cluster must be dropped (the plugin was told the cluster).
    pub fn change_cluster(&mut self, cluster: ClusterInfo) -> bool {
        if self.cluster.as_ref() == Some(&cluster) {
            return false;
        }
        self.cluster = Some(cluster);
        self.config.provide_cluster_info
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
        self.resolve_identified(host).map(|(p, _)| p)
    }

    /// [`Self::resolve`], with the identity of the file found.
    fn resolve_identified(&self, host: &Host) -> Result<(PathBuf, plugin_runner::FileId)> {
        plugin_runner::resolve_command_identified(
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
        let command = &self.config.command;
        let level = settings.log_level;
        let shared = settings
            .cache
            .enabled
            .then(|| credential_cache::host_cache(settings, &host.env))
            .flatten();
        // Digests made with the host-wide cache's key, so that every process
        // of the user computes the same entry for the same invocation.
        let rekeyed;
        let host = match &shared {
            Some(h) if host.env.key() != h.hasher() => {
                rekeyed = Host {
                    env: Arc::new(host.env.rekeyed(h.hasher())),
                    ..host.clone()
                };
                &rekeyed
            }
            _ => host,
        };
        let (host, invocation) = self.allowed_invocation(host, settings)?;
        let tier = shared.map(|cache| HostTier {
            id: invocation.host_id(&cache.hasher()),
            cache,
        });
        // A background refresh gets copies of everything it needs; it is
        // only offered for invocations that do not depend on this request
        // (a terminal, or the working folder a relative path resolves in).
        let background = || -> Runner {
            let provider = self.clone();
            let mut host = host.clone();
            host.limits.cancel = super::refresher::cancel_fd();
            let invocation = invocation.clone();
            let command = command.clone();
            Box::new(move || {
                let started = Instant::now();
                let result = provider.run_invocation(&host, &invocation);
                log::record(level, &command, started.elapsed(), result.as_ref());
                result
            })
        };
        let offline = !invocation.key.interactive && invocation.key.cwd.is_none();
        let wait_limit = host
            .limits
            .timeout
            .unwrap_or(Duration::from_secs(3600))
            .saturating_add(Duration::from_secs(2));
        let req = Lookup {
            key: &invocation.key,
            policy: &settings.cache,
            refresh_buffer,
            force,
            host: tier.as_ref(),
            background: offline.then_some(&background as &dyn Fn() -> Runner),
            wait_limit,
            run_timeout: host.limits.timeout,
        };
        cache.get_with(&req, || {
            let started = Instant::now();
            let result = self.run_invocation(&host, &invocation);
            log::record(level, command, started.elapsed(), result.as_ref());
            result
        })
    }

    /// What the policy lets the plugin see (under Allowlist the guarded
    /// variables as they were at startup, so the application cannot change
    /// what an allowed plugin inherits) and the invocation it allows: the
    /// program found, allowed with these arguments and `env` entries. A
    /// refusal is logged as a failed run.
    fn allowed_invocation(
        &self,
        host: &Host,
        settings: &Settings,
    ) -> Result<(Host, Arc<Invocation>)> {
        let command = &self.config.command;
        let host = match settings.policy {
            PluginPolicy::Allowlist(_) => Host {
                env: settings.policy.pin_environment(&host.env),
                ..host.clone()
            },
            _ => host.clone(),
        };
        let refused =
            |e: &AuthError| log::record(settings.log_level, command, Duration::ZERO, Err(e));
        // Under Allowlist the program is the canonical path of the file
        // found, so the lookup's identity of that file is its identity.
        let (program, file_id) = self
            .resolve_identified(&host)
            .and_then(|(p, id)| Ok((settings.policy.check(command, &p, &self.config.args)?, id)))
            .inspect_err(refused)?;
        let reusable = !command.contains('/') || command.starts_with('/');
        if reusable
            && let Some(invocation) = self.last_invocation(&host, settings, &program, file_id)
        {
            return Ok((host, invocation));
        }
        settings
            .policy
            .check_env(command, &self.config.env, settings.plugin_env_guard)
            .inspect_err(refused)?;
        let invocation = Arc::new(self.invocation(&host, program, Some(file_id))?);
        if reusable {
            LAST_INVOCATION.with(|l| {
                *l.borrow_mut() = Some(LastInvocation {
                    config: Arc::clone(&self.config),
                    env: Arc::clone(&host.env),
                    cluster: self.cluster.clone(),
                    stdin_is_terminal: host.stdin_is_terminal,
                    policy: settings.policy.clone(),
                    env_guard: settings.plugin_env_guard,
                    invocation: Arc::clone(&invocation),
                });
            });
        }
        Ok((host, invocation))
    }

    /// This thread's last invocation, when it was made from exactly these
    /// inputs (see [`LastInvocation`]).
    fn last_invocation(
        &self,
        host: &Host,
        settings: &Settings,
        program: &Path,
        file_id: plugin_runner::FileId,
    ) -> Option<Arc<Invocation>> {
        LAST_INVOCATION.with(|l| {
            let l = l.borrow();
            let last = l.as_ref()?;
            let key = &last.invocation.key;
            (Arc::ptr_eq(&last.config, &self.config)
                && Arc::ptr_eq(&last.env, &host.env)
                && last.cluster == self.cluster
                && last.stdin_is_terminal == host.stdin_is_terminal
                && last.env_guard == settings.plugin_env_guard
                && last.policy == settings.policy
                && key.file_id == file_id
                && key.program.as_os_str() == program.as_os_str())
            .then(|| Arc::clone(&last.invocation))
        })
    }

    /// Everything the plugin will see, and the cache key made of it;
    /// `file_id`: the program's identity when the lookup just read it.
    fn invocation(
        &self,
        host: &Host,
        program: PathBuf,
        file_id: Option<plugin_runner::FileId>,
    ) -> Result<Invocation> {
        let cfg = &self.config;
        let interactive = interactive(cfg.interactive_mode, host.stdin_is_terminal, &cfg.command)?;
        let exec_info = exec_info::encode(cfg.api_version, interactive, self.cluster_for_plugin());
        let mut vars: Vec<(&str, &str)> = Vec::with_capacity(cfg.env.len() + 1);
        vars.extend(cfg.env.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        vars.push((exec_info::ENV_NAME, exec_info.as_str()));
        let env_digest = host.env.digest_with(&vars);
        // The file behind the path, so a program replaced in place (or a
        // symlink pointed elsewhere) is a new entry.
        let file_id = file_id.unwrap_or_else(|| {
            std::fs::metadata(&program)
                .map(|m| (m.dev(), m.ino()))
                .unwrap_or_default()
        });
        // The plugin starts in the process's working folder; it can only
        // matter to the answer through a relative command path (a script
        // found through the kubeconfig's folder may still read files
        // relative to where it starts).
        let cwd = (cfg.command.contains('/') && !cfg.command.starts_with('/'))
            .then(|| std::env::current_dir().ok())
            .flatten();
        Ok(Invocation {
            key: CacheKey {
                program,
                file_id,
                args: cfg.args.clone(),
                env_digest,
                interactive,
                cwd,
            },
            exec_info,
            host_id: OnceLock::new(),
        })
    }

    /// Runs the plugin found at `program` once and validates its answer.
    pub fn run_plugin(&self, host: &Host, program: &Path) -> Result<Credential> {
        let invocation = self.invocation(host, program.to_path_buf(), None)?;
        self.run_invocation(host, &invocation)
    }

    /// For a PHP subclass that overrides `parseExecCredential()`: one plugin
    /// run, checked by the policy as [`Self::fetch`] does, returning the
    /// plugin's stdout. Never cached: the override decides what it means.
    pub fn fetch_output(&self, host: &Host, settings: &Settings) -> Result<Vec<u8>> {
        let command = &self.config.command;
        let level = settings.log_level;
        let (host, invocation) = self.allowed_invocation(host, settings)?;
        let started = Instant::now();
        let out = self
            .run_output(&host, &invocation)
            .map(|(out, _)| out.stdout);
        // A failed run is logged as fetch() logs it; what a successful one
        // answered is the override's to judge.
        if let Err(e) = &out {
            log::record(level, command, started.elapsed(), Err(e));
        }
        out
    }

    fn run_invocation(&self, host: &Host, invocation: &Invocation) -> Result<Credential> {
        let cfg = &self.config;
        let (out, shown) = self.run_output(host, invocation)?;
        credential::parse(&out.stdout, cfg.api_version).map_err(|e| {
            if !out.held_open {
                return e;
            }
            AuthError::Failed {
                message: format!(
                    "executable {shown} exited, but a process it started kept its output open for {} s more, so its answer is incomplete; that process group was killed. Make the plugin's background processes close or redirect stdout and stderr",
                    plugin_runner::EXIT_GRACE.as_secs()
                ),
                hint: cfg.install_hint.clone(),
            }
        })
    }

    /// Runs the plugin; its output when it exited with status 0.
    fn run_output(
        &self,
        host: &Host,
        invocation: &Invocation,
    ) -> Result<(plugin_runner::Output, String)> {
        let cfg = &self.config;
        let program = invocation.key.program.as_path();
        let interactive = invocation.key.interactive;
        let env = plugin_runner::merge_env(
            host.env.entries.iter().cloned(),
            &cfg.env,
            &[(exec_info::ENV_NAME, invocation.exec_info.as_str())],
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
                RunError::Cancelled => AuthError::Cancelled {
                    command: shown.clone(),
                },
            },
        )?;
        if !out.status.success() {
            return Err(AuthError::Failed {
                message: plugin_runner::failure_message(&shown, &out),
                hint,
            });
        }
        Ok((out, shown))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn provider(exec: serde_json::Value) -> ExecProvider {
        ExecProvider::new(ExecConfig::from_value(&exec).expect("valid config"))
    }

    fn key(p: &ExecProvider, host: &Host) -> CacheKey {
        p.invocation(host, p.resolve(host).unwrap(), None)
            .unwrap()
            .key
    }

    fn rules_provider(command: &str, provide_cluster_info: bool) -> ExecProvider {
        let config = ExecConfig::from_value(&serde_json::json!({
            "command": command,
            "provideClusterInfo": provide_cluster_info,
        }))
        .unwrap();
        ExecProvider::new(config)
    }

    #[test]
    fn only_a_relative_command_with_a_slash_needs_the_working_folder() {
        assert!(rules_provider("bin/plugin", false).needs_working_folder());
        assert!(rules_provider("./plugin", false).needs_working_folder());
        assert!(!rules_provider("/usr/bin/plugin", false).needs_working_folder());
        assert!(!rules_provider("aws", false).needs_working_folder());
        let mut p = rules_provider("bin/plugin", false);
        Arc::make_mut(&mut p.config).base_dir = Some(PathBuf::from("/etc/kube"));
        assert!(!p.needs_working_folder());
    }

    #[test]
    fn a_cluster_change_drops_the_credential_only_when_the_plugin_saw_the_cluster() {
        let a = ClusterInfo {
            server: Some("https://a".into()),
            ..ClusterInfo::default()
        };
        let b = ClusterInfo {
            server: Some("https://b".into()),
            ..ClusterInfo::default()
        };
        let mut told = rules_provider("aws", true);
        assert!(told.change_cluster(a.clone()));
        assert!(!told.change_cluster(a.clone()));
        assert!(told.change_cluster(b.clone()));
        assert_eq!(told.cluster, Some(b));
        let mut not_told = rules_provider("aws", false);
        assert!(!not_told.change_cluster(a.clone()));
        assert_eq!(not_told.cluster, Some(a));
    }

    #[test]
    fn the_key_is_what_the_plugin_sees_and_nothing_else() {
        let host = Host::with_environ(
            vec![
                ("PATH".into(), "/usr/bin:/bin".into()),
                ("A".into(), "1".into()),
            ],
            Limits::default(),
        );
        let base = serde_json::json!({"command": "true", "args": ["x"], "installHint": "h"});
        let k = key(&provider(base.clone()), &host);
        // Not part of it: the hint, the kubeconfig folder, how it was built.
        let mut same = provider(serde_json::json!({"command": "true", "args": ["x"]}));
        Arc::make_mut(&mut same.config).base_dir = Some("/somewhere/else".into());
        assert_eq!(key(&same, &host), k);
        // Setting an inherited variable to the value it has changes nothing.
        let same_env = provider(serde_json::json!({"command": "true", "args": ["x"],
            "env": [{"name": "A", "value": "1"}]}));
        assert_eq!(key(&same_env, &host), k);
        for other in [
            serde_json::json!({"command": "true", "args": ["y"]}),
            serde_json::json!({"command": "true", "args": ["x"], "env": [{"name": "A", "value": "2"}]}),
            serde_json::json!({"command": "true", "args": ["x"],
                "apiVersion": "client.authentication.k8s.io/v1beta1"}),
        ] {
            assert_ne!(key(&provider(other.clone()), &host), k, "{other}");
        }
        // The inherited environment counts.
        let host_b = Host::with_environ(
            vec![
                ("PATH".into(), "/usr/bin:/bin".into()),
                ("A".into(), "2".into()),
            ],
            Limits::default(),
        );
        assert_ne!(key(&provider(base), &host_b), k);
    }

    #[test]
    fn the_cluster_counts_only_when_it_is_sent() {
        let host = Host::with_environ(vec![], Limits::default());
        let cluster = |server: &str| {
            Some(ClusterInfo::from_value(&serde_json::json!({"server": server})).unwrap())
        };
        for (send, differs) in [(false, false), (true, true)] {
            let mut a =
                provider(serde_json::json!({"command": "/bin/true", "provideClusterInfo": send}));
            let mut b = a.clone();
            a.cluster = cluster("https://a");
            b.cluster = cluster("https://b");
            assert_eq!(key(&a, &host) != key(&b, &host), differs);
        }
    }
}

#[cfg(test)]
mod last_invocation_tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    /// The invocation allowed now, and whether it is the one reused from
    /// the call before; its key must always be the one built afresh.
    fn allowed(
        p: &ExecProvider,
        host: &Host,
        settings: &Settings,
        last: &mut Option<Arc<Invocation>>,
    ) -> bool {
        let (host, inv) = p.allowed_invocation(host, settings).unwrap();
        let fresh = p.invocation(&host, inv.key.program.clone(), None).unwrap();
        assert_eq!(inv.key, fresh.key);
        assert_eq!(inv.exec_info, fresh.exec_info);
        let reused = last.as_ref().is_some_and(|l| Arc::ptr_eq(l, &inv));
        *last = Some(inv);
        reused
    }

    fn plugin(dir: &Path, name: &str) -> String {
        let path = dir.join(name);
        std::fs::write(&path, "#!/bin/sh\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path.to_str().unwrap().to_owned()
    }

    #[test]
    fn an_invocation_is_reused_only_when_every_input_is_the_same() {
        let dir = std::env::temp_dir().join(format!("pk8s-last-inv-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let command = plugin(&dir, "plugin");
        let config = |extra: serde_json::Value| {
            let mut v =
                serde_json::json!({"command": command, "args": ["a"], "provideClusterInfo": true});
            v.as_object_mut()
                .unwrap()
                .extend(extra.as_object().unwrap().clone());
            ExecConfig::from_value(&v).unwrap()
        };
        let settings = Settings::default();
        let host = Host::with_environ(vec![("A".into(), "1".into())], Limits::default());
        let mut p = ExecProvider::new(config(serde_json::json!({})));
        let mut last = None;
        assert!(!allowed(&p, &host, &settings, &mut last));
        assert!(
            allowed(&p, &host, &settings, &mut last),
            "same inputs: reused"
        );
        // The same content in another configuration object: built again.
        let mut q = ExecProvider::new(config(serde_json::json!({})));
        assert!(!allowed(&q, &host, &settings, &mut last));
        assert!(allowed(&q, &host, &settings, &mut last));
        // Another cluster (sent to the plugin).
        q.change_cluster(
            ClusterInfo::from_value(&serde_json::json!({"server": "https://b"})).unwrap(),
        );
        assert!(!allowed(&q, &host, &settings, &mut last));
        // Another environment.
        let host_b = Host::with_environ(vec![("A".into(), "2".into())], Limits::default());
        assert!(!allowed(&q, &host_b, &settings, &mut last));
        assert!(allowed(&q, &host_b, &settings, &mut last));
        // A terminal: compared even where the mode (Never here) ignores it.
        let tty = Host {
            stdin_is_terminal: true,
            ..host_b.clone()
        };
        assert!(!allowed(&q, &tty, &settings, &mut last));
        // Another policy setting.
        let mut guarded = settings.clone();
        guarded.plugin_env_guard = !guarded.plugin_env_guard;
        assert!(!allowed(&q, &tty, &guarded, &mut last));
        // The program replaced in place: another file, so another key.
        assert!(allowed(&q, &tty, &guarded, &mut last));
        plugin(&dir, "other");
        std::fs::rename(dir.join("other"), &command).unwrap();
        assert!(!allowed(&q, &tty, &guarded, &mut last));
        // A change of the provider's own configuration makes it its own copy.
        Arc::make_mut(&mut p.config).args.push("b".into());
        assert!(!allowed(&p, &host, &settings, &mut last));
        // A command relative to the working folder is never reused.
        let rel = ExecProvider::new(
            ExecConfig::from_value(&serde_json::json!({"command": "./x"})).unwrap(),
        );
        let _ = rel.allowed_invocation(&host, &settings);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
