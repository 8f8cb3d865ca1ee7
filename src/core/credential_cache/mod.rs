//! The process-wide credential cache: one entry per plugin invocation
//! (exactly what the plugin sees, see [`CacheKey`]), shared by every provider
//! in the process and across requests of a long-lived worker, with
//! single-flight refresh, failure backoff and `forget()` of rejected tokens.
//!
//! client-go keeps a global cache of authenticators keyed by the whole exec
//! configuration; this keys by the invocation instead, so providers that
//! differ only in what the plugin never sees (installHint, how they were
//! built) share their credential.

mod forget;
mod freshness;
mod host_tier;
mod slot;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_host;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicPtr, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, Once};
use std::time::{Duration, Instant};

use super::credential::Credential;
use super::error::{AuthError, Result};
use super::expiry::{self, Micros};
use super::host_cache::HostCache;
use super::keyed_hash::KeyedHash;

pub use forget::{forgotten_since, token_tag};
pub use freshness::{Freshness, freshness};
pub use host_tier::{HostState, HostTier, Runner, current_host_state, host_cache, host_state};
pub use slot::Slot;
use slot::{InFlight, Installed};

/// One entry per plugin invocation: exactly what the plugin sees, nothing
/// else. Providers built from one kubeconfig in any way (loader, `new` +
/// `setClusterInfo()`, a subclass, another `installHint`) that would start
/// the same program the same way share one entry.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CacheKey {
    /// The resolved program and the identity (device, inode) of its file.
    pub program: PathBuf,
    pub file_id: (u64, u64),
    pub args: Vec<String>,
    /// Keyed digest of the whole environment it gets: inherited, `env`
    /// entries and `KUBERNETES_EXEC_INFO` (which carries the cluster and
    /// the interactive flag).
    pub env_digest: u128,
    pub interactive: bool,
    /// The working folder it starts in, only for a relative command path.
    pub cwd: Option<PathBuf>,
}

impl CacheKey {
    /// The host-wide entry of this key: every part of it, hashed with the
    /// host-wide cache's key (the environment digest must have been made
    /// with that key too, see `environment::use_digest_key`).
    pub fn host_id(&self, hasher: &KeyedHash) -> u128 {
        use std::os::unix::ffi::OsStrExt;
        let dev = self.file_id.0.to_le_bytes();
        let ino = self.file_id.1.to_le_bytes();
        let env = self.env_digest.to_le_bytes();
        let count = (self.args.len() as u64).to_le_bytes();
        let flags = [u8::from(self.interactive), u8::from(self.cwd.is_some())];
        let head: [&[u8]; 6] = [
            self.program.as_os_str().as_bytes(),
            &dev[..],
            &ino[..],
            &env[..],
            &flags[..],
            &count[..],
        ];
        let rest = self
            .args
            .iter()
            .map(|a| a.as_bytes())
            .chain(self.cwd.iter().map(|c| c.as_os_str().as_bytes()));
        // On the stack when it fits (every request's first call), so the
        // usual key costs no allocation.
        let mut small: [&[u8]; 16] = [&[]; 16];
        let n = head.len() + self.args.len() + usize::from(self.cwd.is_some());
        if n <= small.len() {
            for (slot, part) in small.iter_mut().zip(head.into_iter().chain(rest)) {
                *slot = part;
            }
            return hasher.hash(&small[..n]);
        }
        let parts: Vec<&[u8]> = head.into_iter().chain(rest).collect();
        hasher.hash(&parts)
    }
}

/// Cache behaviour, from the php.ini settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CachePolicy {
    pub enabled: bool,
    /// How long a credential without `expirationTimestamp` is reused.
    pub max_age_without_expiry: Duration,
    /// First wait after a failed run; doubles with each further failure.
    pub failure_backoff: Duration,
    pub failure_backoff_max: Duration,
    /// Any credential older than this is fetched again, whatever its
    /// `expirationTimestamp` says; zero: no cap.
    pub max_credential_age: Duration,
    /// Refresh in the background before the refresh buffer is reached, and
    /// hand the credential out until half the buffer (see [`freshness`]).
    /// On with the host-wide cache (`shared_cache`).
    pub refresh_ahead: bool,
}

