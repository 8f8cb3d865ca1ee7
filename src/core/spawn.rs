//! Starting the plugin process the way glibc's posix_spawn does, with
//! `clone(CLONE_VM | CLONE_VFORK)`: the PHP process is never copied, so a
//! start costs the same in a 30 MiB CLI and a 2 GiB worker (a `fork()`
//! copies the page tables: measured 3.6 ms → 61 ms per run with a 200 MiB
//! heap) and cannot fail for lack of memory to copy. Unlike posix_spawn, the
//! child also arms `PR_SET_PDEATHSIG` and closes every descriptor above 2.
//!
//! The child shares this process's memory until it calls execve, and this
//! thread is suspended meanwhile: the child runs only system calls, on its
//! own stack, with every signal handler reset first, and reports a failure
//! through one integer in memory both can see. (Valgrind turns the clone
//! into a fork, so there a failed execve shows as exit code 101.)

use std::ffi::{CString, OsString, c_int, c_void};
use std::fs::File;
use std::io;
use std::os::fd::{FromRawFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::sync::atomic::{AtomicI32, Ordering};

/// A started process: its pid (also its process group, unless it was
/// started interactive) and the read ends of its stdout and stderr.
pub struct Spawned {
    pub pid: libc::pid_t,
    pub stdout: File,
    pub stderr: File,
}

/// What the child needs, prepared by the parent: the child must not allocate.
struct ChildData {
    path: CString,
    argv: Vec<*const libc::c_char>,
    envp: Vec<*const libc::c_char>,
    /// -1: keep the inherited descriptor 0 (interactive runs).
    stdin: RawFd,
    stdout: RawFd,
    stderr: RawFd,
    parent: libc::pid_t,
    /// Whether the child leads a process group of its own.
    own_group: bool,
    /// errno of the step that failed in the child; 0 while all went well.
    err: AtomicI32,
}

/// Starts `program` with exactly `args` (argv[0] is the program path) and
/// `env`, stdin `/dev/null` and in a new process group unless
/// `inherit_stdin`. An interactive child stays in the caller's process
/// group, as kubectl's plugins do: it reads the terminal, and only the
/// terminal's foreground group may (a process of another group that reads
/// it is stopped by SIGTTIN and would wait forever, without a timeout).
pub fn spawn(
    program: &Path,
    args: &[String],
    env: &[(OsString, OsString)],
    inherit_stdin: bool,
) -> io::Result<Spawned> {
    let nul = |_| io::Error::new(io::ErrorKind::InvalidInput, "a NUL byte in an argument");
    let path = CString::new(program.as_os_str().as_bytes()).map_err(nul)?;
    let mut args_c = vec![path.clone()];
    for a in args {
        args_c.push(CString::new(a.as_bytes()).map_err(nul)?);
    }
    let mut env_c = Vec::with_capacity(env.len());
    for (k, v) in env {
        let mut kv = k.as_bytes().to_vec();
        kv.push(b'=');
        kv.extend_from_slice(v.as_bytes());
        env_c.push(CString::new(kv).map_err(nul)?);
    }
    let ptrs = |v: &[CString]| {
        v.iter()
            .map(|c| c.as_ptr())
            .chain(std::iter::once(std::ptr::null()))
            .collect::<Vec<_>>()
    };

    let (out_r, out_w) = pipe()?;
    let (err_r, err_w) = pipe()?;
    let stdin = if inherit_stdin {
        None
    } else {
        // SAFETY: open of a constant path; the result is owned below.
        let fd = unsafe { libc::open(c"/dev/null".as_ptr(), libc::O_RDONLY | libc::O_CLOEXEC) };
        if fd < 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: a descriptor we just opened.
        Some(unsafe { File::from_raw_fd(fd) })
    };
    let data = ChildData {
        path,
        argv: ptrs(&args_c),
        envp: ptrs(&env_c),
        stdin: stdin.as_ref().map_or(-1, std::os::fd::AsRawFd::as_raw_fd),
        stdout: std::os::fd::AsRawFd::as_raw_fd(&out_w),
        stderr: std::os::fd::AsRawFd::as_raw_fd(&err_w),
        // SAFETY: getpid cannot fail.
        parent: unsafe { libc::getpid() },
        own_group: !inherit_stdin,
        err: AtomicI32::new(0),
    };
    // Its own stack: with CLONE_VM the child must not write on ours.
    let mut stack = vec![0u8; 256 * 1024];
    // SAFETY: the pointer stays inside `stack`; the stack grows down from
    // its end, aligned to 16 as the ABI wants.
    let top = unsafe { stack.as_mut_ptr().add(stack.len()) };
    let top = ((top as usize) & !15) as *mut c_void;

    // No signal handler may run in the child while it shares our memory:
    // block them all until it has reset the handlers (and we are back).
    // SAFETY: sigset operations on local, initialised sets.
    let pid = unsafe {
        let mut all: libc::sigset_t = std::mem::zeroed();
        let mut old: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut all);
        libc::pthread_sigmask(libc::SIG_SETMASK, &all, &mut old);
        let pid = libc::clone(
            child_main,
            top,
            libc::CLONE_VM | libc::CLONE_VFORK | libc::SIGCHLD,
            &data as *const ChildData as *mut c_void,
        );
        let clone_err = io::Error::last_os_error();
        libc::pthread_sigmask(libc::SIG_SETMASK, &old, std::ptr::null_mut());
        if pid < 0 {
            return Err(clone_err);
        }
        pid
    };
    // CLONE_VFORK: we run again once the child called execve or exited.
    drop((out_w, err_w, stdin));
    let err = data.err.load(Ordering::SeqCst);
    if err != 0 {
        let mut status = 0;
        // SAFETY: reaping the child that failed before or at execve.
        while unsafe { libc::waitpid(pid, &mut status, 0) } < 0
            && io::Error::last_os_error().kind() == io::ErrorKind::Interrupted
        {}
        return Err(io::Error::from_raw_os_error(err));
    }
    drop(stack);
    Ok(Spawned {
        pid,
        stdout: out_r,
        stderr: err_r,
    })
}

