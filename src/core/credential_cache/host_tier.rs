//! The host-wide tier between a process's entry and the plugin: following
//! what other processes of the user stored, one run per entry on the host,
//! and refreshes ahead of time on a background thread.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::slot::{Installed, Slot, SlotState};
use super::{CachePolicy, Counters, Freshness, Lookup, freshness};
use crate::core::credential::Credential;
use crate::core::environment::{self, EnvSnapshot};
use crate::core::error::AuthError;
use crate::core::error::Result;
use crate::core::expiry;
use crate::core::host_cache::{
    self, Counter, EntryId, HostCache, Outcome, Record, RunLock, Stored,
};
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

fn installed(s: Stored, revocations: u64) -> Installed {
    Installed {
        credential: Arc::new(s.credential),
        fetched_micros: s.fetched_micros,
        host_version: Some(s.version),
        host_revocations: revocations,
    }
}

/// The host-wide entry of `h`, with the revocation epoch read before it
/// (a revocation in between then shows as a newer epoch, never an older).
fn read(h: &HostTier) -> Option<Installed> {
    let revocations = h.cache.revocations();
    h.cache.read(h.id).map(|s| installed(s, revocations))
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
            // Gone from the file. Revoked there (forget, clear): drop it
            // here too. Evicted, or being rewritten: keep this copy. A
            // credential this process never shared (too large) stays.
            if st.host_version.is_some()
                && st.credential.is_some()
                && h.cache.revocations() != st.host_revocations
            {
                slot.drop_credential(st);
            }
        }
        Some(_) => {
            if let Some(new) = read(h) {
                slot.install(st, new);
            }
        }
    }
}

/// Whether a credential read from the host may be handed to this caller.
fn usable(s: &Installed, req: &Lookup<'_>) -> bool {
    freshness(
        &s.credential,
        s.fetched_micros,
        req.policy,
        req.refresh_buffer,
        expiry::now_micros(),
    ) != Freshness::Stale
}

/// Whether the answer of a run this caller waited for may be handed to it:
/// valid now, whatever the caller's refresh buffer (as the callers who wait
/// for one run in a process all take its answer).
fn valid_now(s: &Installed, req: &Lookup<'_>) -> bool {
    let policy = CachePolicy {
        refresh_ahead: false,
        ..*req.policy
    };
    freshness(
        &s.credential,
        s.fetched_micros,
        &policy,
        0,
        expiry::now_micros(),
    ) != Freshness::Stale
}

fn millis(d: Option<Duration>) -> u32 {
    d.map_or(0, |d| d.as_millis().clamp(1, u128::from(u32::MAX)) as u32)
}

/// What a holder records when its run left nothing in the file.
fn record(h: &HostTier, lock: &RunLock, outcome: Outcome, req_timeout: Option<Duration>) {
    h.cache.record_outcome(
        lock,
        Record {
            outcome,
            ended: expiry::now_micros(),
            timeout_ms: millis(req_timeout),
        },
    );
}

/// The plugin run of a caller who found no usable credential: at most one
/// per entry on the host. Another process already running it is waited for:
/// its answer is taken, its failure reported (not run again behind it), and
/// when it died mid-run (its lock is released with it) the next caller runs.
/// After `wait_limit` a caller runs the plugin itself rather than wait longer.
pub(super) fn run_shared(
    h: &HostTier,
    req: &Lookup<'_>,
    counters: &Counters,
    run: impl FnOnce() -> Result<Credential>,
) -> Result<Installed> {
    h.cache.count(Counter::Waited);
    let started_waiting = expiry::now_micros();
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
            && let Some(new) = read(h)
            && valid_now(&new, req)
        {
            return Ok(new);
        }
    };
    let changed = h.cache.version(h.id) != seen;
    // What landed while we waited is the answer of the run we waited for;
    // without waiting, an entry another caller refreshed just before is as
    // good as our own run, unless this is a refresh().
    if let Some(new) = (waited_for_another && changed || !req.force)
        .then(|| read(h))
        .flatten()
        && (if waited_for_another && changed {
            valid_now(&new, req)
        } else {
            usable(&new, req)
        })
    {
        return Ok(new);
    }
    let mut share = true;
    if waited_for_another && !changed {
        // The run we waited for ended and left nothing: how did it end?
        let ours = millis(req.run_timeout);
        match h.cache.outcome(h.id) {
            Some(r) if r.ended < started_waiting => {}
            // A timeout shorter than ours (a health check's exec_timeout)
            // says nothing about our run: take over.
            Some(Record {
                outcome: Outcome::TimedOut,
                timeout_ms,
                ..
            }) if timeout_ms != 0 && (ours == 0 || ours > timeout_ms) => {}
            Some(Record {
                outcome: Outcome::Failed | Outcome::TimedOut,
                ..
            }) => {
                return Err(AuthError::Failed {
                    message: "the plugin run of another PHP process of this user for the same credential failed moments ago (its error is in that process's log line); this process tries again after php_k8s_auth.failure_backoff".into(),
                    hint: None,
                });
            }
            // Too large to share: run our own, without holding up the others.
            Some(Record {
                outcome: Outcome::NotShared,
                ..
            }) => share = false,
            // No record: the holder died mid-run. Take over.
            None => {}
        }
    }
    let lock = lock.filter(|_| share);
    // Counted when it starts, so the figures include a run in progress.
    h.cache.count(Counter::PluginRun);
    let started = Instant::now();
    let out = run();
    counters.ran(started, out.is_ok());
    match out {
        Ok(credential) => Ok(publish(h, lock.as_ref(), credential)),
        Err(e) => {
            h.cache.count(Counter::Failure);
            if let Some(l) = &lock {
                record(h, l, failure(&e), req.run_timeout);
            }
            Err(e)
        }
    }
}

