//! The process-wide credential cache: one entry per plugin invocation
//! (exactly what the plugin sees, see [`CacheKey`]), shared by every provider
//! in the process and across requests of a long-lived worker, with
//! single-flight refresh, failure backoff and `forget()` of rejected tokens.
//!
//! client-go keeps a global cache of authenticators keyed by the whole exec
//! configuration; this keys by the invocation instead, so providers that
//! differ only in what the plugin never sees (installHint, how they were
//! built) share their credential.

use std::collections::{HashMap, VecDeque};
use std::path::PathBuf;
use std::sync::atomic::{AtomicPtr, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, Once};
use std::time::{Duration, Instant};

use super::credential::Credential;
use super::error::{AuthError, Result};
use super::expiry::{self, Micros};

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
}

impl Default for CachePolicy {
    fn default() -> Self {
        CachePolicy {
            enabled: true,
            max_age_without_expiry: Duration::from_secs(900),
            failure_backoff: Duration::from_secs(1),
            failure_backoff_max: Duration::from_secs(30),
            max_credential_age: Duration::ZERO,
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

#[derive(Default)]
struct SlotState {
    credential: Option<Arc<Credential>>,
    fetched_at: Option<Instant>,
    /// Wall-clock time of the fetch, for providers that hold the credential.
    fetched_micros: Micros,
    /// Keyed hash of the token, for `forget()`.
    token_tag: u128,
    in_flight: bool,
    /// The outcome of the last finished run, for callers who waited on it.
    last_error: Option<AuthError>,
    failures_in_a_row: u32,
    retry_after: Option<Instant>,
}

/// One cache entry. Providers keep an `Arc` to it and compare generations to
/// see, with one atomic load, whether another provider replaced the credential.
pub struct Slot {
    state: Mutex<SlotState>,
    done: Condvar,
    generation: AtomicU64,
}

impl std::fmt::Debug for Slot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Slot(generation {})", self.generation())
    }
}

impl Slot {
    fn new() -> Self {
        Slot {
            state: Mutex::new(SlotState::default()),
            done: Condvar::new(),
            generation: AtomicU64::new(0),
        }
    }

    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    fn lock(&self) -> MutexGuard<'_, SlotState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
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
    /// The token's `forget()` tag and the forget epoch when it was handed
    /// out: see [`forgotten_since`].
    pub tag: u128,
    pub forget_epoch: u64,
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
            tag,
            forget_epoch: FORGET_EPOCH.load(Ordering::Acquire),
        }
    }

    fn new(
        credential: Arc<Credential>,
        slot: Option<Arc<Slot>>,
        fetched_micros: Micros,
        tag: u128,
        policy: &CachePolicy,
    ) -> Self {
        let generation = slot.as_ref().map_or(0, |s| s.generation());
        Fetched {
            reuse_until: reuse_until(&credential, fetched_micros, policy),
            credential,
            slot,
            generation,
            tag,
            forget_epoch: FORGET_EPOCH.load(Ordering::Acquire),
        }
    }
}

/// Bumped by every `forget()`: a provider compares it with one load.
static FORGET_EPOCH: AtomicU64 = AtomicU64::new(0);
/// The last forgotten tags with the epoch each was forgotten in, for the
/// providers no cache entry reaches (the cache switched off).
static FORGOTTEN: Mutex<VecDeque<(u64, u128)>> = Mutex::new(VecDeque::new());
const FORGOTTEN_MAX: usize = 256;

fn remember_forgotten(tag: u128) {
    let mut ring = FORGOTTEN.lock().unwrap_or_else(|p| p.into_inner());
    let epoch = FORGET_EPOCH.load(Ordering::Acquire) + 1;
    if ring.len() >= FORGOTTEN_MAX {
        ring.pop_front();
    }
    ring.push_back((epoch, tag));
    FORGET_EPOCH.store(epoch, Ordering::Release);
}

