//! `forget()` bookkeeping for credentials no cache entry reaches, and the
//! keyed token tags every comparison runs on.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

/// Bumped by every `forget()`: a provider compares it with one load.
pub(super) static FORGET_EPOCH: AtomicU64 = AtomicU64::new(0);
/// The last forgotten tags with the epoch each was forgotten in, for the
/// providers no cache entry reaches (the cache switched off).
static FORGOTTEN: Mutex<VecDeque<(u64, u128)>> = Mutex::new(VecDeque::new());
const FORGOTTEN_MAX: usize = 256;

pub(super) fn remember_forgotten(tag: u128) {
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

/// Keyed hash of a token with a random key per process: what `forget()`
/// compares, so no comparison ever runs over the token's bytes.
pub fn token_tag(token: &[u8]) -> u128 {
    use std::hash::{BuildHasher, RandomState};
    static KEYS: std::sync::OnceLock<(RandomState, RandomState)> = std::sync::OnceLock::new();
    let (a, b) = KEYS.get_or_init(|| (RandomState::new(), RandomState::new()));
    (u128::from(a.hash_one(token)) << 64) | u128::from(b.hash_one((token, 1u8)))
}

/// Equality of two tags without an early exit.
pub(super) fn same_tag(a: u128, b: u128) -> bool {
    std::hint::black_box(a ^ b) == 0
}
