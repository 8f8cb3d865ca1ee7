//! The host-wide tier between a process's entry and the plugin: following
//! what other processes of the user stored, one run per entry on the host,
//! and refreshes ahead of time on a background thread.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::slot::{Installed, Slot, SlotState};
use super::{CachePolicy, Counters, Freshness, Lookup, freshness};
use crate::core::credential::Credential;
use crate::core::environment::{self, EnvSnapshot};
use crate::core::error::Result;
use crate::core::expiry;
use crate::core::host_cache::{self, Counter, EntryId, HostCache, RunLock, Stored};
use crate::core::settings::Settings;
use crate::core::{log, refresher, shared_dir};

/// The host-wide entry of one invocation.
#[derive(Clone)]
pub struct HostTier {
    pub cache: Arc<HostCache>,
    pub id: EntryId,
}

impl std::fmt::Debug for HostTier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("HostTier")
    }
}

/// One plugin run off the request path, built on the request thread from
/// what it captured: it must not read the environment, the working folder
/// or settings itself (the request thread may change them meanwhile).
pub type Runner = Box<dyn FnOnce() -> Result<Credential> + Send + 'static>;

fn installed(s: Stored) -> Installed {
    Installed {
        credential: Arc::new(s.credential),
        fetched_micros: s.fetched_micros,
        host_version: Some(s.version),
    }
}

/// Brings the process's entry in line with the host-wide one when that
/// moved on: another process's refresh is taken, and an entry another
/// process forgot or cleared is dropped here too. One `pread` when nothing
/// changed.
pub(super) fn follow(h: &HostTier, slot: &Slot, st: &mut SlotState) {
    let version = h.cache.version(h.id);
    if version == st.host_version {
        return;
    }
    match version {
        None => {
            // Gone from the host: forgotten, cleared or evicted there. A
            // credential this process never shared (too large) stays.
            if st.host_version.is_some() && st.credential.is_some() {
                slot.drop_credential(st);
            }
        }
        Some(_) => {
            if let Some(stored) = h.cache.read(h.id) {
                slot.install(st, installed(stored));
            }
        }
    }
}

/// Whether a credential read from the host may be handed to this caller.
fn usable(s: &Stored, req: &Lookup<'_>) -> bool {
    freshness(
        &s.credential,
        s.fetched_micros,
        req.policy,
        req.refresh_buffer,
        expiry::now_micros(),
    ) != Freshness::Stale
}

/// The plugin run of a caller who found no usable credential: at most one
/// per entry on the host. Another process already running it is waited for
/// (its answer is taken); one that dies mid-run releases its lock with it,
/// and the next caller runs. After `wait_limit` a caller runs the plugin
/// itself rather than wait longer.
pub(super) fn run_shared(
    h: &HostTier,
    req: &Lookup<'_>,
    counters: &Counters,
    run: impl FnOnce() -> Result<Credential>,
) -> Result<Installed> {
    h.cache.count(Counter::Waited);
    let deadline = Instant::now() + req.wait_limit;
    let seen = h.cache.version(h.id);
    let mut waited_for_another = false;
    let mut pause = Duration::from_millis(1);
    let lock = loop {
        if let Some(lock) = h.cache.try_lock(h.id) {
            break Some(lock);
        }
        // Another process runs it: take its answer when it lands.
        waited_for_another = true;
        if Instant::now() >= deadline {
            break None;
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(10));
        if h.cache.version(h.id) != seen
            && let Some(s) = h.cache.read(h.id)
            && usable(&s, req)
        {
            return Ok(installed(s));
        }
    };
    // What landed while we took the lock is as good as our own run, unless
    // this is a refresh() that did not wait for anyone.
    if (!req.force || waited_for_another)
        && let Some(s) = h.cache.read(h.id)
        && (h.cache.version(h.id) != seen || !req.force)
        && usable(&s, req)
    {
        return Ok(installed(s));
    }
    // Counted when it starts, so the figures include a run in progress.
    h.cache.count(Counter::PluginRun);
    let started = Instant::now();
    let out = run();
    counters.ran(started, out.is_ok());
    let credential = out.inspect_err(|_| h.cache.count(Counter::Failure))?;
    Ok(publish(h, lock.as_ref(), credential))
}

fn publish(h: &HostTier, lock: Option<&RunLock>, credential: Credential) -> Installed {
    let fetched_micros = expiry::now_micros();
    let host_version = lock
        .filter(|l| h.cache.publish(l, &credential, fetched_micros))
        .and_then(|_| h.cache.version(h.id));
    Installed {
        credential: Arc::new(credential),
        fetched_micros,
        host_version,
    }
}

