//! Finding and running the plugin: no shell, an exact argv, an explicit
//! environment, concurrent bounded reads of stdout and stderr, a deadline that
//! kills the plugin's whole process group.

use std::ffi::{OsStr, OsString};
use std::io::{ErrorKind, Read};
use std::os::fd::AsRawFd;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::ExitStatus;
use std::time::{Duration, Instant};

use super::error::{AuthError, Result};
use super::spawn;
use super::untrusted;

/// The search path used when the PHP process has no PATH (PHP-FPM's `clear_env`).
pub const DEFAULT_PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/// Limits for one run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// `None`: wait as long as the plugin runs.
    pub timeout: Option<Duration>,
    pub max_stdout: usize,
    /// Stderr beyond this is read and discarded, so the plugin never blocks on it.
    pub max_stderr: usize,
    /// A descriptor that becomes readable when the run must stop at once
    /// (a background refresh while PHP shuts down): the plugin is killed.
    pub cancel: Option<i32>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            timeout: Some(Duration::from_secs(60)),
            max_stdout: 16 * 1024 * 1024,
            max_stderr: 4096,
            cancel: None,
        }
    }
}

/// Where a command name points, found the way kubectl finds it: a name with a
/// `/` is a path (relative ones against `base_dir`, else the working folder);
/// a bare name is searched on the PHP process's PATH, never on one set in `env`.
pub fn resolve_command(
    command: &str,
    base_dir: Option<&Path>,
    path_var: Option<&OsStr>,
    hint: Option<&str>,
) -> Result<PathBuf> {
    resolve_command_identified(command, base_dir, path_var, hint).map(|(p, _)| p)
}

/// The file's identity: device and inode of what the path leads to.
pub type FileId = (u64, u64);

/// [`resolve_command`] with the identity of the file found, from the same
/// `stat()` that checked it (one system call less per lookup).
pub fn resolve_command_identified(
    command: &str,
    base_dir: Option<&Path>,
    path_var: Option<&OsStr>,
    hint: Option<&str>,
) -> Result<(PathBuf, FileId)> {
    if command.contains('/') {
        let p = Path::new(command);
        let full = match (p.is_absolute(), base_dir) {
            (true, _) => p.to_path_buf(),
            (false, Some(dir)) => dir.join(p),
            (false, None) => std::env::current_dir()
                .map(|d| d.join(p))
                .unwrap_or_else(|_| p.to_path_buf()),
        };
        return match check_executable(&full) {
            Ok(id) => Ok((full, id)),
            Err(why) => Err(AuthError::NotFound {
                message: format!("executable {} {why}", untrusted::escape_path(&full)),
                hint: hint.map(str::to_owned),
            }),
        };
    }
    let (search, unset) = match path_var {
        Some(p) if !p.is_empty() => (p.to_owned(), false),
        _ => (OsString::from(DEFAULT_PATH), true),
    };
    for dir in search.as_bytes().split(|b| *b == b':') {
        // As Go's exec.LookPath (kubectl): an empty entry means ".", and a
        // match through a relative entry is refused (exec.ErrDot), not
        // skipped: a web worker's working folder is no place to pick
        // programs from, and a later entry must not silently win either.
        let relative = !dir.starts_with(b"/");
        let dir = if dir.is_empty() { b".".as_slice() } else { dir };
        let candidate = Path::new(OsStr::from_bytes(dir)).join(command);
        if let Ok(id) = check_executable(&candidate) {
            if relative {
                return Err(AuthError::NotFound {
                    message: format!(
                        "executable {} was found through the relative PATH entry {:?} ({} in the working folder); a command found relative to the working folder is not run (kubectl refuses it too, Go's exec.ErrDot). Make every PATH entry absolute, or use an absolute command path",
                        untrusted::escape_line(command),
                        untrusted::escape_line(&String::from_utf8_lossy(dir)),
                        untrusted::escape_path(&candidate),
                    ),
                    hint: hint.map(str::to_owned),
                });
            }
            return Ok((candidate, id));
        }
    }
    let place = if unset {
        format!(
            "PATH is not set in the PHP process (PHP-FPM's clear_env=yes removes it), so the system default {DEFAULT_PATH} was searched; set env[PATH] in the FPM pool or use an absolute command path"
        )
    } else {
        format!(
            "searched PATH={}",
            untrusted::escape_line(&search.to_string_lossy())
        )
    };
    Err(AuthError::NotFound {
        message: format!(
            "executable {} not found ({place})",
            untrusted::escape_line(command)
        ),
        hint: hint.map(str::to_owned),
    })
}

