//! The host-wide cache file between real processes: this test binary is
//! started again with `PK8S_HOST_ROLE` set, and the `helper` test then plays
//! that role (no fork() inside the multi-threaded test harness).

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use php_k8s_auth::core::credential::Credential;
use php_k8s_auth::core::host_cache::{Counter, EntryId, FILE_NAME, HostCache, shared};
use php_k8s_auth::core::secret::Secret;

const ROLE: &str = "PK8S_HOST_ROLE";
const DIR: &str = "PK8S_HOST_DIR";
const ID: EntryId = 0xfeed_beef;

struct Scratch(PathBuf);

impl Scratch {
    fn new(tag: &str) -> Scratch {
        let d = std::env::temp_dir().join(format!("pk8s-hostproc-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir(&d).unwrap();
        std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o700)).unwrap();
        Scratch(d)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn cred(token: &str) -> Credential {
    Credential {
        token: Secret::new(token.into()),
        client_certificate_data: None,
        client_key_data: None,
        expires_at: Some(4_000_000_000_000_000),
    }
}

/// Starts this binary in `role` on `dir`; its stdout is piped.
fn start(role: &str, dir: &Path) -> Child {
    Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "helper", "--nocapture", "--test-threads=1"])
        .env(ROLE, role)
        .env(DIR, dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap()
}

/// Reads the helper's stdout up to `marker`; returns the rest of that line
/// from it. Byte by byte: a buffer would swallow what follows the line.
fn wait_for(child: &mut Child, marker: &str) -> String {
    use std::io::Read;
    let out = child.stdout.as_mut().unwrap();
    let mut line = Vec::new();
    let mut byte = [0u8; 1];
    loop {
        assert_eq!(
            out.read(&mut byte).unwrap(),
            1,
            "helper ended before {marker}"
        );
        if byte[0] != b'\n' {
            line.push(byte[0]);
            continue;
        }
        let text = String::from_utf8_lossy(&line).into_owned();
        line.clear();
        // libtest may print "test helper ... " on the same line first.
        if let Some(at) = text.find(marker) {
            return text[at..].to_owned();
        }
    }
}

fn kill(child: &mut Child) {
    // SAFETY: SIGKILL to a child we started and have not reaped.
    unsafe { libc::kill(child.id() as i32, libc::SIGKILL) };
    child.wait().unwrap();
}

/// The roles a helper process plays.
#[test]
fn helper() {
    let Ok(role) = std::env::var(ROLE) else {
        return;
    };
    let dir = PathBuf::from(std::env::var(DIR).unwrap());
    if role == "open" {
        // Opens a missing file at the same moment as the others: when the
        // parent creates `go` beside the folder.
        let go = dir.with_file_name("go");
        while !go.exists() {
            std::thread::yield_now();
        }
        match shared(&dir) {
            Ok(_) => println!("OPEN: ok"),
            Err(e) => println!("OPEN: refused: {}", e.reason),
        }
        return;
    }
    let cache = shared(&dir).unwrap();
    match role.as_str() {
        // Takes the run lock and holds it until killed (or until the test
        // that started it is gone: its stdin then ends).
        "hold" => {
            let _l = cache.try_lock(ID).expect("free");
            println!("LOCKED");
            let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut Vec::new());
        }
        // Adds 100 to each counter.
        "count" => {
            for _ in 0..100 {
                cache.count(Counter::PluginRun);
                cache.count(Counter::Waited);
            }
            println!("COUNTED");
        }
        // What the integration does: use the entry, else run the plugin
        // (0.3 s) under the run lock, else wait for whoever runs it.
        "get" => {
            let start = Instant::now();
            let token = loop {
                if let Some(s) = cache.read(ID) {
                    break s.credential.token.expose().to_owned();
                }
                if let Some(l) = cache.try_lock(ID) {
                    if let Some(s) = cache.read(ID) {
                        break s.credential.token.expose().to_owned();
                    }
                    cache.count(Counter::PluginRun);
                    std::thread::sleep(Duration::from_millis(300));
                    let t = format!("run-by-{}", std::process::id());
                    assert!(cache.publish(&l, &cred(&t), 1));
                    break t;
                }
                assert!(start.elapsed() < Duration::from_secs(10), "waited too long");
                std::thread::sleep(Duration::from_millis(5));
            };
            println!("TOKEN {token}");
        }
        // Publishes two different credentials in turn until its stdin ends.
        "churn" => {
            let l = cache.try_lock(ID).expect("free");
            println!("CHURNING");
            let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
            let s2 = stop.clone();
            std::thread::spawn(move || {
                let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut Vec::new());
                s2.store(true, std::sync::atomic::Ordering::SeqCst);
            });
            let (a, b) = churn_pair();
            let mut n = 0u64;
            while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                assert!(cache.publish(&l, if n.is_multiple_of(2) { &a } else { &b }, n as i64));
                n += 1;
            }
        }
        // Follows a change of effective uid (root only): refused as another
        // user, usable again as root.
        "euid" => {
            // SAFETY: plain seteuid calls; the process is root.
            assert_eq!(unsafe { libc::seteuid(65534) }, 0);
            let e = shared(&dir).unwrap_err();
            println!("AS 65534: {}", e.reason);
            assert_eq!(unsafe { libc::seteuid(0) }, 0);
            let again = shared(&dir).unwrap();
            assert!(!Arc::ptr_eq(&cache, &again));
            assert!(again.read(ID).is_some());
            println!("EUID DONE");
        }
        other => panic!("unknown role {other}"),
    }
}

