//! Runs real plugin processes through the core: argv, environment, limits,
//! and the end-to-end provider path.

use std::ffi::OsString;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use php_k8s_auth::core::AuthError;
use php_k8s_auth::core::exec_config::ExecConfig;
use php_k8s_auth::core::plugin_runner::{self, Limits, RunError};
use php_k8s_auth::core::provider::{ExecProvider, Host};

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let p = std::env::temp_dir().join(format!("pk8s-runner-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&p);
        fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }

    fn script(&self, name: &str, body: &str) -> PathBuf {
        let p = self.0.join(name);
        fs::write(&p, format!("#!/bin/sh\n{body}\n")).unwrap();
        fs::set_permissions(&p, fs::Permissions::from_mode(0o755)).unwrap();
        p
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn limits(timeout_ms: u64) -> Limits {
    Limits {
        timeout: Some(Duration::from_millis(timeout_ms)),
        ..Limits::default()
    }
}

const OK: &str = r#"printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"tok"}}'"#;

fn host() -> Host {
    Host::with_environ(std::env::vars_os().collect(), limits(10_000))
}

fn provider(config: serde_json::Value) -> ExecProvider {
    ExecProvider::new(ExecConfig::from_value(&config).unwrap())
}

fn pid_alive(pid: i32) -> bool {
    // A zombie still answers kill(0); /proc tells the state.
    match fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => stat.split_whitespace().nth(2).is_none_or(|s| s != "Z"),
        Err(_) => false,
    }
}

#[test]
fn argv_is_passed_exactly_without_a_shell() {
    let d = TempDir::new("argv");
    let plug = d.script("plug", r#"for a in "$@"; do printf '[%s]' "$a"; done"#);
    let args: Vec<String> = ["a b", "", "$HOME", "*", "'q'"].map(String::from).to_vec();
    let out = plugin_runner::run(&plug, &args, &[], false, limits(5000)).unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "[a b][][$HOME][*]['q']"
    );
}

#[test]
fn stdin_is_empty_when_not_interactive() {
    let d = TempDir::new("stdin");
    let plug = d.script("plug", "cat; echo done");
    let out = plugin_runner::run(&plug, &[], &[], false, limits(5000)).unwrap();
    assert_eq!(out.stdout, b"done\n");
}

#[test]
fn environment_is_exactly_what_was_given() {
    let d = TempDir::new("env");
    let plug = d.script("plug", "env | sort");
    let env = plugin_runner::merge_env(
        vec![
            (OsString::from("A"), OsString::from("process")),
            (OsString::from("B"), OsString::from("b")),
        ],
        &[
            ("A".into(), "configured".into()),
            ("KUBERNETES_EXEC_INFO".into(), "fake".into()),
        ],
        &[("KUBERNETES_EXEC_INFO", "real")],
    );
    let out = plugin_runner::run(&plug, &[], &env, false, limits(5000)).unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let vars: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("PWD=") && !l.starts_with("SHLVL=") && !l.starts_with("_="))
        .collect();
    assert_eq!(vars, ["A=configured", "B=b", "KUBERNETES_EXEC_INFO=real"]);
}

#[test]
fn timeout_kills_the_plugin_and_its_children() {
    let d = TempDir::new("timeout");
    let pids = d.0.join("pids");
    let plug = d.script(
        "plug",
        &format!(
            "sleep 300 & echo $! > {p}; echo $$ >> {p}; wait",
            p = pids.display()
        ),
    );
    let started = Instant::now();
    let err = plugin_runner::run(&plug, &[], &[], false, limits(500)).unwrap_err();
    assert!(matches!(err, RunError::Timeout), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(30));
    let text = fs::read_to_string(&pids).unwrap();
    for pid in text.split_whitespace().map(|p| p.parse::<i32>().unwrap()) {
        let deadline = Instant::now() + Duration::from_secs(5);
        while pid_alive(pid) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(!pid_alive(pid), "process {pid} survived the timeout");
    }
}

#[test]
fn endless_output_is_cut_off_at_the_limit() {
    let d = TempDir::new("flood");
    let plug = d.script("plug", "exec yes 0123456789abcdef");
    let lim = Limits {
        max_stdout: 1024 * 1024,
        ..limits(20_000)
    };
    let err = plugin_runner::run(&plug, &[], &[], false, lim).unwrap_err();
    assert!(matches!(err, RunError::OutputTooLarge), "{err:?}");
}