/// Whether the token with `tag`, handed out at forget epoch `epoch`, was
/// forgotten since. One atomic load unless some `forget()` happened since.
pub fn forgotten_since(epoch: u64, tag: u128) -> bool {
    if FORGET_EPOCH.load(Ordering::Acquire) == epoch {
        return false;
    }
    // Held by a thread that does not exist after fork(): count as forgotten,
    // which only costs a refetch.
    let Ok(ring) = FORGOTTEN.try_lock() else {
        return true;
    };
    ring.iter()
        .filter(|(e, _)| *e > epoch)
        .fold(false, |hit, (_, t)| hit | same_tag(*t, tag))
}

fn reuse_until(c: &Credential, fetched: Micros, policy: &CachePolicy) -> Option<Micros> {
    let after = |d: Duration| fetched.saturating_add(d.as_micros().min(i64::MAX as u128) as i64);
    let cap = (!policy.max_credential_age.is_zero()).then(|| after(policy.max_credential_age));
    let no_expiry = c
        .expires_at
        .is_none()
        .then(|| after(policy.max_age_without_expiry));
    match (cap, no_expiry) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Keyed hash of a token with a random key per process: what `forget()`
/// compares, so no comparison ever runs over the token's bytes.
pub fn token_tag(token: &[u8]) -> u128 {
    use std::hash::{BuildHasher, RandomState};
    static KEYS: std::sync::OnceLock<(RandomState, RandomState)> = std::sync::OnceLock::new();
    let (a, b) = KEYS.get_or_init(|| (RandomState::new(), RandomState::new()));
    (u128::from(a.hash_one(token)) << 64) | u128::from(b.hash_one((token, 1u8)))
}

/// Equality of two tags without an early exit.
fn same_tag(a: u128, b: u128) -> bool {
    std::hint::black_box(a ^ b) == 0
}

/// At most this many configurations are remembered; beyond it the entries
/// without a usable credential go first, then the oldest.
const MAX_ENTRIES: usize = 1024;

pub struct Cache {
    slots: Mutex<HashMap<CacheKey, Arc<Slot>>>,
    counters: Counters,
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
            counters: Counters::default(),
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

    /// The credential for `key`: the cached one while it is valid for a caller
    /// with `refresh_buffer` seconds, otherwise the result of one plugin run
    /// shared by everyone who asks meanwhile. `force` skips the validity check
    /// (`refresh()`), but still joins a run already in flight.
    pub fn get(
        &self,
        key: &CacheKey,
        policy: &CachePolicy,
        refresh_buffer: i64,
        force: bool,
        run: impl FnOnce() -> Result<Credential>,
    ) -> Result<Fetched> {
        if !policy.enabled {
            let credential = self.timed_run(run)?;
            let tag = token_tag(credential.token.expose().as_bytes());
            return Ok(Fetched::new(
                Arc::new(credential),
                None,
                expiry::now_micros(),
                tag,
                policy,
            ));
        }
        let slot = self.slot(key);
        let mut st = slot.lock();
        if st.in_flight {
            // Someone else is running the plugin: take their answer.
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
                    policy,
                )),
                (_, Some(e)) => Err(e.clone()),
                _ => Err(AuthError::Failed {
                    message: "the shared plugin run produced no credential".into(),
                    hint: None,
                }),
            };
        }
        if !force {
            if let Some(c) = &st.credential
                && usable(c, st.fetched_at, policy, refresh_buffer)
            {
                self.counters.hits.fetch_add(1, Ordering::Relaxed);
                return Ok(Fetched::new(
                    c.clone(),
                    Some(slot.clone()),
                    st.fetched_micros,
                    st.token_tag,
                    policy,
                ));
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
        let outcome = self.timed_run(run);
        let result = match &outcome {
            Ok(c) => Ok(Arc::new(c.clone())),
            Err(e) => Err(e.clone()),
        };
        guard.outcome = Some(result.clone());
        let st = guard.finish(policy);
        let (fetched_micros, tag) = (st.fetched_micros, st.token_tag);
        drop(st);
        drop(guard);
        result.map(|c| Fetched::new(c, Some(slot.clone()), fetched_micros, tag, policy))
    }

    fn timed_run(&self, run: impl FnOnce() -> Result<Credential>) -> Result<Credential> {
        let started = Instant::now();
        self.counters.plugin_runs.fetch_add(1, Ordering::Relaxed);
        let outcome = run();
        self.counters
            .last_run_micros
            .store(started.elapsed().as_micros() as u64, Ordering::Relaxed);
        if outcome.is_err() {
            self.counters.failures.fetch_add(1, Ordering::Relaxed);
        }
        outcome
    }

    pub fn clear(&self) {
        self.slots().clear();
    }

    /// "The cluster rejected this token": every entry holding it loses its
    /// credential, and the providers holding it notice by the generation.
    /// Returns how many entries were dropped.
    pub fn forget(&self, token: &[u8]) -> u64 {
        let tag = token_tag(token);
        remember_forgotten(tag);
        let slots: Vec<Arc<Slot>> = self.slots().values().cloned().collect();
        let mut dropped = 0;
        for slot in slots {
            let mut st = slot.lock();
            // Every entry is compared, so the time taken says nothing either.
            if same_tag(st.token_tag, tag) & st.credential.is_some() {
                drop_credential(&slot, &mut st);
                dropped += 1;
            }
        }
        dropped
    }

    /// Drops `credential` from `slot` if the entry still holds it (a provider
    /// forgetting its own credential); true when it did.
    pub fn forget_entry(&self, slot: &Slot, credential: &Arc<Credential>) -> bool {
        let mut st = slot.lock();
        if st
            .credential
            .as_ref()
            .is_some_and(|c| Arc::ptr_eq(c, credential))
        {
            drop_credential(slot, &mut st);
            return true;
        }
        false
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
    /// be released in the child, so that entry is left behind.
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
                        n.fetched_at = st.fetched_at;
                        n.fetched_micros = st.fetched_micros;
                        n.token_tag = st.token_tag;
                    }
                    into.insert(k.clone(), Arc::new(copy));
                }
            }
        }
        fresh
    }
}