#[test]
fn a_process_killed_while_it_holds_the_run_lock_frees_it_at_once() {
    let s = Scratch::new("kill");
    let mine = HostCache::open(&s.0).unwrap();
    let mut child = start("hold", &s.0);
    wait_for(&mut child, "LOCKED");
    assert!(mine.try_lock(ID).is_none(), "the child holds it");
    assert!(mine.try_lock(ID + 1).is_some(), "only that entry");
    kill(&mut child);
    let l = mine.try_lock(ID).expect("free as soon as the holder died");
    assert!(mine.publish(&l, &cred("after-kill"), 1));
}

#[test]
fn one_plugin_run_for_many_processes_asking_at_once() {
    let s = Scratch::new("flight");
    let mut kids: Vec<Child> = (0..6).map(|_| start("get", &s.0)).collect();
    let tokens: Vec<String> = kids.iter_mut().map(|k| wait_for(k, "TOKEN ")).collect();
    for k in &mut kids {
        assert!(k.wait().unwrap().success());
    }
    let first = &tokens[0];
    assert!(tokens.iter().all(|t| t == first), "{tokens:?}");
    let stats = HostCache::open(&s.0).unwrap().stats();
    assert_eq!(stats.plugin_runs, 1, "{tokens:?}");
    assert_eq!(stats.entries, 1);
}

fn churn_pair() -> (Credential, Credential) {
    let a = cred(&"A".repeat(3000));
    let b = Credential {
        token: Secret::new("B".repeat(40)),
        client_certificate_data: Some(Secret::new("C".repeat(5000))),
        client_key_data: Some(Secret::new("K".repeat(2000))),
        expires_at: None,
    };
    (a, b)
}

#[test]
fn a_reader_never_sees_a_torn_entry_while_another_process_rewrites_it() {
    let s = Scratch::new("torn");
    let mine = HostCache::open(&s.0).unwrap();
    let mut child = start("churn", &s.0);
    wait_for(&mut child, "CHURNING");
    let (a, b) = churn_pair();
    let (mut seen_a, mut seen_b, mut absent) = (0, 0, 0);
    let end = Instant::now() + Duration::from_millis(700);
    while Instant::now() < end {
        match mine.read(ID) {
            Some(st) if st.credential == a => seen_a += 1,
            Some(st) if st.credential == b => seen_b += 1,
            Some(_) => panic!("a mixed credential was read"),
            None => absent += 1,
        }
    }
    drop(child.stdin.take());
    assert!(child.wait().unwrap().success());
    eprintln!("read A {seen_a}, B {seen_b}, absent (being written) {absent}");
    assert!(seen_a > 0 && seen_b > 0, "both versions were read");
}