fn failure(e: &AuthError) -> Outcome {
    match e {
        AuthError::Timeout { .. } => Outcome::TimedOut,
        _ => Outcome::Failed,
    }
}

fn publish(h: &HostTier, lock: Option<&RunLock>, credential: Credential) -> Installed {
    let fetched_micros = expiry::now_micros();
    let host_revocations = h.cache.revocations();
    let published = lock.is_some_and(|l| h.cache.publish(l, &credential, fetched_micros));
    if !published && let Some(l) = lock {
        record(h, l, Outcome::NotShared, None);
    }
    Installed {
        credential: Arc::new(credential),
        fetched_micros,
        host_version: published.then(|| h.cache.version(h.id)).flatten(),
        host_revocations,
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
        run_timeout: req.run_timeout,
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
    run_timeout: Option<Duration>,
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
            run_timeout,
        } = self;
        // Clears `refreshing` however this ends, panics included.
        let _done = Done(&slot);
        // Another process may have refreshed it since we looked.
        if let Some(h) = &host
            && h.cache.version(h.id) != seen
            && let Some(new) = read(h)
        {
            let mut st = slot.lock();
            slot.install(&mut st, new);
            return;
        }
        if let Some(h) = &host {
            h.cache.count(Counter::PluginRun);
            h.cache.count(Counter::BackgroundRefresh);
        }
        let started = Instant::now();
        let out = runner();
        // Stopped by PHP's shutdown: not the plugin's failure, and no
        // outcome, so a waiting process takes over at once.
        if let Err(AuthError::Cancelled { .. }) = out {
            return;
        }
        counters.ran(started, out.is_ok());
        if let (Some(h), Err(e)) = (&host, &out) {
            h.cache.count(Counter::Failure);
            if let Some(l) = &lock {
                record(h, l, failure(e), run_timeout);
            }
        }
        match out {
            Ok(credential) => {
                let new = match &host {
                    Some(h) => publish(h, lock.as_ref(), credential),
                    None => Installed {
                        credential: Arc::new(credential),
                        fetched_micros: expiry::now_micros(),
                        host_version: None,
                        host_revocations: 0,
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
    /// Off, and the setting that turned it off.
    Off(&'static str),
    On(Arc<HostCache>),
    Unavailable(Arc<str>),
}

/// The host-wide cache under `settings`, opened on first use (in php-fpm,
/// after the worker took its pool's user). Refused or unavailable: the
/// reason is logged once per process, and the process keeps its own cache.
pub fn host_state(settings: &Settings, env: &EnvSnapshot) -> HostState {
    if !settings.cache.enabled {
        return HostState::Off(crate::core::settings::CACHE);
    }
    if !settings.shared_cache {
        return HostState::Off(crate::core::settings::SHARED_CACHE);
    }
    // SAFETY: geteuid has no preconditions.
    let euid = unsafe { libc::geteuid() };
    let default;
    let dir: &Path = match &settings.shared_cache_dir {
        Some(d) => d,
        None => {
            default = default_dir(env, euid);
            &default
        }
    };
    match host_cache::shared_as(dir, euid) {
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

/// The default folder for user `uid`: `$XDG_RUNTIME_DIR` as the process
/// first saw it, else `/dev/shm/php-k8s-auth-<uid>` (kept, not rebuilt on
/// every lookup).
fn default_dir(env: &EnvSnapshot, uid: u32) -> Arc<Path> {
    static RESOLVED: Mutex<Option<(u32, Arc<Path>)>> = Mutex::new(None);
    let mut resolved = RESOLVED.lock().unwrap_or_else(|p| p.into_inner());
    match &*resolved {
        Some((u, d)) if *u == uid => Arc::clone(d),
        _ => {
            let d: Arc<Path> = shared_dir::default_dir(env.get("XDG_RUNTIME_DIR"), uid).into();
            *resolved = Some((uid, Arc::clone(&d)));
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
