//! The host-wide tier and refresh ahead, with two `Cache`s standing for two
//! processes (each opens the file itself: separate open file descriptions,
//! so their run locks exclude each other as two processes' do).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use super::*;
use crate::core::secret::Secret;

fn key(cmd: &str) -> CacheKey {
    CacheKey {
        program: PathBuf::from(cmd),
        file_id: (1, 2),
        args: Vec::new(),
        env_digest: 3,
        interactive: false,
        cwd: None,
    }
}

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
    let dir = folder("share");
    let k = key("/bin/share");
    let p = CachePolicy::default();
    let (a, ha) = process(&dir, &k);
    let (b, hb) = process(&dir, &k);
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
    let dir = folder("wait");
    let k = key("/bin/wait");
    let p = CachePolicy::default();
    let (a, ha) = process(&dir, &k);
    let (b, hb) = process(&dir, &k);
    let (started_tx, started_rx) = mpsc::channel();
    let slow = std::thread::spawn(move || {
        a.get_with(&lookup(&k, &CachePolicy::default(), &ha), || {
            started_tx.send(()).unwrap();
            std::thread::sleep(Duration::from_millis(300));
            Ok(cred("slow-one", 3600))
        })
        .map(|f| f.credential.token.expose().to_owned())
    });
    started_rx.recv().unwrap();
    let k = key("/bin/wait");
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
    let dir = folder("forget");
    let k = key("/bin/forget");
    let p = CachePolicy::default();
    let (a, ha) = process(&dir, &k);
    let (b, hb) = process(&dir, &k);
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
    let dir = folder("ahead");
    let k = key("/bin/ahead");
    let p = ahead();
    let (a, ha) = process(&dir, &k);
    let (b, hb) = process(&dir, &k);
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
