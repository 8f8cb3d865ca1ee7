//! The host-wide tier and refresh ahead, with two `Cache`s standing for two
//! processes (each opens the file itself: separate open file descriptions,
//! so their run locks exclude each other as two processes' do).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use super::tests::key;
use super::*;
use crate::core::secret::Secret;

fn cred(token: &str, expires_in_secs: i64) -> Credential {
    Credential {
        token: Secret::new(token.into()),
        client_certificate_data: None,
        client_key_data: None,
        expires_at: Some(expiry::now_micros() + expires_in_secs * 1_000_000),
    }
}

fn folder(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!(
        "k8s-auth-tier-{name}-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    let _ = std::fs::remove_dir_all(&d);
    d
}

/// A "process": its own process tier and its own handle on the file.
fn process(dir: &std::path::Path, k: &CacheKey) -> (Cache, HostTier) {
    let cache = HostCache::open(dir).expect("host cache opens");
    let id = k.host_id(&cache.hasher());
    (Cache::new(), HostTier { cache, id })
}

/// Two "processes" on one fresh folder, for the entry of `cmd`.
fn two_processes(
    name: &str,
    cmd: &str,
) -> (PathBuf, CacheKey, (Cache, HostTier), (Cache, HostTier)) {
    let dir = folder(name);
    let k = key(cmd);
    let a = process(&dir, &k);
    let b = process(&dir, &k);
    (dir, k, a, b)
}

fn ahead() -> CachePolicy {
    CachePolicy {
        refresh_ahead: true,
        ..CachePolicy::default()
    }
}

fn lookup<'a>(k: &'a CacheKey, p: &'a CachePolicy, h: &'a HostTier) -> Lookup<'a> {
    Lookup {
        host: Some(h),
        ..Lookup::local(k, p, 60)
    }
}

