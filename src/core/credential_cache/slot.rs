//! One entry of the process tier: the credential, who is fetching it, and
//! how the last fetch went.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use super::{CachePolicy, forget};
use crate::core::credential::Credential;
use crate::core::error::AuthError;
use crate::core::expiry::Micros;

#[derive(Default)]
pub(super) struct SlotState {
    pub credential: Option<Arc<Credential>>,
    /// Wall-clock time of the fetch (by this process or another one).
    pub fetched_micros: Micros,
    /// Keyed hash of the token, for `forget()`.
    pub token_tag: u128,
    /// The host-wide entry's version this credential came from or went to
    /// (`None`: not in the host-wide cache).
    pub host_version: Option<u64>,
    /// The host-wide revocation epoch when it was taken or published: an
    /// entry gone from the file while the epoch is unchanged was evicted,
    /// not revoked, and this process keeps its copy.
    pub host_revocations: u64,
    /// A caller is running the plugin; the others wait for its answer.
    pub in_flight: bool,
    /// A background refresh of this entry is running in this process.
    pub refreshing: bool,
    /// The outcome of the last finished run, for callers who waited on it.
    pub last_error: Option<AuthError>,
    pub failures_in_a_row: u32,
    pub retry_after: Option<Instant>,
}

/// One cache entry. Providers keep an `Arc` to it and compare generations to
/// see, with one atomic load, whether another provider replaced the credential.
pub struct Slot {
    pub(super) state: Mutex<SlotState>,
    pub(super) done: Condvar,
    pub(super) generation: AtomicU64,
}

impl std::fmt::Debug for Slot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Slot(generation {})", self.generation())
    }
}

/// A credential that has just been fetched, with where it is kept.
#[derive(Clone)]
pub(super) struct Installed {
    pub credential: Arc<Credential>,
    pub fetched_micros: Micros,
    pub host_version: Option<u64>,
    pub host_revocations: u64,
}

impl Slot {
    pub(super) fn new() -> Self {
        Slot {
            state: Mutex::new(SlotState::default()),
            done: Condvar::new(),
            generation: AtomicU64::new(0),
        }
    }

    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    pub(super) fn lock(&self) -> MutexGuard<'_, SlotState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Stores a new credential; providers holding the old one notice by the
    /// generation.
    pub(super) fn install(&self, st: &mut SlotState, new: Installed) {
        st.token_tag = forget::token_tag(new.credential.token.expose().as_bytes());
        st.credential = Some(new.credential);
        st.fetched_micros = new.fetched_micros;
        st.host_version = new.host_version;
        st.host_revocations = new.host_revocations;
        st.last_error = None;
        st.failures_in_a_row = 0;
        st.retry_after = None;
        self.generation.fetch_add(1, Ordering::AcqRel);
    }

    /// A failed run: never cached as a success; the old credential stays for
    /// callers who still find it valid, and runs wait for the backoff.
    pub(super) fn failed(&self, st: &mut SlotState, e: AuthError, policy: &CachePolicy) {
        st.last_error = Some(e);
        st.failures_in_a_row = st.failures_in_a_row.saturating_add(1);
        st.retry_after = Some(Instant::now() + backoff(policy, st.failures_in_a_row));
    }

    pub(super) fn drop_credential(&self, st: &mut SlotState) {
        st.credential = None;
        st.fetched_micros = 0;
        st.token_tag = 0;
        st.host_version = None;
        // A forgotten token is not a failure: the next caller runs at once.
        st.retry_after = None;
        st.last_error = None;
        self.generation.fetch_add(1, Ordering::AcqRel);
    }
}

/// Marks the end of a run and wakes the waiters, also when the run panicked.
pub(super) struct InFlight<'a> {
    pub slot: &'a Arc<Slot>,
    pub outcome: Option<crate::core::Result<Installed>>,
}

impl<'a> InFlight<'a> {
    pub fn finish(&mut self, policy: &CachePolicy) -> MutexGuard<'a, SlotState> {
        let mut st = self.slot.lock();
        match self.outcome.take() {
            Some(Ok(new)) => self.slot.install(&mut st, new),
            Some(Err(e)) => self.slot.failed(&mut st, e, policy),
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

pub(super) fn backoff(policy: &CachePolicy, failures: u32) -> Duration {
    let doublings = failures.saturating_sub(1).min(20);
    policy
        .failure_backoff
        .saturating_mul(1u32 << doublings)
        .min(policy.failure_backoff_max.max(policy.failure_backoff))
}
