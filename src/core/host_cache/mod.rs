//! The host-wide credential cache (issue 14): one file per uid, shared by
//! every PHP process of that user, so that a pool of workers runs a plugin
//! once per credential instead of once per worker.
//!
//! Read and written with pread/pwrite (never mmap: a file truncated under a
//! mapping would SIGBUS the worker). Readers copy a slot and trust it only
//! when its sequence number is even and unchanged and its keyed checksum
//! matches; anything else reads as absent. Writers of a slot hold its OFD
//! write lock byte; the single-flight run lock is another byte per entry,
//! taken without waiting. Layout and bounds: [`format`].

mod format;
mod lock;
mod outcome;
mod shared;

use std::collections::HashSet;
use std::fs::File;
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use super::credential::Credential;
use super::expiry::Micros;
use super::keyed_hash::KeyedHash;
use super::shared_dir;
use format::{HEAD, Head, Wipe};

pub use format::{FILE_SIZE, MAX_DATA, SLOT_SIZE, SLOTS};
pub use outcome::{Outcome, Record};
pub use shared::{Unavailable, shared, shared_as};

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

impl Counter {
    fn offset(self) -> u64 {
        let i = match self {
            Counter::PluginRun => 0,
            Counter::Failure => 1,
            Counter::BackgroundRefresh => 2,
            Counter::Waited => 3,
        };
        format::COUNTERS_AT + 8 * i
    }
}

/// A consistent copy of one entry. `version` is a random stamp written with
/// each publish: equal versions mean the same published credential.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub credential: Credential,
    pub fetched_micros: Micros,
    pub version: u64,
}

/// An open cache file. Send + Sync: every method takes `&self`.
pub struct HostCache {
    path: PathBuf,
    fd: lock::Registered,
    hasher: KeyedHash,
    /// Who opened it, to notice a fork or a uid change.
    pid: u32,
    euid: u32,
    /// (device, inode) of the file, to notice it was replaced.
    ident: (u64, u64),
    /// Run lock bytes held through this handle: OFD locks do not exclude
    /// threads sharing the descriptor, this set does.
    held: Mutex<HashSet<i64>>,
    /// Serialises this process's writers (OFD locks do not, for threads).
    writes: Mutex<()>,
}

/// The single-flight run lock of one entry; dropping it releases it.
pub struct RunLock {
    cache: Arc<HostCache>,
    id: EntryId,
    byte: i64,
}

impl std::fmt::Debug for HostCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "HostCache({})", self.path.display())
    }
}

impl std::fmt::Debug for RunLock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RunLock({:032x})", self.id)
    }
}

fn lock_unpoisoned<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// The file behind `fd` for std's positioned I/O (which loops over short
/// reads and EINTR), without taking ownership of the descriptor.
fn borrowed(fd: i32) -> Option<std::mem::ManuallyDrop<File>> {
    use std::os::fd::FromRawFd;
    // SAFETY: `fd` is an open descriptor of the registered table (-1, never
    // used, once closed in a forked child); ManuallyDrop never closes it.
    (fd >= 0).then(|| std::mem::ManuallyDrop::new(unsafe { File::from_raw_fd(fd) }))
}

fn pread_exact(fd: i32, buf: &mut [u8], offset: u64) -> bool {
    use std::os::unix::fs::FileExt;
    borrowed(fd).is_some_and(|f| f.read_exact_at(buf, offset).is_ok())
}

fn pwrite_all(fd: i32, buf: &[u8], offset: u64) -> bool {
    use std::os::unix::fs::FileExt;
    borrowed(fd).is_some_and(|f| f.write_all_at(buf, offset).is_ok())
}

/// Makes `len` bytes at `offset` read as zeros: a hole punched into the
/// file (tmpfs frees the pages), or zeros written where that is unsupported.
fn zero_range(fd: i32, offset: u64, len: usize) -> bool {
    // SAFETY: fallocate on our descriptor; KEEP_SIZE never grows the file.
    let rc = unsafe {
        libc::fallocate(
            fd,
            libc::FALLOC_FL_PUNCH_HOLE | libc::FALLOC_FL_KEEP_SIZE,
            offset as libc::off_t,
            len as libc::off_t,
        )
    };
    rc == 0 || pwrite_all(fd, &vec![0u8; len], offset)
}

