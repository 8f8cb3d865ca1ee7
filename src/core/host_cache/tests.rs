use std::os::unix::fs::PermissionsExt;
use std::sync::Barrier;

use super::*;
use crate::core::secret::Secret;

struct Scratch(PathBuf);

impl Scratch {
    fn new(tag: &str) -> Scratch {
        let d = std::env::temp_dir().join(format!("pk8s-host-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir(&d).unwrap();
        std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o700)).unwrap();
        Scratch(d)
    }
    fn file(&self) -> PathBuf {
        self.0.join(FILE_NAME)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn cred(token: &str, expires: Option<Micros>) -> Credential {
    Credential {
        token: Secret::new(token.into()),
        client_certificate_data: None,
        client_key_data: None,
        expires_at: expires,
    }
}

fn put(c: &Arc<HostCache>, id: EntryId, cr: &Credential) -> bool {
    let l = c.try_lock(id).expect("run lock free");
    c.publish(&l, cr, 1_000)
}

fn raw_contains(path: &Path, needle: &[u8]) -> bool {
    std::fs::read(path)
        .unwrap()
        .windows(needle.len())
        .any(|w| w == needle)
}

#[test]
fn a_published_credential_reads_back_exactly_and_other_ids_are_absent() {
    let s = Scratch::new("roundtrip");
    let c = HostCache::open(&s.0).unwrap();
    assert_eq!(c.path(), s.file());
    let pair = Credential {
        token: Secret::new(String::new()),
        client_certificate_data: Some(Secret::new("-----BEGIN CERTIFICATE-----\nx".into())),
        client_key_data: Some(Secret::new("-----BEGIN PRIVATE KEY-----\ny".into())),
        expires_at: Some(1_900_000_000_000_000),
    };
    assert!(put(&c, 7, &pair));
    assert!(put(&c, 8, &cred("tok-8", None)));
    let got = c.read(7).unwrap();
    assert_eq!(got.credential, pair);
    assert_eq!(got.fetched_micros, 1_000);
    assert_eq!(c.version(7), Some(got.version));
    assert_eq!(c.read(8).unwrap().credential, cred("tok-8", None));
    assert!(c.read(9).is_none() && c.version(9).is_none() && c.read(0).is_none());
    // Replacing changes the version; a second handle sees the same.
    assert!(put(&c, 7, &cred("tok-7b", Some(5))));
    assert_ne!(c.version(7), Some(got.version));
    let other = HostCache::open(&s.0).unwrap();
    assert_eq!(other.read(7).unwrap().credential, cred("tok-7b", Some(5)));
    assert_eq!(other.hasher(), c.hasher());
    assert_eq!(c.stats().entries, 2);
}

#[test]
fn a_flipped_byte_anywhere_in_an_entry_reads_as_absent() {
    let s = Scratch::new("flip");
    let c = HostCache::open(&s.0).unwrap();
    let id: EntryId = 0x1234_5678;
    assert!(put(&c, id, &cred("flip-token", Some(99))));
    let slot = (id % SLOTS as u128) as u64;
    let at = format::slot_offset(slot as usize);
    let f = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(s.file())
        .unwrap();
    use std::os::unix::fs::FileExt;
    // Bytes 0..8 (the seq) are covered too; 16..32 (the id) just hide it.
    for i in (0..(HEAD as u64 + 10)).step_by(3) {
        let mut b = [0u8; 1];
        f.read_exact_at(&mut b, at + i).unwrap();
        f.write_all_at(&[b[0] ^ 0x40], at + i).unwrap();
        assert!(c.read(id).is_none(), "byte {i} flipped");
        f.write_all_at(&b, at + i).unwrap();
        assert!(c.read(id).is_some(), "byte {i} restored");
    }
}

#[test]
fn a_garbage_header_or_a_wrong_size_is_rebuilt_and_the_old_data_not_trusted() {
    let s = Scratch::new("rebuild");
    let c = HostCache::open(&s.0).unwrap();
    assert!(put(&c, 3, &cred("old-token", None)));
    let key = c.hasher();
    drop(c);
    // Garbage in the header.
    use std::os::unix::fs::FileExt;
    let f = std::fs::OpenOptions::new()
        .write(true)
        .open(s.file())
        .unwrap();
    f.write_all_at(b"garbage!", 0).unwrap();
    drop(f);
    let c = HostCache::open(&s.0).unwrap();
    assert_ne!(c.hasher(), key, "a new file with a new key");
    assert!(c.read(3).is_none());
    assert!(!raw_contains(&s.file(), b"old-token"));
    assert_eq!(std::fs::metadata(s.file()).unwrap().len(), FILE_SIZE);
    // A file of the wrong size, with a valid header.
    assert!(put(&c, 3, &cred("old-token", None)));
    let key = c.hasher();
    drop(c);
    let f = std::fs::OpenOptions::new()
        .write(true)
        .open(s.file())
        .unwrap();
    f.set_len(FILE_SIZE + 1).unwrap();
    drop(f);
    let c = HostCache::open(&s.0).unwrap();
    assert_ne!(c.hasher(), key);
    assert!(c.read(3).is_none());
    // An empty file is initialised; no temporary file is left behind, and
    // one left by a process that died while rebuilding is removed.
    drop(c);
    std::fs::write(s.file(), b"").unwrap();
    std::fs::write(s.0.join(format!("{FILE_NAME}.1.00.tmp")), b"stale").unwrap();
    let c = HostCache::open(&s.0).unwrap();
    assert!(c.read(3).is_none() && put(&c, 3, &cred("new", None)));
    let names: Vec<_> = std::fs::read_dir(&s.0)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from(FILE_NAME)]);
}