impl Default for CachePolicy {
    fn default() -> Self {
        CachePolicy {
            enabled: true,
            max_age_without_expiry: Duration::from_secs(900),
            failure_backoff: Duration::from_secs(1),
            failure_backoff_max: Duration::from_secs(30),
            max_credential_age: Duration::ZERO,
            refresh_ahead: false,
        }
    }
}

/// Counters shown by `cacheStats()` and `phpinfo()`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    pub entries: u64,
    pub hits: u64,
    pub misses: u64,
    pub plugin_runs: u64,
    pub failures: u64,
    pub throttled: u64,
    pub last_run_micros: u64,
}

#[derive(Default)]
struct Counters {
    hits: AtomicU64,
    misses: AtomicU64,
    plugin_runs: AtomicU64,
    failures: AtomicU64,
    throttled: AtomicU64,
    last_run_micros: AtomicU64,
}

impl Counters {
    fn ran(&self, started: Instant, ok: bool) {
        self.plugin_runs.fetch_add(1, Ordering::Relaxed);
        self.last_run_micros
            .store(started.elapsed().as_micros() as u64, Ordering::Relaxed);
        if !ok {
            self.failures.fetch_add(1, Ordering::Relaxed);
        }
    }
}

/// A credential handed out by the cache, with the entry it came from.
#[derive(Clone, Debug)]
pub struct Fetched {
    pub credential: Arc<Credential>,
    pub slot: Option<Arc<Slot>>,
    pub generation: u64,
    /// A provider holding the credential uses it until then at most
    /// (`max_credential_age`, or `cache_max_age` without an expiry).
    pub reuse_until: Option<Micros>,
    /// With refresh ahead: when a provider holding it asks the cache again
    /// (which starts the background refresh, or hands out its result).
    pub refresh_at: Option<Micros>,
    /// The token's `forget()` tag and the forget epoch when it was handed
    /// out: see [`forgotten_since`].
    pub tag: u128,
    pub forget_epoch: u64,
    /// The host-wide entry it is kept in, for `forgetCredential()`.
    pub host: Option<HostTier>,
}

impl Fetched {
    /// A credential that no cache entry holds (parsed by the caller itself).
    pub fn detached(credential: Arc<Credential>) -> Self {
        let tag = token_tag(credential.token.expose().as_bytes());
        Fetched {
            credential,
            slot: None,
            generation: 0,
            reuse_until: None,
            refresh_at: None,
            tag,
            forget_epoch: forget::FORGET_EPOCH.load(Ordering::Acquire),
            host: None,
        }
    }

    fn new(
        credential: Arc<Credential>,
        slot: Option<Arc<Slot>>,
        fetched_micros: Micros,
        tag: u128,
        req: &Lookup<'_>,
    ) -> Self {
        let generation = slot.as_ref().map_or(0, |s| s.generation());
        let policy = req.policy;
        Fetched {
            reuse_until: freshness::reuse_until(&credential, fetched_micros, policy),
            refresh_at: policy
                .refresh_ahead
                .then(|| {
                    freshness::refresh_point(
                        &credential,
                        fetched_micros,
                        policy,
                        req.refresh_buffer,
                    )
                })
                .flatten(),
            credential,
            slot,
            generation,
            tag,
            forget_epoch: forget::FORGET_EPOCH.load(Ordering::Acquire),
            host: req.host.cloned(),
        }
    }
}

/// One request for a credential.
pub struct Lookup<'a> {
    pub key: &'a CacheKey,
    pub policy: &'a CachePolicy,
    /// The caller's refresh buffer in seconds.
    pub refresh_buffer: i64,
    /// `refresh()`: run the plugin even though the entry is valid (joining a
    /// run already in flight still counts).
    pub force: bool,
    /// The host-wide entry, when the host-wide cache is in use.
    pub host: Option<&'a HostTier>,
    /// Builds a runner for a background refresh; `None`: this invocation is
    /// never refreshed in the background (interactive, or it depends on the
    /// caller's working folder).
    pub background: Option<&'a dyn Fn() -> Runner>,
    /// How long to wait for another process's run before running anyway.
    pub wait_limit: Duration,
    /// This caller's `exec_timeout` (`None`: no limit): a run of another
    /// process that timed out sooner does not decide for it.
    pub run_timeout: Option<Duration>,
}