fn file_size(fd: i32) -> Option<u64> {
    // SAFETY: fstat fills a zeroed struct we own.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    (unsafe { libc::fstat(fd, &mut st) } == 0).then_some(st.st_size as u64)
}

fn random_bytes<const N: usize>() -> Option<[u8; N]> {
    let mut b = [0u8; N];
    let mut done = 0;
    while done < N {
        // SAFETY: getrandom writes at most N - done bytes into our buffer.
        let n = unsafe { libc::getrandom(b[done..].as_mut_ptr().cast(), N - done, 0) };
        if n <= 0 {
            if n < 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            return None;
        }
        done += n as usize;
    }
    Some(b)
}

/// The key of `f` when it is a complete, valid cache file.
fn valid_key(f: &File) -> Option<[u8; 16]> {
    let fd = f.as_raw_fd();
    if file_size(fd)? != FILE_SIZE {
        return None;
    }
    let mut h = [0u8; 48];
    pread_exact(fd, &mut h, 0).then_some(())?;
    format::header_key(&h)
}

/// Replaces the file in `dfd` by a fresh one: written under a temporary
/// name, then renamed over it, so a process still using the old file keeps
/// reading a whole file (never truncated under it).
fn rebuild(dfd: &OwnedFd, dir: &Path) -> Result<(), String> {
    let shown = dir.display();
    let key = random_bytes::<16>()
        .ok_or_else(|| "no random bytes for the file's key (getrandom failed)".to_owned())?;
    let rnd = u64::from_le_bytes(random_bytes::<8>().unwrap_or_default());
    // Temporary files are only made under the folder's lock: any found now
    // was left by a process that died while rebuilding.
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let name = e.file_name();
            let name = name.to_string_lossy();
            if name.starts_with(FILE_NAME) && name.ends_with(".tmp") {
                let _ = shared_dir::unlink_in(dfd, &name);
            }
        }
    }
    let tmp = format!("{FILE_NAME}.{}.{rnd:016x}.tmp", std::process::id());
    let f = shared_dir::create_new_in(dfd, dir, &tmp)?;
    let written =
        f.set_len(FILE_SIZE).is_ok() && pwrite_all(f.as_raw_fd(), &format::header(key), 0);
    if !written {
        let e = std::io::Error::last_os_error();
        let _ = shared_dir::unlink_in(dfd, &tmp);
        return Err(format!(
            "the folder {shown} has no room for the cache file ({FILE_SIZE} bytes): {e}"
        ));
    }
    drop(f);
    shared_dir::rename_in(dfd, &tmp, FILE_NAME).map_err(|e| {
        let _ = shared_dir::unlink_in(dfd, &tmp);
        format!(
            "the file {} cannot be replaced: {e}",
            dir.join(FILE_NAME).display()
        )
    })
}