#[test]
fn a_file_truncated_under_an_open_handle_reads_as_absent_and_is_not_written() {
    let s = Scratch::new("trunc");
    let c = HostCache::open(&s.0).unwrap();
    assert!(put(&c, 5, &cred("t5", None)));
    std::fs::OpenOptions::new()
        .write(true)
        .open(s.file())
        .unwrap()
        .set_len(0)
        .unwrap();
    assert!(c.read(5).is_none());
    assert!(c.version(5).is_none());
    let l = c.try_lock(5).unwrap();
    assert!(!c.publish(&l, &cred("t5", None), 1));
    assert!(!c.remove(5));
    assert_eq!(c.clear(), 0);
    c.count(Counter::PluginRun);
    assert_eq!(c.stats(), HostStats::default());
    assert_eq!(
        std::fs::metadata(s.file()).unwrap().len(),
        0,
        "never grown back"
    );
    // The next open rebuilds it.
    drop(l);
    let again = HostCache::open(&s.0).unwrap();
    assert!(put(&again, 5, &cred("t5", None)));
}

#[test]
fn two_threads_of_one_process_never_both_hold_the_run_lock() {
    let s = Scratch::new("threads");
    let c = HostCache::open(&s.0).unwrap();
    let held = c.try_lock(11).unwrap();
    assert_eq!(held.id(), 11);
    assert!(c.try_lock(11).is_none(), "same thread, same handle");
    let c2 = Arc::clone(&c);
    assert!(
        std::thread::spawn(move || c2.try_lock(11).is_none())
            .join()
            .unwrap()
    );
    assert!(c.try_lock(12).is_some(), "another id is another lock");
    // Another open file description (another handle) is excluded by the OFD lock.
    let other = HostCache::open(&s.0).unwrap();
    assert!(other.try_lock(11).is_none());
    drop(held);
    assert!(other.try_lock(11).is_some());

    // Many threads racing: exactly one wins each round.
    for _ in 0..20 {
        let barrier = Arc::new(Barrier::new(8));
        let winners: usize = (0..8)
            .map(|_| {
                let (c, b) = (Arc::clone(&c), Arc::clone(&barrier));
                std::thread::spawn(move || {
                    b.wait();
                    let l = c.try_lock(13);
                    b.wait();
                    l.is_some() as usize
                })
            })
            .collect::<Vec<_>>()
            .into_iter()
            .map(|t| t.join().unwrap())
            .sum();
        assert_eq!(winners, 1);
    }
}

#[test]
fn remove_forget_and_clear_zero_the_token_bytes_in_the_file() {
    let s = Scratch::new("zero");
    let c = HostCache::open(&s.0).unwrap();
    assert!(put(&c, 21, &cred("TOKEN-REMOVED-XYZ", None)));
    assert!(put(&c, 22, &cred("TOKEN-FORGOTTEN-XYZ", None)));
    assert!(put(&c, 23, &cred("TOKEN-FORGOTTEN-XYZ", None)));
    assert!(put(&c, 24, &cred("TOKEN-CLEARED-XYZ", None)));
    for t in ["REMOVED", "FORGOTTEN", "CLEARED"] {
        assert!(raw_contains(&s.file(), format!("TOKEN-{t}-XYZ").as_bytes()));
    }
    assert!(c.remove(21));
    assert!(!c.remove(21));
    assert!(!raw_contains(&s.file(), b"TOKEN-REMOVED-XYZ"));
    assert_eq!(c.stats().entries, 3);
    assert_eq!(c.forget_token(b"TOKEN-FORGOTTEN-XYZ"), 2);
    assert_eq!(c.forget_token(b"TOKEN-FORGOTTEN-XYZ"), 0);
    assert_eq!(c.forget_token(b""), 0);
    assert!(!raw_contains(&s.file(), b"TOKEN-FORGOTTEN-XYZ"));
    assert!(c.read(24).is_some());
    assert_eq!(c.clear(), 1);
    assert!(!raw_contains(&s.file(), b"TOKEN-CLEARED-XYZ"));
    assert!(c.read(24).is_none());
    assert_eq!(c.stats().entries, 0);
    // Replacing a long token by a short one leaves nothing of the long one.
    assert!(put(&c, 25, &cred("LONG-LONG-LONG-TOKEN", None)));
    assert!(put(&c, 25, &cred("short", None)));
    assert!(!raw_contains(&s.file(), b"LONG-TOKEN"));
}