#[test]
fn a_plugin_that_floods_stderr_does_not_deadlock() {
    let d = TempDir::new("stderr");
    let plug = d.script(
        "plug",
        &format!("head -c 10485760 /dev/zero | tr '\\0' e >&2\n{OK}"),
    );
    let out = plugin_runner::run(&plug, &[], &[], false, limits(20_000)).unwrap();
    assert!(out.status.success());
    assert!(out.stdout.starts_with(b"{\"apiVersion\""));
    assert_eq!(out.stderr.len(), Limits::default().max_stderr);
    assert!(out.stderr_truncated);
}

#[test]
fn bare_names_are_found_on_the_given_path_only() {
    let d = TempDir::new("path");
    d.script("my-plugin", OK);
    let found =
        plugin_runner::resolve_command("my-plugin", None, Some(d.0.as_os_str()), None).unwrap();
    assert_eq!(found, d.0.join("my-plugin"));
    let err = plugin_runner::resolve_command(
        "my-plugin",
        None,
        Some("/nonexistent".as_ref()),
        Some("install it"),
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("executable my-plugin not found (searched PATH=/nonexistent)"),
        "{err}"
    );
    assert!(err.ends_with("\nHint: install it"), "{err}");
    let unset = plugin_runner::resolve_command("my-plugin", None, None, None)
        .unwrap_err()
        .to_string();
    assert!(
        unset.contains("PATH is not set") && unset.contains(plugin_runner::DEFAULT_PATH),
        "{unset}"
    );
}

#[test]
fn relative_commands_resolve_against_the_base_folder() {
    let d = TempDir::new("relative");
    fs::create_dir_all(d.0.join("bin")).unwrap();
    let plug = d.script("bin/plug", OK);
    let found = plugin_runner::resolve_command("./bin/plug", Some(&d.0), None, None).unwrap();
    assert_eq!(
        fs::canonicalize(found).unwrap(),
        fs::canonicalize(plug).unwrap()
    );
    let missing = plugin_runner::resolve_command("bin/nope", Some(&d.0), None, None)
        .unwrap_err()
        .to_string();
    assert!(
        missing.contains(&format!("{}", d.0.join("bin/nope").display())),
        "{missing}"
    );
}

#[test]
fn a_file_without_execute_permission_is_reported() {
    let d = TempDir::new("noexec");
    let p = d.0.join("plug");
    fs::write(&p, OK).unwrap();
    let err = plugin_runner::resolve_command(p.to_str().unwrap(), None, None, None)
        .unwrap_err()
        .to_string();
    assert!(err.contains("is not executable"), "{err}");
}

#[test]
fn provider_runs_the_plugin_and_sends_exec_info() {
    let d = TempDir::new("provider");
    let seen = d.0.join("info");
    let plug = d.script(
        "plug",
        &format!(
            "printf '%s' \"$KUBERNETES_EXEC_INFO\" > {}\n{OK}",
            seen.display()
        ),
    );
    let p = provider(
        serde_json::json!({"command": plug, "apiVersion": "client.authentication.k8s.io/v1beta1"}),
    );
    let program = p.resolve(&host()).unwrap();
    let err = p.run_plugin(&host(), &program).unwrap_err().to_string();
    assert!(
        err.contains("configured to use API version client.authentication.k8s.io/v1beta1"),
        "{err}"
    );
    assert_eq!(
        fs::read_to_string(&seen).unwrap(),
        "{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication.k8s.io/v1beta1\",\"spec\":{\"interactive\":false}}\n"
    );
    let ok = provider(serde_json::json!({"command": plug}));
    let c = ok.run_plugin(&host(), &program).unwrap();
    assert_eq!(c.token.expose(), "tok");
}

