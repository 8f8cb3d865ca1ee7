//! Locks and descriptors of the cache file.
//!
//! OFD locks (`F_OFD_SETLK`) belong to an open file description and are
//! released by the kernel when its last descriptor closes, so a worker
//! killed while it holds one never wedges the others. They lock byte ranges
//! that need not exist in the file; the lock bytes live far past its end.
//!
//! The descriptors live in a fixed table so that a `pthread_atfork` child
//! handler can close them without allocating or locking: a child never
//! shares the parent's open file description, and so never its locks.

use std::io;
use std::os::fd::{IntoRawFd, OwnedFd};
use std::sync::Once;
use std::sync::atomic::{AtomicI32, Ordering};

/// The byte a slot's writers lock (`F_OFD_SETLKW`, held for a few writes).
pub(super) fn write_byte(slot: usize) -> i64 {
    (1 << 48) + slot as i64
}

/// The byte the host-wide counters' writers lock.
pub(super) const COUNTER_BYTE: i64 = (1 << 48) - 1;

/// Taken and released once at open, to see that OFD locks work there.
pub(super) const PROBE_BYTE: i64 = (1 << 48) - 2;

/// The single-flight byte of an entry: derived from the entry id (not its
/// slot, which is only known once it is published), 40 bits of it, so two
/// entries practically never share one.
pub(super) fn run_byte(id: u128) -> i64 {
    (1 << 50) + (id as u64 & ((1 << 40) - 1)) as i64
}

fn ofd(fd: i32, cmd: i32, kind: i32, byte: i64) -> io::Result<()> {
    // SAFETY: a zeroed struct flock is valid; OFD locks need l_pid = 0.
    let mut fl: libc::flock = unsafe { std::mem::zeroed() };
    fl.l_type = kind as libc::c_short;
    fl.l_whence = libc::SEEK_SET as libc::c_short;
    fl.l_start = byte;
    fl.l_len = 1;
    loop {
        // SAFETY: fcntl with a lock command and a struct flock we own.
        if unsafe { libc::fcntl(fd, cmd, &mut fl) } == 0 {
            return Ok(());
        }
        let e = io::Error::last_os_error();
        if e.raw_os_error() != Some(libc::EINTR) {
            return Err(e);
        }
    }
}

/// Takes the byte without waiting. Ok(false): someone else holds it.
pub(super) fn try_lock(fd: i32, byte: i64) -> io::Result<bool> {
    match ofd(fd, libc::F_OFD_SETLK, libc::F_WRLCK, byte) {
        Ok(()) => Ok(true),
        Err(e) if matches!(e.raw_os_error(), Some(libc::EAGAIN) | Some(libc::EACCES)) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Takes the byte, waiting for its holder (who holds it for a few writes).
pub(super) fn lock(fd: i32, byte: i64) -> io::Result<()> {
    ofd(fd, libc::F_OFD_SETLKW, libc::F_WRLCK, byte)
}

pub(super) fn unlock(fd: i32, byte: i64) {
    let _ = ofd(fd, libc::F_OFD_SETLK, libc::F_UNLCK, byte);
}

/// Exclusive `flock` of the folder: creation and rebuilding of the file.
/// Released when the descriptor closes.
pub(super) fn flock_exclusive(fd: i32) -> io::Result<()> {
    loop {
        // SAFETY: flock on a descriptor the caller owns.
        if unsafe { libc::flock(fd, libc::LOCK_EX) } == 0 {
            return Ok(());
        }
        let e = io::Error::last_os_error();
        if e.raw_os_error() != Some(libc::EINTR) {
            return Err(e);
        }
    }
}

const TABLE: usize = 128;
const EMPTY: i32 = -1;
/// Claimed but not yet holding a descriptor.
const CLAIMED: i32 = -2;

#[allow(clippy::declare_interior_mutable_const)]
const FREE: AtomicI32 = AtomicI32::new(EMPTY);
static FDS: [AtomicI32; TABLE] = [FREE; TABLE];

extern "C" fn close_in_child() {
    // Only async-signal-safe calls: atomic swaps and close().
    for slot in &FDS {
        let fd = slot.swap(CLAIMED, Ordering::AcqRel);
        if fd >= 0 {
            // SAFETY: a descriptor this table owns; nobody else closes it.
            unsafe { libc::close(fd) };
        } else {
            slot.store(fd, Ordering::Release);
        }
    }
}

/// Where a handle's descriptor is kept: `fd()` gives -1 once it was closed
/// in a forked child.
pub(super) struct Registered(usize);

impl Registered {
    pub(super) fn new(fd: OwnedFd) -> Result<Registered, String> {
        static ATFORK: Once = Once::new();
        ATFORK.call_once(|| {
            // SAFETY: registers a handler that only closes descriptors.
            unsafe { libc::pthread_atfork(None, None, Some(close_in_child)) };
        });
        for (i, slot) in FDS.iter().enumerate() {
            if slot
                .compare_exchange(EMPTY, CLAIMED, Ordering::AcqRel, Ordering::Acquire)
                .is_ok()
            {
                slot.store(fd.into_raw_fd(), Ordering::Release);
                return Ok(Registered(i));
            }
        }
        Err(format!(
            "this process already has {TABLE} host cache files open"
        ))
    }

    /// The descriptor, or -1 when it was closed in this forked child.
    pub(super) fn fd(&self) -> i32 {
        let fd = FDS[self.0].load(Ordering::Acquire);
        if fd >= 0 { fd } else { -1 }
    }
}

impl Drop for Registered {
    fn drop(&mut self) {
        let fd = FDS[self.0].swap(CLAIMED, Ordering::AcqRel);
        if fd >= 0 {
            // SAFETY: the descriptor this entry owns.
            unsafe { libc::close(fd) };
        }
        FDS[self.0].store(EMPTY, Ordering::Release);
    }
}
