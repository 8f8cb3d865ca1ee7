//! A forked child never shares its parent's open file description of the
//! cache file, so never its OFD locks: the `pthread_atfork` child handler
//! closes the descriptor, the child's old handle reads nothing, dropping an
//! inherited run lock in the child leaves the parent's lock held, and
//! `shared()` gives the child a handle of its own.
//!
//! Its own main() (harness = false): fork() in a single-threaded process.

use std::os::unix::fs::PermissionsExt;
use std::sync::Arc;

use php_k8s_auth::core::credential::Credential;
use php_k8s_auth::core::host_cache::{HostCache, shared};
use php_k8s_auth::core::secret::Secret;

const ID: u128 = 0xf0f0_1234;

fn check(ok: bool, code: i32) {
    if !ok {
        // SAFETY: ends the child without running the parent's exit handlers.
        unsafe { libc::_exit(code) };
    }
}

fn main() {
    let dir = std::env::temp_dir().join(format!("pk8s-hostfork-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();

    let h = shared(&dir).unwrap();
    let lock = h.try_lock(ID).unwrap();
    let c = Credential {
        token: Secret::new("fork-token".into()),
        client_certificate_data: None,
        client_key_data: None,
        expires_at: None,
    };
    assert!(h.publish(&lock, &c, 1));

    // SAFETY: this process has one thread.
    let pid = unsafe { libc::fork() };
    assert!(pid >= 0, "fork failed");
    if pid == 0 {
        // The inherited handle is closed: nothing read through it.
        check(h.read(ID).is_none(), 10);
        check(h.version(ID).is_none(), 11);
        // Dropping the inherited lock must not release the parent's.
        drop(lock);
        let mine = shared(&dir).unwrap_or_else(|_| unsafe { libc::_exit(12) });
        check(!Arc::ptr_eq(&h, &mine), 13);
        check(mine.read(ID).is_some_and(|s| s.credential == c), 14);
        check(mine.try_lock(ID).is_none(), 15);
        // SAFETY: as above.
        unsafe { libc::_exit(0) };
    }
    let mut status = 0;
    // SAFETY: waits for the child we forked.
    assert_eq!(unsafe { libc::waitpid(pid, &mut status, 0) }, pid);
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "child failed: status {status:#x} (exit code {})",
        libc::WEXITSTATUS(status)
    );
    let other = HostCache::open(&dir).unwrap();
    assert!(
        other.try_lock(ID).is_none(),
        "the parent still holds its lock"
    );
    drop(lock);
    assert!(other.try_lock(ID).is_some());
    assert!(h.read(ID).is_some(), "the parent's handle is untouched");
    std::fs::remove_dir_all(&dir).unwrap();
    println!("host_cache_fork: ok (the child reopened, the parent kept its lock)");
}