#[test]
fn a_failing_plugin_reports_exit_code_stderr_and_hint() {
    let d = TempDir::new("fail");
    let plug = d.script(
        "plug",
        "echo 'not logged in: run aws sso login' >&2; exit 3",
    );
    let p = provider(serde_json::json!({"command": plug, "installHint": "brew install thing"}));
    let err = p.run_plugin(&host(), &plug).unwrap_err();
    assert!(matches!(err, AuthError::Failed { .. }));
    let msg = err.to_string();
    assert!(
        msg.starts_with("Exec credential provider failed: executable "),
        "{msg}"
    );
    assert!(
        msg.contains("failed with exit code 3: not logged in: run aws sso login"),
        "{msg}"
    );
    assert!(msg.ends_with("\nHint: brew install thing"), "{msg}");
}

#[test]
fn always_interactive_without_a_terminal_never_starts_the_plugin() {
    let d = TempDir::new("always");
    let marker = d.0.join("ran");
    let plug = d.script("plug", &format!("touch {}\n{OK}", marker.display()));
    let p = provider(serde_json::json!({"command": plug, "interactiveMode": "Always"}));
    let err = p.run_plugin(&host(), &plug).unwrap_err().to_string();
    assert!(err.contains("standard input is not a terminal"), "{err}");
    assert!(!Path::new(&marker).exists());
}

#[test]
fn exit_status_survives_an_ignored_sigchld() {
    let d = TempDir::new("sigchld");
    let plug = d.script("plug", "exit 7");
    // SAFETY: test-local change of the SIGCHLD disposition, restored below.
    let old = unsafe { libc::signal(libc::SIGCHLD, libc::SIG_IGN) };
    let out = plugin_runner::run(&plug, &[], &[], false, limits(5000));
    let after = unsafe { libc::signal(libc::SIGCHLD, old) };
    assert_eq!(out.unwrap().status.code(), Some(7));
    assert_eq!(
        after,
        libc::SIG_IGN,
        "the application's disposition is put back"
    );
}

#[test]
fn stderr_control_bytes_and_invalid_utf8_are_escaped_in_the_message() {
    let d = TempDir::new("stderr-ctl");
    let plug = d.script(
        "plug",
        r"printf 'bad\000nul \033[2Jclear\rover \377 line1\nline2' >&2; exit 4",
    );
    let p = provider(serde_json::json!({"command": plug, "installHint": "hint\u{0}with nul"}));
    let msg = p.run_plugin(&host(), &plug).unwrap_err().to_string();
    assert!(
        msg.contains(r"exit code 4: bad\0nul \u{1b}[2Jclear\rover \xff line1"),
        "{msg}"
    );
    // Continuation lines are indented: none can pass for a log record.
    assert!(msg.contains("line1\n  line2"), "{msg}");
    assert!(msg.ends_with(r"Hint: hint\0with nul"), "{msg}");
    assert!(!msg.contains(['\0', '\x1b', '\r']), "{msg:?}");
}

#[test]
fn a_command_with_control_characters_is_escaped_when_not_found() {
    let p = provider(serde_json::json!({"command": "no-such\u{1b}]0;pwned\u{7}"}));
    let msg = p.resolve(&host()).unwrap_err().to_string();
    assert!(
        msg.contains(r"executable no-such\u{1b}]0;pwned\u{7} not found"),
        "{msg}"
    );
}

const LIST_FDS: &str = r#"#!/usr/bin/python3
import os
def alive(f):
    try:
        os.fstat(int(f))
        return True
    except OSError:
        return False
print(" ".join(sorted((f for f in os.listdir("/proc/self/fd") if alive(f)), key=int)))
"#;

#[test]
fn the_plugin_gets_stdin_stdout_stderr_and_nothing_else() {
    let d = TempDir::new("fds");
    let plug = d.0.join("list-fds");
    fs::write(&plug, LIST_FDS).unwrap();
    fs::set_permissions(&plug, fs::Permissions::from_mode(0o755)).unwrap();
    // Descriptors opened without close-on-exec, as PHP, other extensions or
    // PHP-FPM (its listening socket) may hold them.
    // SAFETY: plain system calls; the descriptors are closed below.
    let (file, sock) = unsafe {
        (
            libc::open(c"/dev/null".as_ptr(), libc::O_RDONLY),
            libc::socket(libc::AF_UNIX, libc::SOCK_STREAM, 0),
        )
    };
    assert!(file > 2 && sock > 2);
    let out = plugin_runner::run(&plug, &[], &[], false, limits(10_000)).unwrap();
    // SAFETY: closing what we opened.
    unsafe {
        libc::close(file);
        libc::close(sock);
    }
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0 1 2");
}