/// Marks the end of a run and wakes the waiters, also when `run` panicked.
struct InFlight<'a> {
    slot: &'a Arc<Slot>,
    outcome: Option<Result<Arc<Credential>>>,
}

impl<'a> InFlight<'a> {
    fn finish(&mut self, policy: &CachePolicy) -> MutexGuard<'a, SlotState> {
        let mut st = self.slot.lock();
        match self.outcome.take() {
            Some(Ok(c)) => {
                st.token_tag = token_tag(c.token.expose().as_bytes());
                st.credential = Some(c);
                st.fetched_at = Some(Instant::now());
                st.fetched_micros = expiry::now_micros();
                st.last_error = None;
                st.failures_in_a_row = 0;
                st.retry_after = None;
                self.slot.generation.fetch_add(1, Ordering::AcqRel);
            }
            Some(Err(e)) => {
                // A failure is never cached as a success; the old credential
                // stays for callers who still find it valid.
                st.last_error = Some(e);
                st.failures_in_a_row = st.failures_in_a_row.saturating_add(1);
                let wait = backoff(policy, st.failures_in_a_row);
                st.retry_after = Some(Instant::now() + wait);
            }
            None => {
                st.last_error = Some(AuthError::Failed {
                    message: "the plugin run was interrupted".into(),
                    hint: None,
                });
            }
        }
        st.in_flight = false;
        self.slot.done.notify_all();
        st
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            let mut st = self.slot.lock();
            st.in_flight = false;
            self.slot.done.notify_all();
        }
    }
}

