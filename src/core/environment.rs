//! The environment a plugin inherits, read from the process as PHP's
//! `putenv()` leaves it, and a keyed digest of it for the credential cache.
//!
//! The digest is a sum of one keyed hash per `NAME=value` entry, so the
//! digest of "inherited environment + the configuration's `env` entries +
//! `KUBERNETES_EXEC_INFO`" is computed from the inherited sum in a few
//! steps, without building the merged list on every call.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::{OsStr, OsString};
use std::os::unix::ffi::OsStrExt;
use std::sync::{Arc, OnceLock, RwLock};

use super::keyed_hash::KeyedHash;

/// A snapshot of the process environment, with its digest.
#[derive(Debug, Clone)]
pub struct EnvSnapshot {
    /// In `environ` order, as the plugin gets them.
    pub entries: Vec<(OsString, OsString)>,
    /// Every raw `NAME=value` entry followed by a NUL: what a later read is
    /// compared with to see whether the environment changed.
    raw: Vec<u8>,
    /// Entry hash of the first entry of each name (the one getenv() finds).
    by_name: HashMap<OsString, u128>,
    sum: u128,
    /// The key the entry hashes were made with.
    key: KeyedHash,
}

impl EnvSnapshot {
    /// A snapshot of fixed entries, as tests pin them.
    pub fn from_entries(entries: Vec<(OsString, OsString)>) -> Self {
        let mut raw = Vec::new();
        for (k, v) in &entries {
            raw.extend_from_slice(k.as_bytes());
            raw.push(b'=');
            raw.extend_from_slice(v.as_bytes());
            raw.push(0);
        }
        Self::build(entries, raw)
    }

    fn build(entries: Vec<(OsString, OsString)>, raw: Vec<u8>) -> Self {
        Self::build_with(entries, raw, digest_key())
    }

    fn build_with(entries: Vec<(OsString, OsString)>, raw: Vec<u8>, key: KeyedHash) -> Self {
        let mut by_name = HashMap::with_capacity(entries.len());
        let mut sum = 0u128;
        for (k, v) in &entries {
            let h = entry_hash(&key, k.as_bytes(), v.as_bytes());
            sum = sum.wrapping_add(h);
            by_name.entry(k.clone()).or_insert(h);
        }
        EnvSnapshot {
            entries,
            raw,
            by_name,
            sum,
            key,
        }
    }

    /// The key its digests are made with.
    pub fn key(&self) -> KeyedHash {
        self.key
    }

    /// The same environment, its digests made with `key` (the host-wide
    /// cache's, so that every process of the user computes the same ones).
    pub fn rekeyed(&self, key: KeyedHash) -> EnvSnapshot {
        Self::build_with(self.entries.clone(), self.raw.clone(), key)
    }

    /// The value getenv() would return.
    pub fn get(&self, name: &str) -> Option<&OsStr> {
        self.entries
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_os_str())
    }

    /// The digest of this environment with `overrides` applied in order, each
    /// replacing the entry of its name as `plugin_runner::merge_env` does.
    /// Equal for two override lists exactly when the resulting environments
    /// are equal (up to a keyed 128-bit hash collision).
    pub fn digest_with(&self, overrides: &[(&str, &str)]) -> u128 {
        let mut sum = self.sum;
        // Later entries of one name win: only the last of each counts.
        for (i, (name, value)) in overrides.iter().enumerate().rev() {
            if overrides[i + 1..].iter().any(|(later, _)| later == name) {
                continue;
            }
            if let Some(old) = self.by_name.get(OsStr::new(name)) {
                sum = sum.wrapping_sub(*old);
            }
            sum = sum.wrapping_add(entry_hash(&self.key, name.as_bytes(), value.as_bytes()));
        }
        sum
    }
}

/// Keyed, so a kubeconfig cannot aim for a collision with another tenant's
/// environment: a random key per process, or the host-wide cache file's
/// secret key once that is open (see [`use_digest_key`]).
fn entry_hash(key: &KeyedHash, name: &[u8], value: &[u8]) -> u128 {
    key.hash(&[name, value])
}

static DIGEST_KEY: RwLock<Option<KeyedHash>> = RwLock::new(None);

/// The key new snapshots are digested with.
pub fn digest_key() -> KeyedHash {
    if let Some(k) = *DIGEST_KEY.read().unwrap_or_else(|p| p.into_inner()) {
        return k;
    }
    *DIGEST_KEY
        .write()
        .unwrap_or_else(|p| p.into_inner())
        .get_or_insert_with(KeyedHash::random)
}