#[test]
fn a_timeout_too_large_for_the_clock_means_no_timeout() {
    let d = TempDir::new("huge-timeout");
    let plug = d.script("plug", OK);
    let huge = Limits {
        timeout: Some(Duration::MAX),
        max_stdout: usize::MAX,
        max_stderr: usize::MAX,
        cancel: None,
    };
    let out = plugin_runner::run(&plug, &[], &[], false, huge).unwrap();
    assert!(out.status.success());
    assert!(out.stdout.starts_with(b"{\"apiVersion\""));
}

#[test]
fn a_panic_while_the_plugin_runs_kills_and_reaps_it_with_its_group() {
    let d = TempDir::new("panic");
    let pids = d.0.join("pids");
    let plug = d.script(
        "plug",
        &format!("sleep 30 & echo $$ $! > {}\nwait", pids.display()),
    );
    let result = std::panic::catch_unwind(|| {
        let env = [("PATH".into(), "/usr/bin:/bin".into())];
        let _running = plugin_runner::Running::start(&plug, &[], &env, false).unwrap();
        let start = Instant::now();
        while fs::read_to_string(&pids).map_or(true, |s| !s.ends_with('\n')) {
            assert!(start.elapsed() < Duration::from_secs(5));
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!("mid-run");
    });
    assert!(result.is_err());
    let text = fs::read_to_string(&pids).unwrap();
    for pid in text.split_whitespace() {
        let pid: i32 = pid.parse().unwrap();
        // The plugin is reaped (no /proc entry at all); its grandchild was
        // killed and, re-parented, is reaped by init.
        let start = Instant::now();
        while pid_alive(pid) {
            assert!(start.elapsed() < Duration::from_secs(5), "{pid} survived");
            std::thread::sleep(Duration::from_millis(10));
        }
    }
    let leader: i32 = text.split_whitespace().next().unwrap().parse().unwrap();
    assert!(
        !Path::new(&format!("/proc/{leader}")).exists(),
        "zombie left"
    );
}

#[test]
fn a_command_found_through_a_relative_path_entry_is_refused_like_kubectl() {
    // Relative to the test's working folder (the crate), as a PATH entry "bin" is.
    let rel = format!("target/pk8s-relpath-{}", std::process::id());
    let _ = fs::remove_dir_all(&rel);
    fs::create_dir_all(&rel).unwrap();
    let plug = Path::new(&rel).join("rel-plugin");
    fs::write(&plug, format!("#!/bin/sh\n{OK}\n")).unwrap();
    fs::set_permissions(&plug, fs::Permissions::from_mode(0o755)).unwrap();
    let abs = TempDir::new("relpath-abs");
    abs.script("rel-plugin", OK);
    let path = format!("{rel}:{}", abs.0.display());
    let err = plugin_runner::resolve_command("rel-plugin", None, Some(path.as_ref()), None)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains(&format!(
            "executable rel-plugin was found through the relative PATH entry \"{rel}\""
        )) && err.contains("exec.ErrDot"),
        "{err}"
    );
    // A relative entry without the program does not stop the search.
    let path = format!("target/nonexistent:{}", abs.0.display());
    let found =
        plugin_runner::resolve_command("rel-plugin", None, Some(path.as_ref()), None).unwrap();
    assert_eq!(found, abs.0.join("rel-plugin"));
    fs::remove_dir_all(&rel).unwrap();
}

#[test]
fn an_exec_failure_is_a_spawn_error_not_an_exit_status() {
    let d = TempDir::new("badinterp");
    let p = d.0.join("plug");
    fs::write(&p, "#!/nonexistent/interpreter\n").unwrap();
    fs::set_permissions(&p, fs::Permissions::from_mode(0o755)).unwrap();
    match plugin_runner::run(&p, &[], &[], false, limits(5_000)) {
        Err(RunError::Spawn(e)) => assert_eq!(e.raw_os_error(), Some(libc::ENOENT), "{e}"),
        other => panic!("{other:?}"),
    }
}

/// The process group of the shell that runs the plugin script.
const PRINT_PGID: &str = r#"cut -d' ' -f5 /proc/$$/stat"#;

