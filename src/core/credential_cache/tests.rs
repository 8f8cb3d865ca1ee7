//! The process tier's rules.

use super::slot::backoff;
use super::*;
use crate::core::secret::Secret;
use std::sync::atomic::AtomicUsize;

pub(super) fn key(cmd: &str) -> CacheKey {
    CacheKey {
        program: PathBuf::from(cmd),
        file_id: (1, 2),
        args: Vec::new(),
        env_digest: 3,
        interactive: false,
        cwd: None,
    }
}

fn cred(token: &str, expires_in_secs: Option<i64>) -> Credential {
    Credential {
        token: Secret::new(token.into()),
        client_certificate_data: None,
        client_key_data: None,
        expires_at: expires_in_secs.map(|s| expiry::now_micros() + s * 1_000_000),
    }
}

#[test]
fn a_valid_entry_is_reused_and_a_forced_one_replaced() {
    let cache = Cache::new();
    let p = CachePolicy::default();
    let k = key("/bin/a");
    let a = cache
        .get(&k, &p, 60, false, || Ok(cred("one", Some(3600))))
        .unwrap();
    let b = cache
        .get(&k, &p, 60, false, || panic!("must not run"))
        .unwrap();
    assert_eq!(b.credential.token.expose(), "one");
    assert_eq!(a.generation, b.generation);
    let c = cache
        .get(&k, &p, 60, true, || Ok(cred("two", Some(3600))))
        .unwrap();
    assert_eq!(c.credential.token.expose(), "two");
    assert_ne!(c.generation, a.generation);
    assert_eq!(a.slot.unwrap().generation(), c.generation);
    let s = cache.stats();
    assert_eq!((s.plugin_runs, s.hits, s.misses, s.entries), (2, 1, 2, 1));
}

#[test]
fn an_entry_inside_the_callers_buffer_is_refetched() {
    let cache = Cache::new();
    let p = CachePolicy::default();
    let k = key("/bin/b");
    cache
        .get(&k, &p, 60, false, || Ok(cred("soon", Some(30))))
        .unwrap();
    // Valid for a caller with a 10 s buffer, not for one with 60 s.
    let short = cache
        .get(&k, &p, 10, false, || panic!("must not run"))
        .unwrap();
    assert_eq!(short.credential.token.expose(), "soon");
    let long = cache
        .get(&k, &p, 60, false, || Ok(cred("new", Some(3600))))
        .unwrap();
    assert_eq!(long.credential.token.expose(), "new");
}

#[test]
fn failures_are_not_cached_as_success_and_are_throttled() {
    let cache = Cache::new();
    let p = CachePolicy {
        failure_backoff: Duration::from_secs(60),
        ..CachePolicy::default()
    };
    let k = key("/bin/c");
    let boom = || {
        Err(AuthError::Failed {
            message: "boom".into(),
            hint: None,
        })
    };
    assert!(cache.get(&k, &p, 60, false, boom).is_err());
    let again = cache
        .get(&k, &p, 60, false, || panic!("throttled"))
        .unwrap_err();
    assert!(matches!(again, AuthError::Throttled { .. }), "{again}");
    assert!(again.to_string().contains("boom"));
    // refresh() is explicit and runs anyway.
    let forced = cache
        .get(&k, &p, 60, true, || Ok(cred("ok", None)))
        .unwrap();
    assert_eq!(forced.credential.token.expose(), "ok");
    assert_eq!(cache.stats().throttled, 1);
}

#[test]
fn concurrent_callers_share_one_run() {
    let cache = Arc::new(Cache::new());
    let runs = Arc::new(AtomicUsize::new(0));
    let threads: Vec<_> = (0..8)
        .map(|_| {
            let cache = cache.clone();
            let runs = runs.clone();
            std::thread::spawn(move || {
                cache
                    .get(&key("/bin/d"), &CachePolicy::default(), 60, false, || {
                        runs.fetch_add(1, Ordering::SeqCst);
                        std::thread::sleep(Duration::from_millis(200));
                        Ok(cred("shared", Some(3600)))
                    })
                    .map(|f| f.credential.token.expose().to_owned())
            })
        })
        .collect();
    for t in threads {
        assert_eq!(t.join().unwrap().unwrap(), "shared");
    }
    assert_eq!(runs.load(Ordering::SeqCst), 1);
}

#[test]
fn credentials_without_expiry_age_out() {
    let cache = Cache::new();
    let p = CachePolicy {
        max_age_without_expiry: Duration::ZERO,
        ..CachePolicy::default()
    };
    let k = key("/bin/e");
    cache
        .get(&k, &p, 60, false, || Ok(cred("a", None)))
        .unwrap();
    let b = cache
        .get(&k, &p, 60, false, || Ok(cred("b", None)))
        .unwrap();
    assert_eq!(b.credential.token.expose(), "b");
}

#[test]
fn disabled_cache_runs_every_time() {
    let cache = Cache::new();
    let p = CachePolicy {
        enabled: false,
        ..CachePolicy::default()
    };
    let k = key("/bin/f");
    cache
        .get(&k, &p, 60, false, || Ok(cred("a", Some(3600))))
        .unwrap();
    let b = cache
        .get(&k, &p, 60, false, || Ok(cred("b", Some(3600))))
        .unwrap();
    assert_eq!(b.credential.token.expose(), "b");
    assert_eq!(cache.stats().entries, 0);
}