/// From now on, digests are made with `key`: the host-wide cache's, shared by
/// every process of the user, so their cache keys agree.
pub fn use_digest_key(key: KeyedHash) {
    *DIGEST_KEY.write().unwrap_or_else(|p| p.into_inner()) = Some(key);
}

thread_local! {
    static LAST: RefCell<Option<Arc<EnvSnapshot>>> = const { RefCell::new(None) };
}

/// The live process environment. Rebuilt only when it changed since this
/// thread last looked: the entries are compared byte for byte with the last
/// snapshot (a few hundred nanoseconds). Comparing only `environ`'s pointers
/// would not do: PHP frees a `putenv()` string at the end of a request and
/// the next request's `putenv()` may get the same address with new content.
pub fn current() -> Arc<EnvSnapshot> {
    let Some(environ) = environ_symbol() else {
        return Arc::new(EnvSnapshot::from_entries(std::env::vars_os().collect()));
    };
    let _lock = EnvLock::take();
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        if let Some(snap) = last.as_ref()
            && unchanged(environ, &snap.raw)
            && snap.key == digest_key()
        {
            return snap.clone();
        }
        let snap = Arc::new(read(environ));
        *last = Some(snap.clone());
        snap
    })
}

/// PHP's environment lock, held while `environ` is read. A ZTS PHP exports
/// `tsrm_env_lock()`, which its `putenv()` holds while libc may move and free
/// the array; an NTS PHP (or no PHP) has none, and one thread needs none.
struct EnvLock(Option<unsafe extern "C" fn()>);

/// `tsrm_env_lock` and `tsrm_env_unlock`, looked up once by
/// [`resolve_env_lock`] at module startup; unset (no lock) in a process
/// without PHP, such as `cargo test`.
static ENV_LOCK: OnceLock<Option<(unsafe extern "C" fn(), unsafe extern "C" fn())>> =
    OnceLock::new();

/// Looks PHP's environment lock up, once, at module startup. `required`:
/// the PHP is thread-safe (ZTS), where reading `environ` without the lock
/// races with another thread's `putenv()`; a missing lock is then an error
/// for the caller to fail startup with, never a silent fallback.
pub fn resolve_env_lock(required: bool) -> std::result::Result<(), String> {
    let found = ENV_LOCK.get_or_init(|| {
        // SAFETY: symbol lookups only; both are `void (*)(void)` in TSRM.h,
        // so the transmutes give them their declared type.
        unsafe {
            let l = libc::dlsym(libc::RTLD_DEFAULT, c"tsrm_env_lock".as_ptr());
            let u = libc::dlsym(libc::RTLD_DEFAULT, c"tsrm_env_unlock".as_ptr());
            (!l.is_null() && !u.is_null()).then(|| {
                (
                    std::mem::transmute::<*mut libc::c_void, unsafe extern "C" fn()>(l),
                    std::mem::transmute::<*mut libc::c_void, unsafe extern "C" fn()>(u),
                )
            })
        }
    });
    if required && found.is_none() {
        return Err("this PHP is thread-safe (ZTS) but does not export tsrm_env_lock()/tsrm_env_unlock(), which reading the environment safely needs".into());
    }
    Ok(())
}

impl EnvLock {
    fn take() -> EnvLock {
        match ENV_LOCK.get().copied().flatten() {
            Some((lock, unlock)) => {
                // SAFETY: PHP's own lock function, resolved at startup.
                unsafe { lock() };
                EnvLock(Some(unlock))
            }
            None => EnvLock(None),
        }
    }
}

impl Drop for EnvLock {
    fn drop(&mut self) {
        if let Some(unlock) = self.0 {
            // SAFETY: the lock was taken in take().
            unsafe { unlock() };
        }
    }
}

/// Iterates `environ`'s entries as byte strings.
///
/// # Safety
/// `environ` must point to the process's `__environ` variable.
unsafe fn for_each_entry(environ: usize, mut f: impl FnMut(&[u8]) -> bool) -> bool {
    // SAFETY: `__environ` is a NULL-terminated array of NUL-terminated
    // strings, read as getenv() reads it.
    unsafe {
        let mut entry = *(environ as *const *const *const libc::c_char);
        while !entry.is_null() && !(*entry).is_null() {
            if !f(std::ffi::CStr::from_ptr(*entry).to_bytes()) {
                return false;
            }
            entry = entry.add(1);
        }
    }
    true
}

fn unchanged(environ: usize, raw: &[u8]) -> bool {
    let mut pos = 0;
    // SAFETY: `environ` comes from environ_symbol().
    let same = unsafe {
        for_each_entry(environ, |e| {
            let end = pos + e.len();
            let ok = raw.get(pos..end) == Some(e) && raw.get(end) == Some(&0);
            pos = end + 1;
            ok
        })
    };
    same && pos == raw.len()
}