#[test]
fn an_interactive_plugin_stays_in_the_callers_process_group() {
    // Only the terminal's foreground group may read it: a plugin in a
    // group of its own would be stopped by SIGTTIN at its first prompt.
    let d = TempDir::new("pgid-interactive");
    let plug = d.script("plug", PRINT_PGID);
    let out = plugin_runner::run(&plug, &[], &[], true, limits(5000)).unwrap();
    // SAFETY: getpgrp cannot fail.
    let ours = unsafe { libc::getpgrp() };
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        ours.to_string()
    );
}

#[test]
fn a_non_interactive_plugin_leads_a_process_group_of_its_own() {
    let d = TempDir::new("pgid-batch");
    let plug = d.script("plug", &format!("{PRINT_PGID}; echo $$"));
    let out = plugin_runner::run(&plug, &[], &[], false, limits(5000)).unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert_eq!(lines[0], lines[1], "the plugin is its group's leader");
}

#[test]
fn an_answer_is_used_when_a_background_child_keeps_stdout_open() {
    // Go's Cmd.WaitDelay: the plugin exited, its leftover is killed after
    // a short grace instead of holding the run until the timeout.
    let d = TempDir::new("held");
    let pid = d.0.join("pid");
    let plug = d.script(
        "plug",
        &format!("{OK}\nsleep 60 &\necho $! > {}\nexit 0", pid.display()),
    );
    let started = Instant::now();
    let out = plugin_runner::run(&plug, &[], &[], false, limits(20_000)).unwrap();
    let took = started.elapsed();
    assert!(out.status.success());
    assert!(out.held_open);
    assert!(out.stdout.starts_with(b"{\"apiVersion\""));
    assert!(took >= plugin_runner::EXIT_GRACE, "{took:?}");
    assert!(took < Duration::from_secs(10), "{took:?}");
    let bg: i32 = fs::read_to_string(&pid).unwrap().trim().parse().unwrap();
    let deadline = Instant::now() + Duration::from_secs(5);
    while pid_alive(bg) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(!pid_alive(bg), "the leftover {bg} was not killed");
}

#[test]
fn an_incomplete_answer_held_open_by_a_child_says_so() {
    let d = TempDir::new("held-incomplete");
    let plug = d.script("plug", "printf '{\"apiVersion\":'\nsleep 60 &\nexit 0");
    let p = provider(serde_json::json!({"command": plug.to_str().unwrap()}));
    let err = p.run_plugin(&host(), &plug).unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.contains("exited, but a process it started kept its output open"),
        "{msg}"
    );
    assert!(!msg.contains("timed out"), "{msg}");
}

#[test]
fn a_plugin_that_exits_is_not_waited_for_beyond_the_grace_even_without_a_timeout() {
    let d = TempDir::new("held-notimeout");
    let plug = d.script("plug", &format!("{OK}\nsleep 60 &\nexit 0"));
    let lim = Limits {
        timeout: None,
        ..Limits::default()
    };
    let started = Instant::now();
    let out = plugin_runner::run(&plug, &[], &[], false, lim).unwrap();
    assert!(out.held_open);
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn a_cancelled_run_kills_the_plugin_at_once() {
    // What PHP's shutdown does to a background refresh still running.
    let d = TempDir::new("cancel");
    let plug = d.script("plug", "echo $$ > \"$0.pid\"\nexec sleep 30");
    // SAFETY: plain eventfd syscalls on a descriptor this test owns.
    let fd = unsafe { libc::eventfd(0, libc::EFD_CLOEXEC | libc::EFD_NONBLOCK) };
    assert!(fd >= 0);
    let fire = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        let one: u64 = 1;
        unsafe { libc::write(fd, (&one as *const u64).cast(), 8) };
    });
    let limits = Limits {
        cancel: Some(fd),
        ..Limits::default()
    };
    let started = std::time::Instant::now();
    let err = plugin_runner::run(&plug, &[], &[], false, limits).unwrap_err();
    assert!(matches!(err, plugin_runner::RunError::Cancelled), "{err:?}");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    fire.join().unwrap();
    let pid: i32 = std::fs::read_to_string(plug.with_extension("pid"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    // Killed and reaped: no such process any more.
    assert_eq!(unsafe { libc::kill(pid, 0) }, -1);
    unsafe { libc::close(fd) };
}