/// A file (not a folder) with an execute bit.
pub fn is_executable_file(p: &Path) -> bool {
    check_executable(p).is_ok()
}

fn check_executable(p: &Path) -> std::result::Result<FileId, &'static str> {
    match std::fs::metadata(p) {
        Err(e) if e.kind() == ErrorKind::NotFound => Err("not found"),
        Err(e) if e.kind() == ErrorKind::PermissionDenied => {
            Err("is not accessible (permission denied)")
        }
        Err(_) => Err("cannot be read"),
        Ok(m) if m.is_dir() => Err("is a directory"),
        Ok(m) if m.permissions().mode() & 0o111 == 0 => Err("is not executable (chmod +x it)"),
        Ok(m) => Ok((m.dev(), m.ino())),
    }
}

/// The child's environment: the process environment, then the configured
/// entries, then `extra`, each later one replacing an earlier one of the same name.
pub fn merge_env(
    process: impl IntoIterator<Item = (OsString, OsString)>,
    configured: &[(String, String)],
    extra: &[(&str, &str)],
) -> Vec<(OsString, OsString)> {
    // The process environment has one entry per name already.
    let mut out: Vec<(OsString, OsString)> = process.into_iter().collect();
    let mut set = |k: OsString, v: OsString| {
        if let Some(slot) = out.iter_mut().find(|(name, _)| *name == k) {
            slot.1 = v;
        } else {
            out.push((k, v));
        }
    };
    for (k, v) in configured {
        set(k.into(), v.into());
    }
    for (k, v) in extra {
        set((*k).into(), (*v).into());
    }
    out
}

/// What one plugin run produced.
#[derive(Debug)]
pub struct Output {
    pub status: ExitStatus,
    pub stdout: Vec<u8>,
    /// At most `Limits::max_stderr` bytes.
    pub stderr: Vec<u8>,
    pub stderr_truncated: bool,
    /// The plugin exited, but a process it started still held its stdout
    /// or stderr after [`EXIT_GRACE`]: reading stopped there (and the
    /// group was killed), so `stdout` may be cut short.
    pub held_open: bool,
}

/// How long the output pipes may stay open after the plugin itself exited
/// (Go's `Cmd.WaitDelay`): a background process it started and that
/// inherited stdout must not keep the request waiting for the timeout.
pub const EXIT_GRACE: Duration = Duration::from_secs(1);

/// How a run can fail before its output is judged.
#[derive(Debug)]
pub enum RunError {
    Spawn(std::io::Error),
    Timeout,
    OutputTooLarge,
    Io(std::io::Error),
    /// `Limits::cancel` fired; the plugin was killed.
    Cancelled,
}

/// Runs `program` to completion (or to its deadline).
///
/// The child gets descriptors 0, 1 and 2 and nothing else, dies with the
/// thread that started it (`PR_SET_PDEATHSIG`), and runs in its own process
/// group, which is killed on every way out of this function that leaves it
/// running: timeout, output limit, read error, or a panic unwinding through.
pub fn run(
    program: &Path,
    args: &[String],
    env: &[(OsString, OsString)],
    interactive: bool,
    limits: Limits,
) -> std::result::Result<Output, RunError> {
    let _reapable = ReapableChildren::ensure();
    let mut child = Running::start(program, args, env, interactive).map_err(RunError::Spawn)?;
    // A timeout too large for the clock is no timeout (never an overflow panic).
    let deadline = limits.timeout.and_then(|t| Instant::now().checked_add(t));

    let (stdout, stderr, stderr_truncated, held_open) = pump(&mut child, limits, deadline)?;
    let status = wait_until(&mut child, deadline, limits.cancel)?;
    Ok(Output {
        status,
        stdout,
        stderr,
        stderr_truncated,
        held_open,
    })
}