#[test]
fn a_second_process_takes_the_first_ones_credential() {
    let (dir, k, (a, ha), (b, hb)) = two_processes("share", "/bin/share");
    let p = CachePolicy::default();
    let first = a
        .get_with(&lookup(&k, &p, &ha), || Ok(cred("shared-one", 3600)))
        .unwrap();
    let second = b
        .get_with(&lookup(&k, &p, &hb), || panic!("the other process ran it"))
        .unwrap();
    assert_eq!(second.credential.token.expose(), "shared-one");
    assert_eq!(first.credential.token.expose(), "shared-one");
    let s = hb.cache.stats();
    assert_eq!((s.entries, s.plugin_runs, s.waited), (1, 1, 1));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_process_waits_for_the_run_another_one_holds() {
    let (dir, k, (a, ha), (b, hb)) = two_processes("wait", "/bin/wait");
    let p = CachePolicy::default();
    let slow = holder(a, ha, k.clone(), 60, None, || Ok(cred("slow-one", 3600)));
    let got = b
        .get_with(&lookup(&k, &p, &hb), || panic!("must wait, not run"))
        .unwrap();
    assert_eq!(got.credential.token.expose(), "slow-one");
    assert_eq!(slow.join().unwrap().unwrap(), "slow-one");
    assert_eq!(hb.cache.stats().plugin_runs, 1);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_forget_in_one_process_reaches_the_other() {
    let (dir, k, (a, ha), (b, hb)) = two_processes("forget", "/bin/forget");
    let p = CachePolicy::default();
    a.get_with(&lookup(&k, &p, &ha), || Ok(cred("revoked", 3600)))
        .unwrap();
    b.get_with(&lookup(&k, &p, &hb), || panic!("shared"))
        .unwrap();
    assert_eq!(a.forget(b"revoked", Some(&ha.cache)), 1);
    let again = b
        .get_with(&lookup(&k, &p, &hb), || Ok(cred("new", 3600)))
        .unwrap();
    assert_eq!(again.credential.token.expose(), "new");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn refresh_ahead_hands_out_the_old_credential_and_lands_the_new_one_for_everyone() {
    let (dir, k, (a, ha), (b, hb)) = two_processes("ahead", "/bin/ahead");
    let p = ahead();
    // Valid for 50 s with a 60 s buffer: due at once, handed out until 30 s.
    a.get_with(&lookup(&k, &p, &ha), || Ok(cred("old", 50)))
        .unwrap();
    let runs = Arc::new(AtomicUsize::new(0));
    let make = {
        let runs = runs.clone();
        move || -> Runner {
            let runs = runs.clone();
            Box::new(move || {
                runs.fetch_add(1, Ordering::SeqCst);
                std::thread::sleep(Duration::from_millis(200));
                Ok(cred("new", 3600))
            })
        }
    };
    let req = Lookup {
        background: Some(&make),
        ..lookup(&k, &p, &hb)
    };
    let t = Instant::now();
    let got = b.get_with(&req, || panic!("no one waits")).unwrap();
    assert_eq!(got.credential.token.expose(), "old");
    assert!(
        t.elapsed() < Duration::from_millis(100),
        "{:?}",
        t.elapsed()
    );
    // A second caller meanwhile starts no second refresh.
    b.get_with(&req, || panic!("no one waits")).unwrap();
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let a_sees = a
            .get_with(&lookup(&k, &p, &ha), || panic!("no one waits"))
            .unwrap();
        if a_sees.credential.token.expose() == "new" {
            break;
        }
        assert!(Instant::now() < deadline, "the refresh never landed");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(runs.load(Ordering::SeqCst), 1);
    let s = ha.cache.stats();
    assert_eq!((s.background_refreshes, s.plugin_runs), (1, 2));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn refresh_ahead_works_without_the_host_cache() {
    let k = key("/bin/ahead-local");
    let p = ahead();
    let cache = Cache::new();
    cache
        .get_with(&Lookup::local(&k, &p, 60), || Ok(cred("old", 50)))
        .unwrap();
    let make = || -> Runner { Box::new(|| Ok(cred("new", 3600))) };
    let req = Lookup {
        background: Some(&make),
        ..Lookup::local(&k, &p, 60)
    };
    let first = cache.get_with(&req, || panic!("no wait")).unwrap();
    assert_eq!(first.credential.token.expose(), "old");
    let deadline = Instant::now() + Duration::from_secs(5);
    while cache
        .get_with(&req, || panic!("no wait"))
        .unwrap()
        .credential
        .token
        .expose()
        != "new"
    {
        assert!(Instant::now() < deadline, "the refresh never landed");
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn a_failed_background_refresh_keeps_the_credential_and_backs_off() {
    let k = key("/bin/ahead-fails");
    let p = CachePolicy {
        failure_backoff: Duration::from_secs(60),
        ..ahead()
    };
    let cache = Cache::new();
    cache
        .get_with(&Lookup::local(&k, &p, 60), || Ok(cred("old", 50)))
        .unwrap();
    let runs = Arc::new(AtomicUsize::new(0));
    let make = {
        let runs = runs.clone();
        move || -> Runner {
            let runs = runs.clone();
            Box::new(move || {
                runs.fetch_add(1, Ordering::SeqCst);
                Err(AuthError::Failed {
                    message: "boom".into(),
                    hint: None,
                })
            })
        }
    };
    let req = Lookup {
        background: Some(&make),
        ..Lookup::local(&k, &p, 60)
    };
    for _ in 0..20 {
        let got = cache.get_with(&req, || panic!("no wait")).unwrap();
        assert_eq!(got.credential.token.expose(), "old");
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(runs.load(Ordering::SeqCst), 1, "one try per backoff");
}

#[test]
fn a_failed_run_of_another_process_is_reported_not_run_again_behind_it() {
    let (dir, k, (a, ha), (b, hb)) = two_processes("failed", "/bin/failed");
    let p = CachePolicy::default();
    let slow = holder(a, ha, k.clone(), 60, None, || {
        Err(AuthError::Failed {
            message: "sts unreachable".into(),
            hint: None,
        })
    });
    let t = Instant::now();
    let e = b
        .get_with(&lookup(&k, &p, &hb), || {
            panic!("must not run behind a failed run")
        })
        .unwrap_err();
    assert!(
        t.elapsed() < Duration::from_millis(1500),
        "{:?}",
        t.elapsed()
    );
    assert!(e.to_string().contains("another PHP process"), "{e}");
    assert!(slow.join().unwrap().is_err());
    assert_eq!(hb.cache.stats().plugin_runs, 1);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_credential_too_large_to_share_is_fetched_by_each_waiter_without_the_lock() {
    let (dir, k, (a, ha), (b, hb)) = two_processes("big", "/bin/big");
    let p = CachePolicy::default();
    let big = "x".repeat(crate::core::host_cache::MAX_DATA + 1);
    let big_a = big.clone();
    let slow = holder(a, ha, k.clone(), 60, None, move || Ok(cred(&big_a, 3600)));
    let runs = AtomicUsize::new(0);
    let got = b
        .get_with(&lookup(&k, &p, &hb), || {
            runs.fetch_add(1, Ordering::SeqCst);
            // The run lock is free for others meanwhile: nobody queues behind it.
            let probe = hb.cache.try_lock(hb.id);
            assert!(probe.is_some(), "a too-large run must not hold the lock");
            Ok(cred(&big, 3600))
        })
        .unwrap();
    assert_eq!(got.credential.token.expose().len(), big.len());
    assert_eq!(runs.load(Ordering::SeqCst), 1);
    assert_eq!(slow.join().unwrap().unwrap().len(), big.len());
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn an_entry_evicted_from_the_file_stays_in_the_processes_that_hold_it() {
    let dir = folder("evict");
    let k = key("/bin/evict");
    let p = CachePolicy::default();
    let (a, ha) = process(&dir, &k);
    // Expires first, so eviction picks it.
    a.get_with(&lookup(&k, &p, &ha), || Ok(cred("kept", 600)))
        .unwrap();
    // Sixteen other entries land in its window and push it out.
    let filler = HostCache::open(&dir).unwrap();
    for i in 1..=16u128 {
        let id = ha
            .id
            .wrapping_add(i * crate::core::host_cache::SLOTS as u128);
        let l = filler.try_lock(id).unwrap();
        assert!(filler.publish(&l, &cred("filler", 3600), expiry::now_micros()));
    }
    assert_eq!(ha.cache.version(ha.id), None, "evicted");
    let again = a
        .get_with(&lookup(&k, &p, &ha), || {
            panic!("an eviction is not a revocation")
        })
        .unwrap();
    assert_eq!(again.credential.token.expose(), "kept");
    // A revocation still reaches it.
    filler.forget_token(b"filler");
    let after = a
        .get_with(&lookup(&k, &p, &ha), || Ok(cred("new", 3600)))
        .unwrap();
    assert_eq!(after.credential.token.expose(), "new");
    let _ = std::fs::remove_dir_all(dir);
}

/// Runs `run` in process `a` on a thread and returns once it has started.
fn holder(
    a: Cache,
    ha: HostTier,
    k: CacheKey,
    req_buffer: i64,
    run_timeout: Option<Duration>,
    run: impl FnOnce() -> Result<Credential> + Send + 'static,
) -> std::thread::JoinHandle<Result<String>> {
    let (started_tx, started_rx) = mpsc::channel();
    let t = std::thread::spawn(move || {
        let p = CachePolicy::default();
        let req = Lookup {
            host: Some(&ha),
            run_timeout,
            ..Lookup::local(&k, &p, req_buffer)
        };
        a.get_with(&req, || {
            started_tx.send(()).unwrap();
            std::thread::sleep(Duration::from_millis(300));
            run()
        })
        .map(|f| f.credential.token.expose().to_owned())
    });
    started_rx.recv().unwrap();
    t
}

#[test]
fn a_waiter_with_a_larger_buffer_takes_the_answer_it_waited_for() {
    let (dir, k, (a, ha), (b, hb)) = two_processes("buffer", "/bin/buffer");
    // Valid for 30 s: fine for a 0 s buffer, inside a 60 s one.
    let t = holder(a, ha, k.clone(), 0, None, || Ok(cred("short", 30)));
    let p = CachePolicy::default();
    let got = b
        .get_with(&lookup(&k, &p, &hb), || {
            panic!("must take the answer it waited for")
        })
        .unwrap();
    assert_eq!(got.credential.token.expose(), "short");
    assert_eq!(t.join().unwrap().unwrap(), "short");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_run_that_timed_out_sooner_than_the_waiters_own_timeout_is_taken_over() {
    let (dir, k, (a, ha), (b, hb)) = two_processes("timeout", "/bin/timeout");
    let t = holder(
        a,
        ha,
        k.clone(),
        60,
        Some(Duration::from_millis(200)),
        || {
            Err(AuthError::Timeout {
                command: "/bin/timeout".into(),
                seconds: "0.2".into(),
                hint: None,
            })
        },
    );
    let p = CachePolicy::default();
    let req = Lookup {
        run_timeout: Some(Duration::from_secs(60)),
        ..lookup(&k, &p, &hb)
    };
    let got = b.get_with(&req, || Ok(cred("patient", 3600))).unwrap();
    assert_eq!(got.credential.token.expose(), "patient");
    assert!(t.join().unwrap().is_err());
    // A waiter with the same timeout is told of the failure instead.
    let dir2 = folder("timeout-same");
    let (c, hc) = process(&dir2, &k);
    let (d, hd) = process(&dir2, &k);
    let t = holder(c, hc, k.clone(), 60, Some(Duration::from_secs(60)), || {
        Err(AuthError::Timeout {
            command: "/bin/timeout".into(),
            seconds: "60".into(),
            hint: None,
        })
    });
    let req = Lookup {
        run_timeout: Some(Duration::from_secs(60)),
        ..lookup(&k, &p, &hd)
    };
    let e = d
        .get_with(&req, || panic!("same timeout: not run again"))
        .unwrap_err();
    assert!(e.to_string().contains("another PHP process"), "{e}");
    assert!(t.join().unwrap().is_err());
    let _ = std::fs::remove_dir_all(dir);
    let _ = std::fs::remove_dir_all(dir2);
}