impl<'a> Lookup<'a> {
    /// A lookup of the process tier alone.
    pub fn local(key: &'a CacheKey, policy: &'a CachePolicy, refresh_buffer: i64) -> Self {
        Lookup {
            key,
            policy,
            refresh_buffer,
            force: false,
            host: None,
            background: None,
            wait_limit: Duration::from_secs(62),
            run_timeout: Some(Duration::from_secs(60)),
        }
    }
}

/// At most this many configurations are remembered; beyond it the entries
/// without a usable credential go first, then the oldest.
const MAX_ENTRIES: usize = 1024;

pub struct Cache {
    slots: Mutex<HashMap<CacheKey, Arc<Slot>>>,
    counters: Arc<Counters>,
}

impl Default for Cache {
    fn default() -> Self {
        Self::new()
    }
}

impl Cache {
    pub fn new() -> Self {
        Cache {
            slots: Mutex::new(HashMap::new()),
            counters: Arc::new(Counters::default()),
        }
    }

    fn slots(&self) -> MutexGuard<'_, HashMap<CacheKey, Arc<Slot>>> {
        self.slots.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn slot(&self, key: &CacheKey) -> Arc<Slot> {
        let mut slots = self.slots();
        if let Some(s) = slots.get(key) {
            return s.clone();
        }
        if slots.len() >= MAX_ENTRIES {
            evict(&mut slots);
        }
        let s = Arc::new(Slot::new());
        slots.insert(key.clone(), s.clone());
        s
    }

    /// The process tier alone: see [`Cache::get_with`].
    pub fn get(
        &self,
        key: &CacheKey,
        policy: &CachePolicy,
        refresh_buffer: i64,
        force: bool,
        run: impl FnOnce() -> Result<Credential>,
    ) -> Result<Fetched> {
        let req = Lookup {
            force,
            ..Lookup::local(key, policy, refresh_buffer)
        };
        self.get_with(&req, run)
    }

