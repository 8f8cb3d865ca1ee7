//! The process's handle on the cache file of a folder: opened on first use
//! (after php-fpm's setuid), reopened after a fork, a change of effective
//! uid or a replacement of the file; a refusal is remembered for a second
//! so a worker does not retry the folder checks on every call.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, Once};
use std::time::{Duration, Instant};

use super::{HostCache, lock_unpoisoned};

/// How often a handle looks whether its file is still the one at the path
/// (a rebuild by another process, or a deleted folder), and how long a
/// refusal is kept before the folder is tried again.
pub(super) const RECHECK: Duration = Duration::from_secs(1);

/// Why this process does not use the host cache.
#[derive(Debug, Clone)]
pub struct Unavailable {
    /// For an operator: what is wrong, where, what to do. Never a secret.
    pub reason: Arc<str>,
    /// True only the first time this process saw that reason (log it then).
    pub first_failure: bool,
}

struct Entry {
    dir: PathBuf,
    pid: u32,
    handle: Option<Arc<HostCache>>,
    checked: Instant,
    failed: Option<(Arc<str>, Instant, u32)>,
    reported: Vec<Arc<str>>,
}

static HANDLES: Mutex<Vec<Entry>> = Mutex::new(Vec::new());

/// The process's handle for `dir`, opened on first use, reopened after a
/// fork or a uid change. Err(reason) when refused or unavailable.
pub fn shared(dir: &Path) -> Result<Arc<HostCache>, Unavailable> {
    // SAFETY: geteuid has no preconditions.
    shared_as(dir, unsafe { libc::geteuid() })
}

/// [`shared`] for a caller that just asked for the effective uid (one
/// system call less on every request's first call).
pub fn shared_as(dir: &Path, euid: u32) -> Result<Arc<HostCache>, Unavailable> {
    let pid = process_id();
    let now = Instant::now();
    let mut all = lock_unpoisoned(&HANDLES);
    // The same bytes as last time, first: comparing paths by component is
    // a visible share of a request's first call.
    let i = match all
        .iter()
        .position(|e| e.dir.as_os_str() == dir.as_os_str())
        .or_else(|| all.iter().position(|e| e.dir == dir))
    {
        Some(i) => i,
        None => {
            all.push(Entry {
                dir: dir.to_path_buf(),
                pid,
                handle: None,
                checked: now,
                failed: None,
                reported: Vec::new(),
            });
            all.len() - 1
        }
    };
    let e = &mut all[i];
    if e.pid != pid {
        // A forked child: its own process, its own handle and messages.
        e.pid = pid;
        e.handle = None;
        e.failed = None;
        e.reported.clear();
    }
    if let Some(h) = &e.handle {
        let look = now.duration_since(e.checked) >= RECHECK;
        if h.current(pid, euid, look) {
            if look {
                e.checked = now;
            }
            return Ok(Arc::clone(h));
        }
        e.handle = None;
    }
    if let Some((reason, at, who)) = &e.failed
        && *who == euid
        && now.duration_since(*at) < RECHECK
    {
        return Err(Unavailable {
            reason: Arc::clone(reason),
            first_failure: false,
        });
    }
    match HostCache::open(dir) {
        Ok(h) => {
            e.handle = Some(Arc::clone(&h));
            e.checked = now;
            e.failed = None;
            Ok(h)
        }
        Err(reason) => {
            let reason: Arc<str> = Arc::from(reason);
            let first_failure = !e.reported.contains(&reason);
            if first_failure {
                e.reported.push(Arc::clone(&reason));
            }
            e.failed = Some((Arc::clone(&reason), now, euid));
            Err(Unavailable {
                reason,
                first_failure,
            })
        }
    }
}

/// This process's id without a system call per lookup: kept, and forgotten
/// in the child of a fork (`pthread_atfork`), which asks again.
fn process_id() -> u32 {
    static PID: AtomicU32 = AtomicU32::new(0);
    static HOOK: Once = Once::new();
    extern "C" fn forked() {
        PID.store(0, Ordering::Relaxed);
    }
    HOOK.call_once(|| {
        // SAFETY: registering a plain function as the fork child handler.
        unsafe {
            libc::pthread_atfork(None, None, Some(forked));
        }
    });
    match PID.load(Ordering::Relaxed) {
        0 => {
            let pid = std::process::id();
            PID.store(pid, Ordering::Relaxed);
            pid
        }
        pid => pid,
    }
}