#[test]
fn a_changed_effective_uid_reopens_the_file_as_that_user() {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("not root: not run");
        return;
    }
    let s = Scratch::new("euid");
    let mine = HostCache::open(&s.0).unwrap();
    let l = mine.try_lock(ID).unwrap();
    assert!(mine.publish(&l, &cred("euid"), 1));
    let mut child = start("euid", &s.0);
    let line = wait_for(&mut child, "AS 65534: ");
    assert!(
        line.contains(&format!("the folder {} cannot be opened", s.0.display())),
        "{line}"
    );
    assert!(line.contains("uid 65534"), "{line}");
    wait_for(&mut child, "EUID DONE");
    assert!(child.wait().unwrap().success());
}

#[test]
fn processes_creating_the_file_together_all_use_it() {
    let s = Scratch::new("create");
    let mut refused = Vec::new();
    for round in 0..50 {
        let base = s.0.join(format!("r{round}"));
        std::fs::create_dir(&base).unwrap();
        let dir = base.join("cache");
        let mut kids: Vec<Child> = (0..4).map(|_| start("open", &dir)).collect();
        std::thread::sleep(Duration::from_millis(30));
        std::fs::write(base.join("go"), b"").unwrap();
        for k in &mut kids {
            let line = wait_for(k, "OPEN: ");
            if line != "OPEN: ok" {
                refused.push(line);
            }
            assert!(k.wait().unwrap().success());
        }
    }
    assert_eq!(refused, Vec::<String>::new());
}

#[test]
fn counters_add_up_across_processes() {
    let s = Scratch::new("counters");
    let mut kids: Vec<Child> = (0..4).map(|_| start("count", &s.0)).collect();
    let mine = HostCache::open(&s.0).unwrap();
    for _ in 0..100 {
        mine.count(Counter::Failure);
    }
    for k in &mut kids {
        wait_for(k, "COUNTED");
        assert!(k.wait().unwrap().success());
    }
    let st = mine.stats();
    assert_eq!((st.plugin_runs, st.waited, st.failures), (400, 400, 100));
}

fn refusal(dir: &Path) -> String {
    HostCache::open(dir).unwrap_err()
}

#[test]
fn refusals_name_the_path_and_what_to_do() {
    let s = Scratch::new("refuse");
    // A folder open to others.
    let wide = s.0.join("wide");
    std::fs::create_dir(&wide).unwrap();
    std::fs::set_permissions(&wide, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(
        refusal(&wide),
        format!(
            "the folder {} has mode 755, open to group or others; it must be 0700 (folder) or 0600 (file): chmod it or point php_k8s_auth.shared_cache_dir elsewhere",
            wide.display()
        )
    );
    // A symlinked file.
    let d = s.0.join("d");
    std::fs::create_dir(&d).unwrap();
    std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o700)).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", d.join(FILE_NAME)).unwrap();
    assert_eq!(
        refusal(&d),
        format!(
            "the file {} is a symlink; remove it so it is created afresh",
            d.join(FILE_NAME).display()
        )
    );
    // A hard-linked file.
    std::fs::remove_file(d.join(FILE_NAME)).unwrap();
    drop(HostCache::open(&d).unwrap());
    std::fs::hard_link(d.join(FILE_NAME), s.0.join("planted")).unwrap();
    assert_eq!(
        refusal(&d),
        format!(
            "the file {} has 2 hard links; remove it so it is created afresh",
            d.join(FILE_NAME).display()
        )
    );
    // A folder of another uid (only root can make one).
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        let other = s.0.join("other");
        std::fs::create_dir(&other).unwrap();
        std::fs::set_permissions(&other, std::fs::Permissions::from_mode(0o700)).unwrap();
        std::os::unix::fs::chown(&other, Some(65534), Some(65534)).unwrap();
        assert_eq!(
            refusal(&other),
            format!(
                "the folder {} is owned by uid 65534, not by this process's uid 0; remove it or point php_k8s_auth.shared_cache_dir elsewhere",
                other.display()
            )
        );
    } else {
        eprintln!("not root: the other-uid folder case is not run");
    }
    // Nothing secret, and shared() carries the same words.
    let e = shared(&wide).unwrap_err();
    assert!(e.reason.starts_with("the folder "), "{}", e.reason);
}

#[test]
fn a_new_folder_and_file_are_private() {
    let s = Scratch::new("private");
    let dir = s.0.join("made");
    let c: Arc<HostCache> = HostCache::open(&dir).unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o7777;
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(c.path()), 0o600);
}