    /// The credential for `req.key`: the cached one while it is valid for a
    /// caller with `refresh_buffer` seconds (see [`freshness`]), else the
    /// host-wide entry's when another process fetched it, else the result of
    /// one plugin run shared by everyone who asks meanwhile, in this process
    /// and (through the host-wide cache) on this host.
    pub fn get_with(
        &self,
        req: &Lookup<'_>,
        run: impl FnOnce() -> Result<Credential>,
    ) -> Result<Fetched> {
        let policy = req.policy;
        if !policy.enabled {
            let started = Instant::now();
            let credential = run();
            self.counters.ran(started, credential.is_ok());
            let credential = credential?;
            let tag = token_tag(credential.token.expose().as_bytes());
            let local = Lookup {
                host: None,
                ..Lookup::local(req.key, policy, req.refresh_buffer)
            };
            return Ok(Fetched::new(
                Arc::new(credential),
                None,
                expiry::now_micros(),
                tag,
                &local,
            ));
        }
        let slot = self.slot(req.key);
        let mut st = slot.lock();
        if st.in_flight {
            // Someone else in this process is running the plugin: take their answer.
            while st.in_flight {
                st = slot.done.wait(st).unwrap_or_else(|p| p.into_inner());
            }
            self.counters.hits.fetch_add(1, Ordering::Relaxed);
            return match (&st.credential, &st.last_error) {
                (Some(c), None) => Ok(Fetched::new(
                    c.clone(),
                    Some(slot.clone()),
                    st.fetched_micros,
                    st.token_tag,
                    req,
                )),
                (_, Some(e)) => Err(e.clone()),
                _ => Err(AuthError::Failed {
                    message: "the shared plugin run produced no credential".into(),
                    hint: None,
                }),
            };
        }
        if !req.force {
            if let Some(h) = req.host {
                // Another process refreshed, forgot or cleared it: follow.
                host_tier::follow(h, &slot, &mut st);
            }
            if let Some(c) = st.credential.clone() {
                let now = expiry::now_micros();
                match freshness(&c, st.fetched_micros, policy, req.refresh_buffer, now) {
                    Freshness::Stale => {}
                    fresh => {
                        if fresh == Freshness::Due {
                            host_tier::refresh_ahead(&slot, &mut st, req, &self.counters);
                        }
                        self.counters.hits.fetch_add(1, Ordering::Relaxed);
                        return Ok(Fetched::new(
                            c,
                            Some(slot.clone()),
                            st.fetched_micros,
                            st.token_tag,
                            req,
                        ));
                    }
                }
            }
            if let (Some(until), Some(e)) = (st.retry_after, &st.last_error) {
                let now = Instant::now();
                if now < until {
                    self.counters.throttled.fetch_add(1, Ordering::Relaxed);
                    return Err(AuthError::Throttled {
                        message: e.to_string(),
                        retry_in_ms: (until - now).as_millis() as u64,
                    });
                }
            }
        }
        self.counters.misses.fetch_add(1, Ordering::Relaxed);
        st.in_flight = true;
        drop(st);

        // The lock is not held while the plugin runs; a panic in `run` must
        // still wake the waiters, which the guard takes care of.
        let mut guard = InFlight {
            slot: &slot,
            outcome: None,
        };
        let outcome = match req.host {
            Some(h) => host_tier::run_shared(h, req, &self.counters, run),
            None => {
                let started = Instant::now();
                let out = run();
                self.counters.ran(started, out.is_ok());
                out.map(|c| Installed {
                    credential: Arc::new(c),
                    fetched_micros: expiry::now_micros(),
                    host_version: None,
                    host_revocations: 0,
                })
            }
        };
        guard.outcome = Some(outcome.clone());
        let st = guard.finish(policy);
        let tag = st.token_tag;
        drop(st);
        drop(guard);
        outcome.map(|new| {
            Fetched::new(
                new.credential,
                Some(slot.clone()),
                new.fetched_micros,
                tag,
                req,
            )
        })
    }

    /// Drops every entry of this process, and of the host when `host` is
    /// given (zeroed there). Returns how many host-wide entries were dropped.
    pub fn clear(&self, host: Option<&HostCache>) -> u64 {
        let slots: Vec<Arc<Slot>> = self.slots().drain().map(|(_, s)| s).collect();
        for slot in slots {
            let mut st = slot.lock();
            if st.credential.is_some() {
                slot.drop_credential(&mut st);
            }
        }
        host.map_or(0, |h| h.clear())
    }

    /// "The cluster rejected this token": every entry holding it loses its
    /// credential, here and (with `host`) in every process of the user, and
    /// the providers holding it notice by the generation. Returns how many
    /// entries were dropped.
    pub fn forget(&self, token: &[u8], host: Option<&HostCache>) -> u64 {
        let tag = token_tag(token);
        forget::remember_forgotten(tag);
        let slots: Vec<Arc<Slot>> = self.slots().values().cloned().collect();
        let mut dropped = 0;
        for slot in slots {
            let mut st = slot.lock();
            // Every entry is compared, so the time taken says nothing either.
            if forget::same_tag(st.token_tag, tag) & st.credential.is_some() {
                slot.drop_credential(&mut st);
                dropped += 1;
            }
        }
        let shared = host.map_or(0, |h| h.forget_token(token));
        dropped.max(shared)
    }

    /// Drops the credential of `fetched` from its entry if the entry still
    /// holds it (a provider forgetting its own credential), here and in the
    /// host-wide cache; true when it did.
    pub fn forget_entry(&self, fetched: &Fetched) -> bool {
        let mut dropped = false;
        if let Some(slot) = &fetched.slot {
            let mut st = slot.lock();
            if st
                .credential
                .as_ref()
                .is_some_and(|c| Arc::ptr_eq(c, &fetched.credential))
            {
                slot.drop_credential(&mut st);
                dropped = true;
            }
        }
        if let Some(h) = &fetched.host {
            let token = fetched.credential.token.expose().as_bytes();
            dropped |= h.cache.forget_token(token) > 0;
        }
        dropped
    }