impl HostCache {
    /// Opens the cache file in `dir`, creating the folder (0700) and the
    /// file (0600) when missing and rebuilding a file that is not a valid
    /// cache of this format. `Err`: why not, for an operator (no secrets).
    pub fn open(dir: &Path) -> Result<Arc<HostCache>, String> {
        let dfd = shared_dir::open_private_dir(dir)?;
        // Without the folder's lock, a file can be replaced between our open
        // and our checks (a creator renames the initialised file over the
        // empty one we opened: 0 links). Anything short of a valid file is
        // looked at again under the lock, where no rebuild runs.
        let first = shared_dir::open_private_file_in(&dfd, dir, FILE_NAME).ok();
        let mut f;
        let key = match first.as_ref().and_then(valid_key) {
            Some(k) => {
                f = first.expect("checked above");
                k
            }
            None => {
                drop(first);
                // Creation and rebuilding are serialised by a lock on the
                // folder; whoever comes second finds the file done.
                lock::flock_exclusive(dfd.as_raw_fd())
                    .map_err(|e| format!("the folder {} cannot be locked: {e}", dir.display()))?;
                f = shared_dir::open_private_file_in(&dfd, dir, FILE_NAME)?;
                match valid_key(&f) {
                    Some(k) => k,
                    None => {
                        rebuild(&dfd, dir)?;
                        f = shared_dir::open_private_file_in(&dfd, dir, FILE_NAME)?;
                        valid_key(&f).ok_or_else(|| {
                            format!(
                                "the file {} is not a valid cache file even after it was rebuilt",
                                dir.join(FILE_NAME).display()
                            )
                        })?
                    }
                }
            }
        };
        drop(dfd);
        // Single flight needs OFD locks (not on every file system, e.g. some
        // network ones): without them the cache is not used at all.
        match lock::try_lock(f.as_raw_fd(), lock::PROBE_BYTE) {
            Ok(true) => lock::unlock(f.as_raw_fd(), lock::PROBE_BYTE),
            Ok(false) => {}
            Err(e) => {
                return Err(format!(
                    "the file system of {} does not support the locks the cache needs (open file description locks: {e}); point php_k8s_auth.shared_cache_dir at a local folder, e.g. on /dev/shm",
                    dir.display()
                ));
            }
        }
        let md = f.metadata().map_err(|e| {
            format!(
                "the file {} cannot be examined: {e}",
                dir.join(FILE_NAME).display()
            )
        })?;
        Ok(Arc::new(HostCache {
            path: dir.join(FILE_NAME),
            fd: lock::Registered::new(OwnedFd::from(f))?,
            hasher: KeyedHash::new(key),
            pid: std::process::id(),
            // SAFETY: geteuid has no preconditions.
            euid: unsafe { libc::geteuid() },
            ident: (md.dev(), md.ino()),
            held: Mutex::new(HashSet::new()),
            writes: Mutex::new(()),
        }))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The file's key.
    pub fn hasher(&self) -> KeyedHash {
        self.hasher
    }

    /// True while this handle can be used by this process: not a forked
    /// child's copy, same effective uid, and the file at the path is still
    /// this one.
    fn current(&self, pid: u32, euid: u32, look_at_path: bool) -> bool {
        self.fd.fd() >= 0
            && self.pid == pid
            && self.euid == euid
            && (!look_at_path
                || (file_size(self.fd.fd()) == Some(FILE_SIZE)
                    && std::fs::symlink_metadata(&self.path)
                        .is_ok_and(|m| (m.dev(), m.ino()) == self.ident)))
    }

    fn head(&self, slot: usize) -> Option<Head> {
        let mut b = [0u8; HEAD];
        pread_exact(self.fd.fd(), &mut b, format::slot_offset(slot)).then(|| Head::parse(&b))
    }

    /// Cheap (one pread per probed slot): None = absent.
    pub fn version(&self, id: EntryId) -> Option<u64> {
        if id == 0 {
            return None;
        }
        let fd = self.fd.fd();
        for slot in format::window(id) {
            for _ in 0..4 {
                let mut b = [0u8; 32];
                if !pread_exact(fd, &mut b, format::slot_offset(slot)) {
                    return None;
                }
                let (seq, stamp) = (format::u64_at(&b, 0), format::u64_at(&b, 8));
                if u128::from_le_bytes(b[16..32].try_into().expect("16 bytes")) != id {
                    break;
                }
                if seq.is_multiple_of(2) {
                    return Some(stamp);
                }
                std::thread::yield_now();
            }
        }
        None
    }

    /// A consistent copy of the entry, or None (absent, being written, torn
    /// or corrupt: never trusted).
    pub fn read(&self, id: EntryId) -> Option<Stored> {
        if id == 0 {
            return None;
        }
        let fd = self.fd.fd();
        for slot in format::window(id) {
            for _ in 0..4 {
                let head = self.head(slot)?;
                if head.id != id {
                    break;
                }
                if !head.seq.is_multiple_of(2) {
                    std::thread::yield_now();
                    continue;
                }
                let Some(len) = head.data_len() else { break };
                let mut b = Wipe(vec![0u8; HEAD + len]);
                let off = format::slot_offset(slot);
                let mut seq = [0u8; 8];
                if !pread_exact(fd, &mut b.0, off) || !pread_exact(fd, &mut seq, off) {
                    return None;
                }
                if u64::from_le_bytes(seq) != head.seq {
                    continue;
                }
                match format::decode(&self.hasher, slot, &b.0) {
                    Some((h, credential)) if h.id == id && h.seq == head.seq => {
                        return Some(Stored {
                            credential,
                            fetched_micros: h.fetched,
                            version: h.stamp,
                        });
                    }
                    _ => break,
                }
            }
        }
        None
    }

    /// The run lock of `id`, or None: another process or thread runs it.
    pub fn try_lock(self: &Arc<Self>, id: EntryId) -> Option<RunLock> {
        let byte = lock::run_byte(id);
        let mut held = lock_unpoisoned(&self.held);
        let fd = self.fd.fd();
        if fd < 0 || held.contains(&byte) {
            return None;
        }
        if !lock::try_lock(fd, byte).ok()? {
            return None;
        }
        held.insert(byte);
        Some(RunLock {
            cache: Arc::clone(self),
            id,
            byte,
        })
    }

    /// Runs `write` on `slot` under its write lock when `still(head)` holds
    /// for the slot's current head; `write` gets the odd sequence number it
    /// set and returns the even one to finish with.
    fn with_slot(
        &self,
        slot: usize,
        still: impl Fn(&Head) -> bool,
        write: impl FnOnce(i32, u64) -> bool,
    ) -> bool {
        let _inproc = lock_unpoisoned(&self.writes);
        let fd = self.fd.fd();
        if fd < 0 || lock::lock(fd, lock::write_byte(slot)).is_err() {
            return false;
        }
        let done = (|| {
            let head = self.head(slot)?;
            if !still(&head) {
                return None;
            }
            // A writer killed half-way left an odd number: step past it.
            let odd = head
                .seq
                .wrapping_add(if head.seq.is_multiple_of(2) { 1 } else { 2 });
            let off = format::slot_offset(slot);
            (pwrite_all(fd, &odd.to_le_bytes(), off) && write(fd, odd)).then_some(())?;
            pwrite_all(fd, &odd.wrapping_add(1).to_le_bytes(), off).then_some(())
        })()
        .is_some();
        lock::unlock(fd, lock::write_byte(slot));
        done
    }

    /// Zeroes a slot's bytes (all but its sequence number, which moves on).
    fn zero_slot(&self, slot: usize, still: impl Fn(&Head) -> bool) -> bool {
        self.with_slot(slot, still, |fd, _| {
            zero_range(fd, format::slot_offset(slot) + 8, SLOT_SIZE - 8)
        })
    }

    /// Stores `c` as the entry of `lock`. false: it does not fit a slot
    /// (then it is not shared), the file is not whole, or no slot was free.
    pub fn publish(&self, lock: &RunLock, c: &Credential, fetched_micros: Micros) -> bool {
        if !std::ptr::eq(Arc::as_ptr(&lock.cache), self) || lock.id == 0 {
            return false;
        }
        let fd = self.fd.fd();
        // A file someone truncated is not written into (it would grow a
        // sparse file with no header); the next open rebuilds it.
        if fd < 0 || file_size(fd) != Some(FILE_SIZE) {
            return false;
        }
        let stamp = u64::from_le_bytes(random_bytes::<8>().unwrap_or_default()) | 1;
        if format::encode(&self.hasher, 0, 0, stamp, lock.id, c, fetched_micros).is_none() {
            return false;
        }
        for _ in 0..3 {
            let Some((slot, seen)) = self.choose_slot(lock.id) else {
                return false;
            };
            let written = self.with_slot(
                slot,
                |h| h.id == seen.id && h.seq == seen.seq,
                |fd, odd| {
                    let off = format::slot_offset(slot);
                    let even = odd.wrapping_add(1);
                    let Some(b) =
                        format::encode(&self.hasher, slot, even, stamp, lock.id, c, fetched_micros)
                    else {
                        return false;
                    };
                    zero_range(fd, off + 8, SLOT_SIZE - 8) && pwrite_all(fd, &b.0[8..], off + 8)
                },
            );
            if written {
                return true;
            }
        }
        false
    }

    /// Where `id` goes: its own slot, else an empty one, else the one that
    /// expires first (then the oldest) in its window.
    fn choose_slot(&self, id: EntryId) -> Option<(usize, Head)> {
        let mut empty = None;
        let mut victim: Option<(usize, Head)> = None;
        for slot in format::window(id) {
            let head = self.head(slot)?;
            if head.id == id {
                return Some((slot, head));
            }
            if empty.is_none() && head.id == 0 && head.seq.is_multiple_of(2) {
                empty = Some((slot, head));
            }
            if victim.is_none_or(|(_, v)| head.eviction_rank() < v.eviction_rank()) {
                victim = Some((slot, head));
            }
        }
        empty.or(victim)
    }

    /// Zeroes the entry; true when there was one.
    pub fn remove(&self, id: EntryId) -> bool {
        if id == 0 {
            return false;
        }
        // Before the entry goes: a process that sees it gone sees the bump.
        self.bump_revocations();
        let mut any = false;
        for slot in format::window(id) {
            if self.head(slot).is_some_and(|h| h.id == id) {
                any |= self.zero_slot(slot, |h| h.id == id);
            }
        }
        // And after: a process that read the entry (and the epoch) while it
        // was being zeroed still sees the epoch move.
        self.bump_revocations();
        any
    }

    /// Zeroes every entry holding `token`; how many.
    pub fn forget_token(&self, token: &[u8]) -> u64 {
        if token.is_empty() {
            return 0;
        }
        let tag = format::token_tag(&self.hasher, token);
        let hit = |h: &Head| h.id != 0 && h.tag == tag;
        self.bump_revocations();
        let n = (0..SLOTS)
            .filter(|&s| self.head(s).is_some_and(|h| hit(&h)) && self.zero_slot(s, hit))
            .count() as u64;
        // And after: see remove().
        self.bump_revocations();
        n
    }

    /// Zeroes every slot that holds anything; how many entries there were.
    pub fn clear(&self) -> u64 {
        let used = |h: &Head| !h.is_blank();
        self.bump_revocations();
        let n = (0..SLOTS)
            .filter(|&s| {
                self.head(s).is_some_and(|h| used(&h)) && {
                    let had = self.head(s).is_some_and(|h| h.id != 0);
                    self.zero_slot(s, used) && had
                }
            })
            .count() as u64;
        // And after: see remove().
        self.bump_revocations();
        n
    }

    /// Adds one to a host-wide counter.
    pub fn count(&self, c: Counter) {
        self.add_at(c.offset());
    }

    /// Adds one to the header's u64 at `offset`.
    fn add_at(&self, offset: u64) {
        let _inproc = lock_unpoisoned(&self.writes);
        let fd = self.fd.fd();
        if fd < 0 || lock::lock(fd, lock::COUNTER_BYTE).is_err() {
            return;
        }
        let mut b = [0u8; 8];
        if pread_exact(fd, &mut b, offset) {
            let n = u64::from_le_bytes(b).wrapping_add(1);
            pwrite_all(fd, &n.to_le_bytes(), offset);
        }
        lock::unlock(fd, lock::COUNTER_BYTE);
    }

    pub fn stats(&self) -> HostStats {
        let fd = self.fd.fd();
        let mut b = [0u8; 32];
        if fd < 0 || !pread_exact(fd, &mut b, format::COUNTERS_AT) {
            return HostStats::default();
        }
        HostStats {
            entries: (0..SLOTS)
                .filter(|&s| {
                    self.head(s)
                        .is_some_and(|h| h.id != 0 && h.seq.is_multiple_of(2))
                })
                .count() as u64,
            plugin_runs: format::u64_at(&b, 0),
            failures: format::u64_at(&b, 8),
            background_refreshes: format::u64_at(&b, 16),
            waited: format::u64_at(&b, 24),
        }
    }
}

impl RunLock {
    pub fn id(&self) -> EntryId {
        self.id
    }
}

impl Drop for RunLock {
    fn drop(&mut self) {
        let mut held = lock_unpoisoned(&self.cache.held);
        let fd = self.cache.fd.fd();
        // In a forked child the descriptor is gone (-1): the parent's lock
        // is the parent's to release.
        if fd >= 0 {
            lock::unlock(fd, self.byte);
        }
        held.remove(&self.byte);
    }
}

#[cfg(test)]
mod tests;