#[test]
fn a_full_window_evicts_the_entry_that_expires_first_and_zeroes_it() {
    let s = Scratch::new("evict");
    let c = HostCache::open(&s.0).unwrap();
    // Ids with the same home slot compete for one window.
    let id = |k: u128| 5 + k * SLOTS as u128;
    for k in 0..format::PROBE as u128 {
        let exp = if k == 3 { 10 } else { 1000 + k as i64 };
        assert!(put(&c, id(k), &cred(&format!("EVICT-{k:02}"), Some(exp))));
    }
    assert_eq!(c.stats().entries, format::PROBE as u64);
    assert!(put(&c, id(99), &cred("EVICT-new", Some(5000))));
    assert!(c.read(id(3)).is_none(), "the earliest expiry went");
    assert!(!raw_contains(&s.file(), b"EVICT-03"));
    for k in (0..format::PROBE as u128).filter(|&k| k != 3) {
        assert!(c.read(id(k)).is_some(), "{k} kept");
    }
    assert!(c.read(id(99)).is_some());
    assert_eq!(c.stats().entries, format::PROBE as u64);
}

#[test]
fn a_credential_too_big_for_a_slot_is_not_published() {
    let s = Scratch::new("big");
    let c = HostCache::open(&s.0).unwrap();
    assert!(!put(&c, 1, &cred(&"b".repeat(MAX_DATA + 1), None)));
    assert!(c.read(1).is_none());
    assert!(put(&c, 1, &cred(&"b".repeat(MAX_DATA), None)));
    assert_eq!(c.read(1).unwrap().credential.token.expose().len(), MAX_DATA);
    // A lock from another handle publishes nothing here.
    let other = HostCache::open(&s.0).unwrap();
    let l = other.try_lock(2).unwrap();
    assert!(!c.publish(&l, &cred("x", None), 1));
}

#[test]
fn counters_add_up_and_start_at_zero() {
    let s = Scratch::new("count");
    let c = HostCache::open(&s.0).unwrap();
    assert_eq!(c.stats(), HostStats::default());
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let c = Arc::clone(&c);
            std::thread::spawn(move || {
                for _ in 0..50 {
                    c.count(Counter::PluginRun);
                    c.count(Counter::Waited);
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    c.count(Counter::Failure);
    c.count(Counter::BackgroundRefresh);
    c.count(Counter::BackgroundRefresh);
    let other = HostCache::open(&s.0).unwrap();
    assert_eq!(
        other.stats(),
        HostStats {
            entries: 0,
            plugin_runs: 200,
            failures: 1,
            background_refreshes: 2,
            waited: 200,
        }
    );
}

#[test]
fn shared_reuses_one_handle_and_reports_a_refusal_once() {
    let s = Scratch::new("shared");
    let a = shared(&s.0).unwrap();
    let b = shared(&s.0).unwrap();
    assert!(Arc::ptr_eq(&a, &b));
    let bad = s.0.join("open-to-all");
    std::fs::create_dir(&bad).unwrap();
    std::fs::set_permissions(&bad, std::fs::Permissions::from_mode(0o755)).unwrap();
    let e = shared(&bad).unwrap_err();
    assert!(e.first_failure);
    assert!(e.reason.contains(&*bad.to_string_lossy()), "{}", e.reason);
    assert!(e.reason.contains("mode 755"), "{}", e.reason);
    let e2 = shared(&bad).unwrap_err();
    assert!(!e2.first_failure);
    assert_eq!(e2.reason, e.reason);
}

#[test]
fn shared_reopens_a_file_replaced_by_a_rebuild() {
    let s = Scratch::new("replaced");
    let a = shared(&s.0).unwrap();
    std::fs::write(s.file(), b"not a cache").unwrap();
    std::fs::set_permissions(s.file(), std::fs::Permissions::from_mode(0o600)).unwrap();
    // Within a second the handle is not re-examined; after it, it is.
    std::thread::sleep(shared::RECHECK + Duration::from_millis(50));
    let b = shared(&s.0).unwrap();
    assert!(!Arc::ptr_eq(&a, &b));
    assert_eq!(std::fs::metadata(s.file()).unwrap().len(), FILE_SIZE);
}

use std::time::Duration;