/// A started plugin that is killed with its process group and reaped when
/// dropped before it was waited for: an early return, a `?`, or a panic
/// unwinding through `run` never leaves a running plugin or a zombie.
///
/// It is started by [`spawn::spawn`]: descriptors 0-2 only, its own process
/// group, and `PR_SET_PDEATHSIG(SIGKILL)`, so a worker killed mid-run
/// (`request_terminate_timeout`, OOM, SIGKILL) does not leave it running
/// with the client's connection. PDEATHSIG fires when the *thread* that
/// started it ends, not the process: runs happen on the thread that calls
/// into PHP and waits here, so that thread outlives the child. A background
/// thread that starts plugins (a future refresher) must not exit while its
/// child runs. Grandchildren the plugin starts are not covered by
/// PDEATHSIG; a live worker's timeout kills them with the process group,
/// but after the worker itself was SIGKILLed only those that notice their
/// closed pipes or their parent's exit go away, and one that left the group
/// (`setsid`) is never killed by us.
pub struct Running {
    pid: libc::pid_t,
    /// False for interactive runs, which stay in PHP's own process group
    /// (see [`spawn::spawn`]): then only the plugin itself is killed.
    own_group: bool,
    pub stdout: Option<std::fs::File>,
    pub stderr: Option<std::fs::File>,
    reaped: bool,
}

impl Running {
    /// Starts the plugin. "Text file busy" is retried briefly: another
    /// thread that was writing a program may have forked while holding it
    /// open for writing (until that child's exec drops it).
    pub fn start(
        program: &Path,
        args: &[String],
        env: &[(OsString, OsString)],
        interactive: bool,
    ) -> std::io::Result<Running> {
        let mut pause = Duration::from_millis(1);
        loop {
            match spawn::spawn(program, args, env, interactive) {
                Err(e) if e.raw_os_error() == Some(libc::ETXTBSY) && pause.as_millis() < 100 => {
                    std::thread::sleep(pause);
                    pause *= 2;
                }
                Err(e) => return Err(e),
                Ok(s) => {
                    return Ok(Running {
                        pid: s.pid,
                        own_group: !interactive,
                        stdout: Some(s.stdout),
                        stderr: Some(s.stderr),
                        reaped: false,
                    });
                }
            }
        }
    }

    pub fn id(&self) -> u32 {
        self.pid as u32
    }

    /// The exit status, if the plugin has ended (and is then reaped).
    fn try_wait(&mut self) -> std::io::Result<Option<ExitStatus>> {
        self.waitpid(libc::WNOHANG)
    }