/// Starts a background refresh of `slot` unless one is running (here, or in
/// another process, which then holds the host-wide run lock), the last one
/// failed less than a backoff ago, or the invocation cannot run off the
/// request path. Every caller meanwhile keeps the credential it has.
pub(super) fn refresh_ahead(
    slot: &Arc<Slot>,
    st: &mut SlotState,
    req: &Lookup<'_>,
    counters: &Arc<Counters>,
) {
    let Some(make) = req.background else { return };
    if !req.policy.refresh_ahead || st.refreshing || st.in_flight {
        return;
    }
    if st.retry_after.is_some_and(|t| Instant::now() < t) {
        return;
    }
    let lock = match req.host {
        Some(h) => match h.cache.try_lock(h.id) {
            Some(l) => Some(l),
            // Another process is refreshing it; its answer will be followed.
            None => return,
        },
        None => None,
    };
    st.refreshing = true;
    let job = Background {
        slot: slot.clone(),
        host: req.host.cloned(),
        lock,
        policy: *req.policy,
        seen: st.host_version,
        counters: counters.clone(),
        runner: make(),
    };
    if !refresher::spawn(move || job.run()) {
        st.refreshing = false;
    }
}

/// What a background refresh owns: nothing borrowed from the request.
struct Background {
    slot: Arc<Slot>,
    host: Option<HostTier>,
    lock: Option<RunLock>,
    policy: CachePolicy,
    seen: Option<u64>,
    counters: Arc<Counters>,
    runner: Runner,
}

impl Background {
    fn run(self) {
        let Background {
            slot,
            host,
            lock,
            policy,
            seen,
            counters,
            runner,
        } = self;
        // Clears `refreshing` however this ends, panics included.
        let _done = Done(&slot);
        // Another process may have refreshed it since we looked.
        if let Some(h) = &host
            && h.cache.version(h.id) != seen
            && let Some(s) = h.cache.read(h.id)
        {
            let mut st = slot.lock();
            slot.install(&mut st, installed(s));
            return;
        }
        if let Some(h) = &host {
            h.cache.count(Counter::PluginRun);
            h.cache.count(Counter::BackgroundRefresh);
        }
        let started = Instant::now();
        let out = runner();
        counters.ran(started, out.is_ok());
        if let (Some(h), Err(_)) = (&host, &out) {
            h.cache.count(Counter::Failure);
        }
        match out {
            Ok(credential) => {
                let new = match &host {
                    Some(h) => publish(h, lock.as_ref(), credential),
                    None => Installed {
                        credential: Arc::new(credential),
                        fetched_micros: expiry::now_micros(),
                        host_version: None,
                    },
                };
                drop(lock);
                let mut st = slot.lock();
                slot.install(&mut st, new);
            }
            Err(e) => {
                drop(lock);
                let mut st = slot.lock();
                slot.failed(&mut st, e, &policy);
            }
        }
    }
}

struct Done<'a>(&'a Slot);

impl Drop for Done<'_> {
    fn drop(&mut self) {
        self.0.lock().refreshing = false;
    }
}

/// Whether this process uses the host-wide cache, for `cacheStats()` and
/// `phpinfo()`.
pub enum HostState {
    Off,
    On(Arc<HostCache>),
    Unavailable(Arc<str>),
}

/// The host-wide cache under `settings`, opened on first use (in php-fpm,
/// after the worker took its pool's user). Refused or unavailable: the
/// reason is logged once per process, and the process keeps its own cache.
pub fn host_state(settings: &Settings, env: &EnvSnapshot) -> HostState {
    if !settings.shared_cache || !settings.cache.enabled {
        return HostState::Off;
    }
    let dir = host_dir(settings, env);
    match host_cache::shared(&dir) {
        Ok(h) => {
            let key = h.hasher();
            if environment::digest_key() != key {
                environment::use_digest_key(key);
            }
            HostState::On(h)
        }
        Err(u) => {
            if u.first_failure {
                log::queue(format!(
                    "php_k8s_auth: the host-wide credential cache is not used: {}; this process keeps its own cache",
                    u.reason
                ));
            }
            HostState::Unavailable(u.reason)
        }
    }
}

/// The host-wide cache, when this process uses it.
pub fn host_cache(settings: &Settings, env: &EnvSnapshot) -> Option<Arc<HostCache>> {
    match host_state(settings, env) {
        HostState::On(h) => Some(h),
        _ => None,
    }
}

/// `shared_cache_dir`, or the default for this user: `$XDG_RUNTIME_DIR` as
/// the process first saw it, else `/dev/shm/php-k8s-auth-<uid>`.
fn host_dir(settings: &Settings, env: &EnvSnapshot) -> PathBuf {
    if let Some(d) = &settings.shared_cache_dir {
        return d.clone();
    }
    static RESOLVED: Mutex<Option<(u32, PathBuf)>> = Mutex::new(None);
    // SAFETY: geteuid has no preconditions.
    let uid = unsafe { libc::geteuid() };
    let mut resolved = RESOLVED.lock().unwrap_or_else(|p| p.into_inner());
    match &*resolved {
        Some((u, d)) if *u == uid => d.clone(),
        _ => {
            let d = shared_dir::default_dir(env.get("XDG_RUNTIME_DIR"), uid);
            *resolved = Some((uid, d.clone()));
            d
        }
    }
}

/// [`host_state`] with the live process environment.
pub fn current_host_state(settings: &Settings) -> HostState {
    host_state(settings, &environment::current())
}

impl HostState {
    pub fn cache(&self) -> Option<&HostCache> {
        match self {
            HostState::On(h) => Some(h),
            _ => None,
        }
    }
}