fn pipe() -> io::Result<(File, File)> {
    let mut fds = [0 as c_int; 2];
    // SAFETY: pipe2 fills the two descriptors, owned by the Files below.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: fresh descriptors from pipe2.
    Ok(unsafe { (File::from_raw_fd(fds[0]), File::from_raw_fd(fds[1])) })
}

/// The child, between clone and execve: system calls only.
extern "C" fn child_main(arg: *mut c_void) -> c_int {
    // SAFETY: `arg` is the parent's ChildData, alive and unchanged while
    // the parent is suspended (CLONE_VFORK).
    let d = unsafe { &*(arg as *const ChildData) };
    let fail = |d: &ChildData| -> c_int {
        // SAFETY: errno of this thread context; _exit ends the child.
        unsafe {
            let e = *libc::__errno_location();
            d.err
                .store(if e == 0 { libc::EINVAL } else { e }, Ordering::SeqCst);
            libc::_exit(127)
        }
    };
    // SAFETY: plain system calls on the child process.
    unsafe {
        // Handlers PHP (or pcntl) installed must never run here or in the
        // plugin; SIGPIPE goes back to its default as std's spawn does it.
        for sig in 1..65 {
            let mut old: libc::sigaction = std::mem::zeroed();
            if libc::sigaction(sig, std::ptr::null(), &mut old) == 0
                && (old.sa_sigaction != libc::SIG_IGN || sig == libc::SIGPIPE)
                && old.sa_sigaction != libc::SIG_DFL
            {
                let mut dfl: libc::sigaction = std::mem::zeroed();
                dfl.sa_sigaction = libc::SIG_DFL;
                libc::sigaction(sig, &dfl, std::ptr::null_mut());
            }
        }
        if d.own_group && libc::setpgid(0, 0) != 0 {
            return fail(d);
        }
        // Dies with the thread that started it (see plugin_runner::run).
        if libc::prctl(
            libc::PR_SET_PDEATHSIG,
            libc::SIGKILL as libc::c_ulong,
            0,
            0,
            0,
        ) != 0
        {
            return fail(d);
        }
        // The parent died before prctl: the signal will never come.
        if libc::getppid() != d.parent {
            libc::_exit(127);
        }
        // Move the three sources above 2 first, so none is overwritten by
        // another's dup2 (PHP may have closed 0, 1 or 2).
        let mut high = [-1; 3];
        for (i, fd) in [d.stdin, d.stdout, d.stderr].into_iter().enumerate() {
            if fd >= 0 {
                high[i] = libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 3);
                if high[i] < 0 {
                    return fail(d);
                }
            }
        }
        for (target, fd) in high.into_iter().enumerate() {
            if fd >= 0 && libc::dup2(fd, target as c_int) < 0 {
                return fail(d);
            }
        }
        close_from(3);
        let empty: libc::sigset_t = std::mem::zeroed();
        libc::pthread_sigmask(libc::SIG_SETMASK, &empty, std::ptr::null_mut());
        libc::execve(d.path.as_ptr(), d.argv.as_ptr(), d.envp.as_ptr());
        fail(d)
    }
}

/// Closes every descriptor from `first` up: close_range (Linux 5.9+), else
/// one close per possible descriptor up to the open-files limit (capped).
///
/// # Safety
/// Only in a child between clone and execve.
unsafe fn close_from(first: c_int) {
    // SAFETY: plain system calls in the child.
    unsafe {
        if libc::syscall(
            libc::SYS_close_range,
            first as libc::c_uint,
            libc::c_uint::MAX,
            0 as libc::c_uint,
        ) == 0
        {
            return;
        }
        let mut lim: libc::rlimit = std::mem::zeroed();
        let max = if libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) == 0 {
            lim.rlim_cur.min(1 << 20) as c_int
        } else {
            1 << 16
        };
        for fd in first..max {
            libc::close(fd);
        }
    }
}