    fn wait(&mut self) -> std::io::Result<ExitStatus> {
        loop {
            match self.waitpid(0) {
                Ok(Some(s)) => return Ok(s),
                Ok(None) => continue,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
    }

    /// Whether the plugin has exited, leaving it a zombie (not reaped), so
    /// its pid, and with it its process group id, cannot be reused yet.
    fn has_exited(&self) -> bool {
        // SAFETY: a siginfo we own; waitid on our own child.
        unsafe {
            let mut info: libc::siginfo_t = std::mem::zeroed();
            libc::waitid(
                libc::P_PID,
                self.pid as libc::id_t,
                &mut info,
                libc::WEXITED | libc::WNOHANG | libc::WNOWAIT,
            ) == 0
                && info.si_pid() == self.pid
        }
    }

    /// Kills what is left of the plugin's process group; the plugin
    /// itself has exited and is reaped later.
    fn kill_leftovers(&self) {
        if self.own_group {
            // SAFETY: the group we created; its leader is an unreaped zombie.
            unsafe { libc::killpg(self.pid, libc::SIGKILL) };
        }
    }

    fn waitpid(&mut self, flags: libc::c_int) -> std::io::Result<Option<ExitStatus>> {
        let mut status = 0;
        // SAFETY: waiting for our own child.
        let r = unsafe { libc::waitpid(self.pid, &mut status, flags) };
        if r == self.pid {
            self.reaped = true;
            return Ok(Some(ExitStatus::from_raw(status)));
        }
        if r == 0 {
            return Ok(None);
        }
        let e = std::io::Error::last_os_error();
        // Someone else reaped it (a SIGCHLD handler calling waitpid(-1)):
        // its pid may be reused, so it must not be signalled any more.
        if e.raw_os_error() == Some(libc::ECHILD) {
            self.reaped = true;
        }
        Err(e)
    }

    /// Kills the plugin and everything in its process group, then reaps it.
    fn kill_group(&mut self) {
        // SAFETY: plain syscalls on the group we created and our child;
        // errors mean it is gone. The group goes first, while the leader
        // (not yet reaped) keeps its id from being reused.
        unsafe {
            if self.own_group {
                libc::killpg(self.pid, libc::SIGKILL);
            }
            libc::kill(self.pid, libc::SIGKILL);
        }
        let _ = self.wait();
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if !self.reaped {
            self.kill_group();
        }
    }
}

type Pumped = (Vec<u8>, Vec<u8>, bool, bool);

fn pump(
    child: &mut Running,
    limits: Limits,
    deadline: Option<Instant>,
) -> std::result::Result<Pumped, RunError> {
    let mut out_pipe = child.stdout.take();
    let mut err_pipe = child.stderr.take();
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let mut stderr_truncated = false;
    let mut buf = vec![0u8; 16 * 1024];
    // Notices the plugin's exit while its pipes are still open; without a
    // pidfd (valgrind, old kernels) the exit is checked every 50 ms.
    let pidfd = Fd(pidfd_open(child.id()));
    let mut grace_end: Option<Instant> = None;

    while out_pipe.is_some() || err_pipe.is_some() {
        if grace_end.is_none() && child.has_exited() {
            grace_end = Some(Instant::now() + EXIT_GRACE);
        }
        let mut fds = Vec::with_capacity(3);
        if let Some(p) = &out_pipe {
            fds.push(libc::pollfd {
                fd: p.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            });
        }
        if let Some(p) = &err_pipe {
            fds.push(libc::pollfd {
                fd: p.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            });
        }
        if let (None, Some(fd)) = (grace_end, pidfd.0) {
            fds.push(libc::pollfd {
                fd,
                events: libc::POLLIN,
                revents: 0,
            });
        }
        if let Some(fd) = limits.cancel {
            fds.push(libc::pollfd {
                fd,
                events: libc::POLLIN,
                revents: 0,
            });
        }
        // Once the plugin exited, the grace replaces the deadline: the
        // wait is bounded, and a complete answer must not become a timeout.
        let wait_ms = match grace_end.or(deadline) {
            None if pidfd.0.is_none() => 50,
            None => -1,
            Some(d) => {
                let left = d.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    if grace_end.is_some() {
                        child.kill_leftovers();
                        return Ok((stdout, stderr, stderr_truncated, true));
                    }
                    return Err(RunError::Timeout);
                }
                let ms = left.as_millis().clamp(1, i32::MAX as u128) as i32;
                if grace_end.is_none() && pidfd.0.is_none() {
                    ms.min(50)
                } else {
                    ms
                }
            }
        };
        // SAFETY: `fds` is a valid array of initialised pollfd structs.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, wait_ms) };
        if n < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() == ErrorKind::Interrupted {
                continue;
            }
            return Err(RunError::Io(e));
        }
        if n == 0 {
            continue;
        }
        for fd in &fds {
            if fd.revents != 0 && Some(fd.fd) == limits.cancel {
                return Err(RunError::Cancelled);
            }
            if fd.revents == 0 || Some(fd.fd) == pidfd.0 {
                continue;
            }
            let is_out = out_pipe.as_ref().is_some_and(|p| p.as_raw_fd() == fd.fd);
            let read = if is_out {
                out_pipe.as_mut().map(|p| p.read(&mut buf))
            } else {
                err_pipe.as_mut().map(|p| p.read(&mut buf))
            };
            match read {
                Some(Ok(0)) | None => {
                    if is_out {
                        out_pipe = None
                    } else {
                        err_pipe = None
                    }
                }
                Some(Ok(k)) => {
                    if is_out {
                        if stdout.len() + k > limits.max_stdout {
                            return Err(RunError::OutputTooLarge);
                        }
                        stdout.extend_from_slice(&buf[..k]);
                    } else {
                        let room = limits.max_stderr.saturating_sub(stderr.len());
                        stderr.extend_from_slice(&buf[..k.min(room)]);
                        stderr_truncated |= k > room;
                    }
                }
                Some(Err(e)) if e.kind() == ErrorKind::Interrupted => {}
                Some(Err(e)) => return Err(RunError::Io(e)),
            }
        }
    }
    Ok((stdout, stderr, stderr_truncated, false))
}

/// Waits for the plugin after its pipes closed; it may still linger. A
/// pidfd lets the wait sleep in the kernel until exit or the deadline. On a
/// timeout the caller's drop of `child` kills the group.
fn wait_until(
    child: &mut Running,
    deadline: Option<Instant>,
    cancel: Option<i32>,
) -> std::result::Result<ExitStatus, RunError> {
    let cancelled = || {
        cancel.is_some_and(|fd| {
            let mut p = libc::pollfd {
                fd,
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: one valid pollfd, no wait.
            unsafe { libc::poll(&mut p, 1, 0) == 1 }
        })
    };
    let Some(deadline) = deadline else {
        return child.wait().map_err(RunError::Io);
    };
    let pidfd = Fd(pidfd_open(child.id()));
    let mut pause = Duration::from_micros(20);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ok(status),
            Ok(None) => {}
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(e) => return Err(RunError::Io(e)),
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(RunError::Timeout);
        }
        if cancelled() {
            return Err(RunError::Cancelled);
        }
        match pidfd.0 {
            Some(fd) => {
                let mut p = libc::pollfd {
                    fd,
                    events: libc::POLLIN,
                    revents: 0,
                };
                // Woken every 50 ms at most to see a cancellation.
                let cap = if cancel.is_some() {
                    50
                } else {
                    i32::MAX as u128
                };
                let ms = left.as_millis().clamp(1, cap) as i32;
                // SAFETY: one valid pollfd; EINTR simply loops.
                unsafe { libc::poll(&mut p, 1, ms) };
            }
            None => {
                std::thread::sleep(pause.min(left));
                pause = (pause * 2).min(Duration::from_millis(10));
            }
        }
    }
}

