//! The host-wide credential cache (issue 14): one file per uid, shared by
//! every PHP process of that user, so that a pool of workers runs a plugin
//! once per credential instead of once per worker.
//!
//! Read and written with pread/pwrite (never mmap: a file truncated under a
//! mapping would SIGBUS the worker). Single flight across processes with OFD
//! locks, which the kernel releases when their holder dies.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::credential::Credential;
use super::expiry::Micros;
use super::keyed_hash::KeyedHash;

pub type EntryId = u128;

/// The format version is in the name: two module versions never share a layout.
pub const FILE_NAME: &str = "php-k8s-auth-credentials.v1";

/// Host-wide figures, summed over every process of the uid.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HostStats {
    pub entries: u64,
    pub plugin_runs: u64,
    pub failures: u64,
    pub background_refreshes: u64,
    pub waited: u64,
}

#[derive(Clone, Copy, Debug)]
pub enum Counter {
    PluginRun,
    Failure,
    BackgroundRefresh,
    Waited,
}

/// A consistent copy of one entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub credential: Credential,
    pub fetched_micros: Micros,
    pub version: u64,
}

/// An open cache file.
pub struct HostCache {
    path: PathBuf,
}

/// The single-flight run lock of one entry; dropping it releases it.
pub struct RunLock {
    cache: Arc<HostCache>,
    slot: usize,
}

impl HostCache {
    /// Opens (creating or rebuilding) the cache file in `dir`. `Err`: why
    /// not, for an operator (never a secret).
    pub fn open(dir: &Path) -> Result<Arc<HostCache>, String> {
        let _ = dir;
        Err("not built yet".into())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The file's key.
    pub fn hasher(&self) -> KeyedHash {
        KeyedHash::new([0; 16])
    }

    /// Cheap (one pread): None = absent.
    pub fn version(&self, id: EntryId) -> Option<u64> {
        let _ = id;
        None
    }

    /// A consistent copy, or None.
    pub fn read(&self, id: EntryId) -> Option<Stored> {
        let _ = id;
        None
    }

    /// None: another process or thread runs it.
    pub fn try_lock(self: &Arc<Self>, id: EntryId) -> Option<RunLock> {
        let _ = (id, RunLock::slot);
        None
    }

    /// false: too big, or no slot.
    pub fn publish(&self, lock: &RunLock, c: &Credential, fetched_micros: Micros) -> bool {
        let _ = (lock, c, fetched_micros);
        false
    }

    /// Zeroes the entry; true when there was one.
    pub fn remove(&self, id: EntryId) -> bool {
        let _ = id;
        false
    }

    /// Zeroes every entry holding `token`; how many.
    pub fn forget_token(&self, token: &[u8]) -> u64 {
        let _ = token;
        0
    }

    /// Zeroes every entry; how many.
    pub fn clear(&self) -> u64 {
        0
    }

    /// += 1, host-wide.
    pub fn count(&self, c: Counter) {
        let _ = c;
    }

    pub fn stats(&self) -> HostStats {
        HostStats::default()
    }
}

impl RunLock {
    fn slot(&self) -> (&Arc<HostCache>, usize) {
        (&self.cache, self.slot)
    }
}

/// Why this process does not use the host cache.
#[derive(Debug, Clone)]
pub struct Unavailable {
    pub reason: Arc<str>,
    /// True only the first time this process saw that reason.
    pub first_failure: bool,
}

/// The process's handle for `dir`, opened on first use (after php-fpm's
/// setuid), reopened after fork or a uid change.
pub fn shared(dir: &Path) -> Result<Arc<HostCache>, Unavailable> {
    let _ = dir;
    Err(Unavailable {
        reason: Arc::from("not built yet"),
        first_failure: false,
    })
}