fn drop_credential(slot: &Slot, st: &mut SlotState) {
    st.credential = None;
    st.fetched_at = None;
    st.token_tag = 0;
    // A forgotten token is not a failure: the next caller runs at once.
    st.retry_after = None;
    st.last_error = None;
    slot.generation.fetch_add(1, Ordering::AcqRel);
}

fn backoff(policy: &CachePolicy, failures: u32) -> Duration {
    let doublings = failures.saturating_sub(1).min(20);
    policy
        .failure_backoff
        .saturating_mul(1u32 << doublings)
        .min(policy.failure_backoff_max.max(policy.failure_backoff))
}

/// Whether a cached credential may be handed to a caller with this buffer.
fn usable(
    c: &Credential,
    fetched_at: Option<Instant>,
    policy: &CachePolicy,
    refresh_buffer: i64,
) -> bool {
    if !policy.max_credential_age.is_zero()
        && fetched_at.is_none_or(|t| t.elapsed() >= policy.max_credential_age)
    {
        return false;
    }
    match c.expires_at {
        Some(exp) => !expiry::is_expired(Some(exp), expiry::now_micros(), refresh_buffer),
        None => fetched_at.is_some_and(|t| t.elapsed() < policy.max_age_without_expiry),
    }
}

fn evict(slots: &mut HashMap<CacheKey, Arc<Slot>>) {
    let now: Micros = expiry::now_micros();
    slots.retain(|_, s| match s.state.try_lock() {
        Ok(st) => {
            st.in_flight
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
            .filter_map(|(k, s)| s.state.try_lock().ok().map(|st| (k.clone(), st.fetched_at)))
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
    let old = GLOBAL.load(Ordering::Acquire);
    if old.is_null() {
        return;
    }
    // SAFETY: the pointer is valid for the life of the process.
    let copy = unsafe { (*old).fork_copy() };
    GLOBAL.store(Box::into_raw(Box::new(copy)), Ordering::Release);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::secret::Secret;
    use std::sync::atomic::AtomicUsize;

    fn key(cmd: &str) -> CacheKey {
        CacheKey {
            program: PathBuf::from(cmd),
            file_id: (1, 2),
            args: Vec::new(),
            env_digest: 3,
            interactive: false,
            cwd: None,
        }
    }

    fn cred(token: &str, expires_in_secs: Option<i64>) -> Credential {
        Credential {
            token: Secret::new(token.into()),
            client_certificate_data: None,
            client_key_data: None,
            expires_at: expires_in_secs.map(|s| expiry::now_micros() + s * 1_000_000),
        }
    }

    #[test]
    fn a_valid_entry_is_reused_and_a_forced_one_replaced() {
        let cache = Cache::new();
        let p = CachePolicy::default();
        let k = key("/bin/a");
        let a = cache
            .get(&k, &p, 60, false, || Ok(cred("one", Some(3600))))
            .unwrap();
        let b = cache
            .get(&k, &p, 60, false, || panic!("must not run"))
            .unwrap();
        assert_eq!(b.credential.token.expose(), "one");
        assert_eq!(a.generation, b.generation);
        let c = cache
            .get(&k, &p, 60, true, || Ok(cred("two", Some(3600))))
            .unwrap();
        assert_eq!(c.credential.token.expose(), "two");
        assert_ne!(c.generation, a.generation);
        assert_eq!(a.slot.unwrap().generation(), c.generation);
        let s = cache.stats();
        assert_eq!((s.plugin_runs, s.hits, s.misses, s.entries), (2, 1, 2, 1));
    }

    #[test]
    fn an_entry_inside_the_callers_buffer_is_refetched() {
        let cache = Cache::new();
        let p = CachePolicy::default();
        let k = key("/bin/b");
        cache
            .get(&k, &p, 60, false, || Ok(cred("soon", Some(30))))
            .unwrap();
        // Valid for a caller with a 10 s buffer, not for one with 60 s.
        let short = cache
            .get(&k, &p, 10, false, || panic!("must not run"))
            .unwrap();
        assert_eq!(short.credential.token.expose(), "soon");
        let long = cache
            .get(&k, &p, 60, false, || Ok(cred("new", Some(3600))))
            .unwrap();
        assert_eq!(long.credential.token.expose(), "new");
    }

    #[test]
    fn failures_are_not_cached_as_success_and_are_throttled() {
        let cache = Cache::new();
        let p = CachePolicy {
            failure_backoff: Duration::from_secs(60),
            ..CachePolicy::default()
        };
        let k = key("/bin/c");
        let boom = || {
            Err(AuthError::Failed {
                message: "boom".into(),
                hint: None,
            })
        };
        assert!(cache.get(&k, &p, 60, false, boom).is_err());
        let again = cache
            .get(&k, &p, 60, false, || panic!("throttled"))
            .unwrap_err();
        assert!(matches!(again, AuthError::Throttled { .. }), "{again}");
        assert!(again.to_string().contains("boom"));
        // refresh() is explicit and runs anyway.
        let forced = cache
            .get(&k, &p, 60, true, || Ok(cred("ok", None)))
            .unwrap();
        assert_eq!(forced.credential.token.expose(), "ok");
        assert_eq!(cache.stats().throttled, 1);
    }

    #[test]
    fn concurrent_callers_share_one_run() {
        let cache = Arc::new(Cache::new());
        let runs = Arc::new(AtomicUsize::new(0));
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let cache = cache.clone();
                let runs = runs.clone();
                std::thread::spawn(move || {
                    cache
                        .get(&key("/bin/d"), &CachePolicy::default(), 60, false, || {
                            runs.fetch_add(1, Ordering::SeqCst);
                            std::thread::sleep(Duration::from_millis(200));
                            Ok(cred("shared", Some(3600)))
                        })
                        .map(|f| f.credential.token.expose().to_owned())
                })
            })
            .collect();
        for t in threads {
            assert_eq!(t.join().unwrap().unwrap(), "shared");
        }
        assert_eq!(runs.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn credentials_without_expiry_age_out() {
        let cache = Cache::new();
        let p = CachePolicy {
            max_age_without_expiry: Duration::ZERO,
            ..CachePolicy::default()
        };
        let k = key("/bin/e");
        cache
            .get(&k, &p, 60, false, || Ok(cred("a", None)))
            .unwrap();
        let b = cache
            .get(&k, &p, 60, false, || Ok(cred("b", None)))
            .unwrap();
        assert_eq!(b.credential.token.expose(), "b");
    }

    #[test]
    fn disabled_cache_runs_every_time() {
        let cache = Cache::new();
        let p = CachePolicy {
            enabled: false,
            ..CachePolicy::default()
        };
        let k = key("/bin/f");
        cache
            .get(&k, &p, 60, false, || Ok(cred("a", Some(3600))))
            .unwrap();
        let b = cache
            .get(&k, &p, 60, false, || Ok(cred("b", Some(3600))))
            .unwrap();
        assert_eq!(b.credential.token.expose(), "b");
        assert_eq!(cache.stats().entries, 0);
    }

    #[test]
    fn forget_drops_every_entry_holding_the_token_and_nothing_else() {
        let cache = Cache::new();
        let p = CachePolicy::default();
        let a = cache
            .get(&key("/bin/a"), &p, 60, false, || {
                Ok(cred("bad", Some(3600)))
            })
            .unwrap();
        cache
            .get(&key("/bin/b"), &p, 60, false, || {
                Ok(cred("bad", Some(3600)))
            })
            .unwrap();
        cache
            .get(&key("/bin/c"), &p, 60, false, || {
                Ok(cred("good", Some(3600)))
            })
            .unwrap();
        assert_eq!(cache.forget(b"unknown"), 0);
        assert_eq!(cache.forget(b""), 0);
        assert_eq!(cache.forget(b"bad"), 2);
        assert_eq!(cache.forget(b"bad"), 0, "already gone");
        // The provider holding it sees another generation, and runs again.
        assert_ne!(a.slot.as_ref().unwrap().generation(), a.generation);
        let again = cache
            .get(&key("/bin/a"), &p, 60, false, || {
                Ok(cred("new", Some(3600)))
            })
            .unwrap();
        assert_eq!(again.credential.token.expose(), "new");
        let kept = cache
            .get(&key("/bin/c"), &p, 60, false, || panic!("must not run"))
            .unwrap();
        assert_eq!(kept.credential.token.expose(), "good");
        assert_eq!(cache.stats().entries, 2);
    }

    #[test]
    fn forget_entry_drops_only_the_credential_it_was_given() {
        let cache = Cache::new();
        let p = CachePolicy::default();
        let k = key("/bin/f");
        let old = cache
            .get(&k, &p, 60, false, || Ok(cred("one", None)))
            .unwrap();
        let new = cache
            .get(&k, &p, 60, true, || Ok(cred("two", None)))
            .unwrap();
        let slot = new.slot.clone().unwrap();
        assert!(
            !cache.forget_entry(&slot, &old.credential),
            "replaced already"
        );
        assert!(cache.forget_entry(&slot, &new.credential));
        assert_eq!(cache.stats().entries, 0);
    }

    #[test]
    fn max_credential_age_caps_a_long_expiry() {
        let cache = Cache::new();
        let p = CachePolicy {
            max_credential_age: Duration::from_millis(50),
            ..CachePolicy::default()
        };
        let k = key("/bin/g");
        let first = cache
            .get(&k, &p, 60, false, || Ok(cred("a", Some(3600))))
            .unwrap();
        let until = first.reuse_until.expect("capped");
        assert!(until <= expiry::now_micros() + 50_000);
        cache
            .get(&k, &p, 60, false, || panic!("still young"))
            .unwrap();
        std::thread::sleep(Duration::from_millis(60));
        let b = cache
            .get(&k, &p, 60, false, || Ok(cred("b", Some(3600))))
            .unwrap();
        assert_eq!(b.credential.token.expose(), "b");
        // Off by default: an expiring credential is held until its expiry.
        let plain = Cache::new()
            .get(&k, &CachePolicy::default(), 60, false, || {
                Ok(cred("c", Some(3600)))
            })
            .unwrap();
        assert_eq!(plain.reuse_until, None);
    }

    #[test]
    fn a_credential_no_entry_holds_is_still_known_as_forgotten() {
        let cache = Cache::new();
        let off = CachePolicy {
            enabled: false,
            ..CachePolicy::default()
        };
        let k = key("/bin/off");
        let held = cache
            .get(&k, &off, 60, false, || Ok(cred("held-off", None)))
            .unwrap();
        let other = cache
            .get(&k, &off, 60, false, || Ok(cred("other-off", None)))
            .unwrap();
        assert!(!forgotten_since(held.forget_epoch, held.tag));
        assert_eq!(cache.forget(b"held-off"), 0, "no entry held it");
        assert!(forgotten_since(held.forget_epoch, held.tag));
        assert!(!forgotten_since(other.forget_epoch, other.tag));
        // Handed out again after the forget: trusted again.
        let again = cache
            .get(&k, &off, 60, false, || Ok(cred("held-off", None)))
            .unwrap();
        assert!(!forgotten_since(again.forget_epoch, again.tag));
    }

    #[test]
    fn backoff_doubles_up_to_the_maximum() {
        let p = CachePolicy::default();
        assert_eq!(backoff(&p, 1), Duration::from_secs(1));
        assert_eq!(backoff(&p, 3), Duration::from_secs(4));
        assert_eq!(backoff(&p, 30), Duration::from_secs(30));
    }
}