/// A descriptor closed when dropped.
struct Fd(Option<i32>);

impl Drop for Fd {
    fn drop(&mut self) {
        if let Some(fd) = self.0 {
            // SAFETY: closing a descriptor we opened.
            unsafe { libc::close(fd) };
        }
    }
}

/// A descriptor that becomes readable when the process exits (Linux 5.3+).
/// Not under valgrind, whose older releases (Debian bookworm's 3.19) do not
/// know the syscall and print a warning that reads like an error report.
fn pidfd_open(pid: u32) -> Option<i32> {
    static UNDER_VALGRIND: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    let valgrind = *UNDER_VALGRIND.get_or_init(|| {
        std::env::var_os("LD_PRELOAD").is_some_and(|p| p.to_string_lossy().contains("vgpreload"))
    });
    if valgrind {
        return None;
    }
    // SAFETY: a plain syscall; failure (old kernel, seccomp) means no pidfd.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid as libc::pid_t, 0) };
    (fd >= 0).then_some(fd as i32)
}

/// With SIGCHLD ignored (or SA_NOCLDWAIT), the kernel reaps children itself
/// and their exit status is lost. An application may have done that (e.g.
/// `pcntl_signal(SIGCHLD, SIG_IGN)`), so while a plugin runs the default
/// disposition is restored, and the application's put back afterwards.
/// A handler the application installed is left alone: it does not reap.
struct ReapableChildren {
    saved: Option<libc::sigaction>,
}

impl ReapableChildren {
    fn ensure() -> Self {
        // SAFETY: reading and, if needed, replacing the SIGCHLD disposition
        // with plain sigaction calls on structs we own.
        unsafe {
            let mut old: libc::sigaction = std::mem::zeroed();
            if libc::sigaction(libc::SIGCHLD, std::ptr::null(), &mut old) != 0 {
                return ReapableChildren { saved: None };
            }
            let ignored = old.sa_sigaction == libc::SIG_IGN;
            let no_wait = old.sa_flags & libc::SA_NOCLDWAIT != 0;
            if !ignored && !no_wait {
                return ReapableChildren { saved: None };
            }
            let mut reapable = old;
            if ignored {
                reapable.sa_sigaction = libc::SIG_DFL;
            }
            reapable.sa_flags &= !libc::SA_NOCLDWAIT;
            libc::sigaction(libc::SIGCHLD, &reapable, std::ptr::null_mut());
            ReapableChildren { saved: Some(old) }
        }
    }
}

impl Drop for ReapableChildren {
    fn drop(&mut self) {
        if let Some(old) = &self.saved {
            // SAFETY: restores the disposition saved in `ensure`.
            unsafe {
                libc::sigaction(libc::SIGCHLD, old, std::ptr::null_mut());
            }
        }
    }
}

/// The message for a plugin that ran and failed: how it ended, then its
/// stderr, escaped (a NUL, an escape sequence or a carriage return in it
/// must not reach the message) and marked when cut.
pub fn failure_message(shown: &str, out: &Output) -> String {
    let mut message = format!("executable {shown} {}", describe_status(out.status));
    let stderr = untrusted::escape_block(&out.stderr);
    let stderr = stderr.trim();
    if !stderr.is_empty() {
        message.push_str(": ");
        message.push_str(stderr);
        if out.stderr_truncated {
            message.push_str(" [stderr truncated]");
        }
    }
    message
}

/// A short description of how the plugin ended, for error messages.
pub fn describe_status(status: ExitStatus) -> String {
    match (status.code(), status.signal()) {
        (Some(code), _) => format!("failed with exit code {code}"),
        (None, Some(sig)) => format!("was killed by signal {sig}"),
        _ => "failed".into(),
    }
}
