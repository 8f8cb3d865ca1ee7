//! Background refresh threads: started by the credential cache when a
//! credential nears its refresh point, so no request waits for the plugin.
//!
//! A refresher uses only the PHP-free core, with everything it needs captured
//! on the request thread (environment, settings, the program found), and
//! never touches the engine. It lives until its plugin has exited, because
//! `PR_SET_PDEATHSIG` fires when the thread that started the plugin ends.
//! PHP's module shutdown calls [`shutdown`]: the module's code must not be
//! unloaded under a running thread, so a refresh still running after a grace
//! is cancelled (its plugin killed) and waited for.

use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU32, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Refresh threads running in this process.
static ACTIVE: AtomicUsize = AtomicUsize::new(0);
/// Set by [`shutdown`]: no new refresh starts.
static STOPPING: AtomicBool = AtomicBool::new(false);
/// An eventfd that becomes readable to cancel running refreshes, and the
/// process it belongs to (a forked child makes its own).
static CANCEL_FD: AtomicI32 = AtomicI32::new(-1);
static CANCEL_PID: AtomicU32 = AtomicU32::new(0);

/// Decrements [`ACTIVE`] however the thread ends.
struct Active;

impl Drop for Active {
    fn drop(&mut self) {
        ACTIVE.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Runs `work` on a new thread. False when none was started (PHP is shutting
/// down, or the system refused a thread): the caller then refreshes the
/// usual way, when the credential is due.
pub fn spawn(work: impl FnOnce() + Send + 'static) -> bool {
    if STOPPING.load(Ordering::Acquire) {
        return false;
    }
    ACTIVE.fetch_add(1, Ordering::AcqRel);
    let started = std::thread::Builder::new()
        .name("k8s-auth-refresh".into())
        .stack_size(256 * 1024)
        .spawn(move || {
            let _active = Active;
            // A panic ends this refresh only; the credential stays as it was.
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work));
        });
    if started.is_err() {
        ACTIVE.fetch_sub(1, Ordering::AcqRel);
        return false;
    }
    true
}

/// Refresh threads running now.
pub fn active() -> usize {
    ACTIVE.load(Ordering::Acquire)
}

/// The descriptor that cancels this process's refreshes (`Limits::cancel`).
pub fn cancel_fd() -> Option<i32> {
    let pid = std::process::id();
    let fd = CANCEL_FD.load(Ordering::Acquire);
    if fd >= 0 && CANCEL_PID.load(Ordering::Acquire) == pid {
        return Some(fd);
    }
    // SAFETY: eventfd has no memory preconditions.
    let new = unsafe { libc::eventfd(0, libc::EFD_CLOEXEC | libc::EFD_NONBLOCK) };
    if new < 0 {
        return None;
    }
    match CANCEL_FD.compare_exchange(fd, new, Ordering::AcqRel, Ordering::Acquire) {
        Ok(_) => {
            CANCEL_PID.store(pid, Ordering::Release);
            Some(new)
        }
        Err(other) => {
            // Another thread made one first.
            // SAFETY: closing the descriptor made above, used by no one.
            unsafe { libc::close(new) };
            Some(other)
        }
    }
}

/// Module shutdown: no new refresh starts; running ones get `grace` to
/// finish (their result is published for the other processes), then they are
/// cancelled and waited for, at most one more second.
pub fn shutdown(grace: Duration) {
    STOPPING.store(true, Ordering::Release);
    if !wait_idle(grace) {
        let fd = CANCEL_FD.load(Ordering::Acquire);
        if fd >= 0 && CANCEL_PID.load(Ordering::Acquire) == std::process::id() {
            let one: u64 = 1;
            // SAFETY: writing 8 bytes to our eventfd.
            unsafe { libc::write(fd, (&one as *const u64).cast(), 8) };
        }
        wait_idle(Duration::from_secs(1));
    }
}

fn wait_idle(limit: Duration) -> bool {
    let end = Instant::now() + limit;
    while ACTIVE.load(Ordering::Acquire) > 0 {
        if Instant::now() >= end {
            return false;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    true
}

/// In a forked child: the parent's refresh threads do not exist here.
pub fn after_fork_in_child() {
    ACTIVE.store(0, Ordering::Release);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refresh_runs_and_is_counted_until_it_ends() {
        let (tx, rx) = std::sync::mpsc::channel();
        let (go_tx, go_rx) = std::sync::mpsc::channel::<()>();
        assert!(spawn(move || {
            let _ = go_rx.recv();
            tx.send(42).unwrap();
        }));
        assert!(active() >= 1);
        go_tx.send(()).unwrap();
        assert_eq!(rx.recv().unwrap(), 42);
        assert!(wait_idle(Duration::from_secs(5)));
        assert!(cancel_fd().is_some());
        assert_eq!(cancel_fd(), cancel_fd());
    }
}