#[test]
fn forget_drops_every_entry_holding_the_token_and_nothing_else() {
    let cache = Cache::new();
    let p = CachePolicy::default();
    let a = cache
        .get(&key("/bin/a"), &p, 60, false, || {
            Ok(cred("bad", Some(3600)))
        })
        .unwrap();
    cache
        .get(&key("/bin/b"), &p, 60, false, || {
            Ok(cred("bad", Some(3600)))
        })
        .unwrap();
    cache
        .get(&key("/bin/c"), &p, 60, false, || {
            Ok(cred("good", Some(3600)))
        })
        .unwrap();
    assert_eq!(cache.forget(b"unknown", None), 0);
    assert_eq!(cache.forget(b"", None), 0);
    assert_eq!(cache.forget(b"bad", None), 2);
    assert_eq!(cache.forget(b"bad", None), 0, "already gone");
    // The provider holding it sees another generation, and runs again.
    assert_ne!(a.slot.as_ref().unwrap().generation(), a.generation);
    let again = cache
        .get(&key("/bin/a"), &p, 60, false, || {
            Ok(cred("new", Some(3600)))
        })
        .unwrap();
    assert_eq!(again.credential.token.expose(), "new");
    let kept = cache
        .get(&key("/bin/c"), &p, 60, false, || panic!("must not run"))
        .unwrap();
    assert_eq!(kept.credential.token.expose(), "good");
    assert_eq!(cache.stats().entries, 2);
}

#[test]
fn forget_entry_drops_only_the_credential_it_was_given() {
    let cache = Cache::new();
    let p = CachePolicy::default();
    let k = key("/bin/f");
    let old = cache
        .get(&k, &p, 60, false, || Ok(cred("one", None)))
        .unwrap();
    let new = cache
        .get(&k, &p, 60, true, || Ok(cred("two", None)))
        .unwrap();
    assert!(!cache.forget_entry(&old), "replaced already");
    assert!(cache.forget_entry(&new));
    assert_eq!(cache.stats().entries, 0);
}

#[test]
fn max_credential_age_caps_a_long_expiry() {
    let cache = Cache::new();
    let p = CachePolicy {
        max_credential_age: Duration::from_millis(50),
        ..CachePolicy::default()
    };
    let k = key("/bin/g");
    let first = cache
        .get(&k, &p, 60, false, || Ok(cred("a", Some(3600))))
        .unwrap();
    let until = first.reuse_until.expect("capped");
    assert!(until <= expiry::now_micros() + 50_000);
    cache
        .get(&k, &p, 60, false, || panic!("still young"))
        .unwrap();
    std::thread::sleep(Duration::from_millis(60));
    let b = cache
        .get(&k, &p, 60, false, || Ok(cred("b", Some(3600))))
        .unwrap();
    assert_eq!(b.credential.token.expose(), "b");
    // Off by default: an expiring credential is held until its expiry.
    let plain = Cache::new()
        .get(&k, &CachePolicy::default(), 60, false, || {
            Ok(cred("c", Some(3600)))
        })
        .unwrap();
    assert_eq!(plain.reuse_until, None);
}

#[test]
fn a_credential_no_entry_holds_is_still_known_as_forgotten() {
    let cache = Cache::new();
    let off = CachePolicy {
        enabled: false,
        ..CachePolicy::default()
    };
    let k = key("/bin/off");
    let held = cache
        .get(&k, &off, 60, false, || Ok(cred("held-off", None)))
        .unwrap();
    let other = cache
        .get(&k, &off, 60, false, || Ok(cred("other-off", None)))
        .unwrap();
    assert!(!forgotten_since(held.forget_epoch, held.tag));
    assert_eq!(cache.forget(b"held-off", None), 0, "no entry held it");
    assert!(forgotten_since(held.forget_epoch, held.tag));
    assert!(!forgotten_since(other.forget_epoch, other.tag));
    // Handed out again after the forget: trusted again.
    let again = cache
        .get(&k, &off, 60, false, || Ok(cred("held-off", None)))
        .unwrap();
    assert!(!forgotten_since(again.forget_epoch, again.tag));
}

#[test]
fn backoff_doubles_up_to_the_maximum() {
    let p = CachePolicy::default();
    assert_eq!(backoff(&p, 1), Duration::from_secs(1));
    assert_eq!(backoff(&p, 3), Duration::from_secs(4));
    assert_eq!(backoff(&p, 30), Duration::from_secs(30));
}

#[test]
fn the_host_entry_id_covers_every_part_in_order_for_any_number_of_args() {
    use std::os::unix::ffi::OsStrExt;
    let hasher = KeyedHash::new([3; 16]);
    // What the id must be: every part, length-delimited, in this order.
    let reference = |k: &CacheKey| {
        let (dev, ino) = (k.file_id.0.to_le_bytes(), k.file_id.1.to_le_bytes());
        let env = k.env_digest.to_le_bytes();
        let count = (k.args.len() as u64).to_le_bytes();
        let flags = [u8::from(k.interactive), u8::from(k.cwd.is_some())];
        let mut parts: Vec<&[u8]> = vec![
            k.program.as_os_str().as_bytes(),
            &dev,
            &ino,
            &env,
            &flags,
            &count,
        ];
        parts.extend(k.args.iter().map(|a| a.as_bytes()));
        parts.extend(k.cwd.iter().map(|c| c.as_os_str().as_bytes()));
        hasher.hash(&parts)
    };
    let mut seen = std::collections::HashSet::new();
    // 9 and 10 args fill the on-stack parts exactly (with and without cwd).
    for n in [0, 1, 9, 10, 11, 40] {
        for cwd in [None, Some(PathBuf::from("/srv/app"))] {
            let mut k = key("/usr/bin/aws");
            k.args = (0..n).map(|i| format!("a{i}")).collect();
            k.cwd = cwd;
            assert_eq!(k.host_id(&hasher), reference(&k), "{n} args");
            assert!(seen.insert(k.host_id(&hasher)), "{n} args: a distinct id");
        }
    }
}