fn read(environ: usize) -> EnvSnapshot {
    let mut entries = Vec::new();
    let mut raw = Vec::new();
    // SAFETY: `environ` comes from environ_symbol().
    unsafe {
        for_each_entry(environ, |bytes| {
            raw.extend_from_slice(bytes);
            raw.push(0);
            // A name never starts with '='; the value may contain more of them.
            if let Some(eq) = bytes.iter().skip(1).position(|b| *b == b'=') {
                let (name, value) = (&bytes[..eq + 1], &bytes[eq + 2..]);
                entries.push((
                    OsStr::from_bytes(name).to_owned(),
                    OsStr::from_bytes(value).to_owned(),
                ));
            }
            true
        });
    }
    EnvSnapshot::build(entries, raw)
}

/// The address of the executable's `__environ`, looked up once. Not libc's:
/// a PHP built without -fPIC (upstream's default) keeps its own copy of
/// `__environ` (a copy relocation) that getenv()/putenv() use and PHP moves
/// at start-up, while the extension, loaded with RTLD_DEEPBIND, binds to
/// libc's stale original.
fn environ_symbol() -> Option<usize> {
    static SYM: OnceLock<usize> = OnceLock::new();
    let sym = *SYM.get_or_init(|| {
        // PHP loads extensions with RTLD_DEEPBIND, so even RTLD_DEFAULT would
        // find libc's before the executable's: ask the main program's handle.
        // SAFETY: dlopen(NULL) returns the main program; dlvsym/dlsym only look up.
        unsafe {
            let main = libc::dlopen(std::ptr::null(), libc::RTLD_LAZY | libc::RTLD_NOLOAD);
            let handle = if main.is_null() {
                libc::RTLD_DEFAULT
            } else {
                main
            };
            let v = libc::dlvsym(handle, c"__environ".as_ptr(), c"GLIBC_2.2.5".as_ptr());
            let v = if v.is_null() {
                libc::dlsym(handle, c"__environ".as_ptr())
            } else {
                v
            };
            if !main.is_null() {
                libc::dlclose(main);
            }
            v as usize
        }
    });
    (sym != 0).then_some(sym)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snap(pairs: &[(&str, &str)]) -> EnvSnapshot {
        EnvSnapshot::from_entries(
            pairs
                .iter()
                .map(|(k, v)| ((*k).into(), (*v).into()))
                .collect(),
        )
    }

    #[test]
    fn current_sees_what_the_process_set_and_follows_changes() {
        // SAFETY: this test is the only user of the variable.
        unsafe { std::env::set_var("PK8S_ENV_PROBE", "a=b") };
        let one = current();
        assert_eq!(one.get("PK8S_ENV_PROBE"), Some(OsStr::new("a=b")));
        assert_eq!(one.entries.len(), std::env::vars_os().count());
        assert!(Arc::ptr_eq(&one, &current()), "unchanged: same snapshot");
        // Same length, other content: a new snapshot with another digest.
        unsafe { std::env::set_var("PK8S_ENV_PROBE", "a=c") };
        let two = current();
        assert_eq!(two.get("PK8S_ENV_PROBE"), Some(OsStr::new("a=c")));
        assert_ne!(one.digest_with(&[]), two.digest_with(&[]));
        unsafe { std::env::remove_var("PK8S_ENV_PROBE") };
        assert_eq!(current().get("PK8S_ENV_PROBE"), None);
    }

    #[test]
    fn digest_is_that_of_the_merged_environment() {
        let base = snap(&[("PATH", "/bin"), ("AWS_PROFILE", "a")]);
        let merged = snap(&[("PATH", "/bin"), ("AWS_PROFILE", "b"), ("X", "1")]);
        assert_eq!(
            base.digest_with(&[("AWS_PROFILE", "b"), ("X", "1")]),
            merged.digest_with(&[])
        );
        // Setting a variable to its inherited value changes nothing.
        assert_eq!(
            base.digest_with(&[("AWS_PROFILE", "a")]),
            base.digest_with(&[])
        );
        // The last of two entries of one name wins.
        assert_eq!(
            base.digest_with(&[("X", "0"), ("X", "1")]),
            base.digest_with(&[("X", "1")])
        );
        assert_ne!(
            base.digest_with(&[("X", "1")]),
            base.digest_with(&[("X", "2")])
        );
        // Name and value boundaries matter.
        assert_ne!(
            base.digest_with(&[("AB", "C")]),
            base.digest_with(&[("A", "BC")])
        );
        assert_ne!(
            snap(&[("A", "1")]).digest_with(&[]),
            snap(&[]).digest_with(&[])
        );
    }
}