    pub fn stats(&self) -> Stats {
        let c = &self.counters;
        Stats {
            entries: self
                .slots()
                .values()
                .filter(|s| s.lock().credential.is_some())
                .count() as u64,
            hits: c.hits.load(Ordering::Relaxed),
            misses: c.misses.load(Ordering::Relaxed),
            plugin_runs: c.plugin_runs.load(Ordering::Relaxed),
            failures: c.failures.load(Ordering::Relaxed),
            throttled: c.throttled.load(Ordering::Relaxed),
            last_run_micros: c.last_run_micros.load(Ordering::Relaxed),
        }
    }

    /// A copy holding the valid credentials of this cache, for a forked child.
    /// Locks are only tried: one held by another thread at fork time will never
    /// be released in the child, so that entry is left behind. Runs in flight
    /// and background refreshes are not copied: their threads are not here.
    fn fork_copy(&self) -> Cache {
        let fresh = Cache::new();
        if let Ok(slots) = self.slots.try_lock() {
            let mut into = fresh.slots();
            for (k, s) in slots.iter() {
                if let Ok(st) = s.state.try_lock()
                    && let (Some(c), false) = (&st.credential, st.in_flight)
                {
                    let copy = Slot::new();
                    {
                        let mut n = copy.lock();
                        n.credential = Some(c.clone());
                        n.fetched_micros = st.fetched_micros;
                        n.token_tag = st.token_tag;
                        n.host_version = st.host_version;
                        n.host_revocations = st.host_revocations;
                    }
                    into.insert(k.clone(), Arc::new(copy));
                }
            }
        }
        fresh
    }
}

fn evict(slots: &mut HashMap<CacheKey, Arc<Slot>>) {
    let now: Micros = expiry::now_micros();
    slots.retain(|_, s| match s.state.try_lock() {
        Ok(st) => {
            st.in_flight
                || st.refreshing
                || st
                    .credential
                    .as_ref()
                    .is_some_and(|c| c.expires_at.is_none_or(|e| e > now))
        }
        Err(_) => true,
    });
    if slots.len() >= MAX_ENTRIES {
        let oldest = slots
            .iter()
            .filter_map(|(k, s)| {
                s.state
                    .try_lock()
                    .ok()
                    .map(|st| (k.clone(), st.fetched_micros))
            })
            .min_by_key(|(_, t)| *t)
            .map(|(k, _)| k);
        if let Some(k) = oldest {
            slots.remove(&k);
        }
    }
}

static GLOBAL: AtomicPtr<Cache> = AtomicPtr::new(std::ptr::null_mut());
static INIT: Once = Once::new();

/// The cache of this process.
pub fn global() -> &'static Cache {
    INIT.call_once(|| {
        GLOBAL.store(Box::into_raw(Box::new(Cache::new())), Ordering::Release);
        // SAFETY: registering a plain function as the fork child handler.
        unsafe {
            libc::pthread_atfork(None, None, Some(after_fork_in_child));
        }
    });
    // SAFETY: set above and never freed (a forked child may still hold the old one).
    unsafe { &*GLOBAL.load(Ordering::Acquire) }
}

/// In a forked child, replace the cache with a copy that shares no lock and
/// no run in flight with the parent. The old one is leaked on purpose: its
/// locks may be held by threads that do not exist in the child.
extern "C" fn after_fork_in_child() {
    super::refresher::after_fork_in_child();
    let old = GLOBAL.load(Ordering::Acquire);
    if old.is_null() {
        return;
    }
    // SAFETY: the pointer is valid for the life of the process.
    let copy = unsafe { (*old).fork_copy() };
    GLOBAL.store(Box::into_raw(Box::new(copy)), Ordering::Release);
}
