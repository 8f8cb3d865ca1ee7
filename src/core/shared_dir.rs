//! The private folder and file a host-wide cache (issue 14) would keep its
//! credentials in, opened so that no other user can read, replace or
//! redirect them: the host-wide cache (`core::host_cache`).
//!
//! The folder is `$XDG_RUNTIME_DIR` when set, else `/dev/shm/php-k8s-auth-<uid>`
//! (tmpfs: tokens never reach a disk). Both the folder and the file must be
//! owned by this process's effective uid, reachable without a symlink in
//! their last component (`O_NOFOLLOW`, checked with `fstat` on the opened
//! descriptor, not on the path), and closed to group and others. The file
//! must be a regular file with one link (a hard link planted by another user
//! of the folder would otherwise be ours to write into).

use std::ffi::{CString, OsStr};
use std::fs::File;
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

/// Where the cache lives by default for `uid`.
pub fn default_dir(xdg_runtime_dir: Option<&OsStr>, uid: u32) -> PathBuf {
    match xdg_runtime_dir {
        Some(d) if Path::new(d).is_absolute() => PathBuf::from(d),
        _ => PathBuf::from(format!("/dev/shm/php-k8s-auth-{uid}")),
    }
}

/// Opens (creating them when missing) `dir` with mode 0700 and `dir/name`
/// with mode 0600, read-write. `Err`: why the cache cannot be used there, in
/// words an operator can act on.
pub fn open_private_file(dir: &Path, name: &str) -> Result<File, String> {
    let dfd = open_private_dir(dir)?;
    open_private_file_in(&dfd, dir, name)
}

/// Opens (creating it 0700 when missing) the folder `dir`, refusing a
/// symlink, another owner or access for group or others.
pub fn open_private_dir(dir: &Path) -> Result<OwnedFd, String> {
    let uid = euid();
    let shown = dir.display();
    let cdir = CString::new(dir.as_os_str().as_bytes())
        .map_err(|_| format!("the folder {shown:?} contains a NUL byte"))?;
    // SAFETY: plain syscalls on a NUL-terminated path we own.
    let rc = unsafe { libc::mkdir(cdir.as_ptr(), 0o700) };
    if rc != 0 {
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::AlreadyExists {
            return Err(format!(
                "the folder {shown} cannot be created: {e}; create it with mode 0700 or point php_k8s_auth.shared_cache_dir elsewhere"
            ));
        }
    }
    let dfd = open_fd(
        &cdir,
        None,
        libc::O_RDONLY | libc::O_DIRECTORY | libc::O_NOFOLLOW | libc::O_CLOEXEC,
        0,
    )
    .map_err(|e| match e.raw_os_error() {
        Some(libc::ELOOP) | Some(libc::ENOTDIR) => {
            format!(
                "the folder {shown} is a symlink or not a folder; point php_k8s_auth.shared_cache_dir at a real folder"
            )
        }
        _ => format!(
            "the folder {shown} cannot be opened: {e}; it must be a folder of this process's uid {uid} with mode 0700: fix or remove it, or point php_k8s_auth.shared_cache_dir elsewhere"
        ),
    })?;
    let st = fstat(&dfd).map_err(|e| format!("the folder {shown} cannot be examined: {e}"))?;
    check_owner_and_mode(&st, uid, &format!("the folder {shown}"))?;
    Ok(dfd)
}

/// Opens (creating it 0600 when missing) `name` in the folder `dfd` (shown
/// as `dir`), refusing a symlink, anything but a regular file, another
/// owner, access for group or others, or a second hard link.
pub fn open_private_file_in(dfd: &OwnedFd, dir: &Path, name: &str) -> Result<File, String> {
    open_in(dfd, dir, name, libc::O_CREAT)
}

/// Creates `name` in the folder `dfd` with mode 0600; fails if it exists.
pub fn create_new_in(dfd: &OwnedFd, dir: &Path, name: &str) -> Result<File, String> {
    open_in(dfd, dir, name, libc::O_CREAT | libc::O_EXCL)
}

/// Renames `from` to `to` within the folder `dfd` (atomic: processes that
/// open `to` see the old file or the new one, never a mix).
pub fn rename_in(dfd: &OwnedFd, from: &str, to: &str) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    let (f, t) = (cstr(from)?, cstr(to)?);
    let fd = dfd.as_raw_fd();
    // SAFETY: renameat with NUL-terminated names relative to an open folder.
    if unsafe { libc::renameat(fd, f.as_ptr(), fd, t.as_ptr()) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// Removes `name` from the folder `dfd`.
pub fn unlink_in(dfd: &OwnedFd, name: &str) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    let n = cstr(name)?;
    // SAFETY: unlinkat with a NUL-terminated name relative to an open folder.
    if unsafe { libc::unlinkat(dfd.as_raw_fd(), n.as_ptr(), 0) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

fn cstr(s: &str) -> std::io::Result<CString> {
    CString::new(s).map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidInput))
}

fn euid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

fn open_in(dfd: &OwnedFd, dir: &Path, name: &str, create: i32) -> Result<File, String> {
    let uid = euid();
    let cname = CString::new(name).map_err(|_| "the file name contains a NUL byte".to_owned())?;
    let file_shown = dir.join(name);
    let file_shown = file_shown.display();
    let fd = open_fd(
        &cname,
        Some(dfd),
        libc::O_RDWR | create | libc::O_NOFOLLOW | libc::O_CLOEXEC | libc::O_NONBLOCK,
        0o600,
    )
    .map_err(|e| match e.raw_os_error() {
        Some(libc::ELOOP) => {
            format!("the file {file_shown} is a symlink; remove it so it is created afresh")
        }
        _ => format!(
            "the file {file_shown} cannot be opened: {e}; it must be a file of this process's uid {uid} with mode 0600: remove it so it is created afresh"
        ),
    })?;
    let st = fstat(&fd).map_err(|e| format!("the file {file_shown} cannot be examined: {e}"))?;
    if st.st_mode & libc::S_IFMT != libc::S_IFREG {
        return Err(format!(
            "the file {file_shown} is not a regular file; remove it so it is created afresh"
        ));
    }
    check_owner_and_mode(&st, uid, &format!("the file {file_shown}"))?;
    if st.st_nlink != 1 {
        return Err(format!(
            "the file {file_shown} has {} hard links; remove it so it is created afresh",
            st.st_nlink
        ));
    }
    Ok(File::from(fd))
}

fn check_owner_and_mode(st: &libc::stat, uid: u32, what: &str) -> Result<(), String> {
    if st.st_uid != uid {
        return Err(format!(
            "{what} is owned by uid {}, not by this process's uid {uid}; remove it or point php_k8s_auth.shared_cache_dir elsewhere",
            st.st_uid
        ));
    }
    if st.st_mode & 0o077 != 0 {
        return Err(format!(
            "{what} has mode {:o}, open to group or others; it must be 0700 (folder) or 0600 (file): chmod it or point php_k8s_auth.shared_cache_dir elsewhere",
            st.st_mode & 0o7777
        ));
    }
    Ok(())
}

fn open_fd(
    path: &CString,
    dir: Option<&OwnedFd>,
    flags: i32,
    mode: libc::mode_t,
) -> std::io::Result<OwnedFd> {
    use std::os::fd::AsRawFd;
    let at = dir.map_or(libc::AT_FDCWD, |d| d.as_raw_fd());
    // SAFETY: openat with a NUL-terminated path; the descriptor is owned below.
    let fd = unsafe { libc::openat(at, path.as_ptr(), flags, libc::c_uint::from(mode)) };
    if fd < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: a fresh descriptor nobody else owns.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

fn fstat(fd: &OwnedFd) -> std::io::Result<libc::stat> {
    use std::os::fd::AsRawFd;
    // SAFETY: fstat fills the zeroed struct we own.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: an open descriptor we own and a struct stat we own.
    if unsafe { libc::fstat(fd.as_raw_fd(), &mut st) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(st)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::{PermissionsExt, symlink};

    fn scratch(tag: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!(
            "pk8s-shared-dir-{tag}-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir(&d).unwrap();
        d
    }

    #[test]
    fn default_is_xdg_runtime_dir_else_a_per_uid_folder_on_tmpfs() {
        assert_eq!(
            default_dir(Some(OsStr::new("/run/user/33")), 33),
            PathBuf::from("/run/user/33")
        );
        assert_eq!(
            default_dir(Some(OsStr::new("relative")), 33),
            PathBuf::from("/dev/shm/php-k8s-auth-33")
        );
        assert_eq!(
            default_dir(None, 7),
            PathBuf::from("/dev/shm/php-k8s-auth-7")
        );
    }

    #[test]
    fn creates_a_private_folder_and_file() {
        let base = scratch("ok");
        let dir = base.join("cache");
        let f = open_private_file(&dir, "credentials").unwrap();
        drop(f);
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(mode(&dir.join("credentials")), 0o600);
        // Opening again finds the same file.
        open_private_file(&dir, "credentials").unwrap();
        std::fs::remove_dir_all(&base).unwrap();
    }

    #[test]
    fn refuses_what_another_user_could_read_replace_or_redirect() {
        let base = scratch("hostile");
        // Open to others.
        let open = base.join("open");
        std::fs::create_dir(&open).unwrap();
        std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o777)).unwrap();
        let e = open_private_file(&open, "c").unwrap_err();
        assert!(e.contains("open to group or others"), "{e}");
        // A symlinked folder.
        let real = base.join("real");
        std::fs::create_dir(&real).unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o700)).unwrap();
        symlink(&real, base.join("link")).unwrap();
        let e = open_private_file(&base.join("link"), "c").unwrap_err();
        assert!(e.contains("is a symlink"), "{e}");
        // A symlinked file, a hard-linked file, a file open to others, a fifo.
        symlink("/etc/passwd", real.join("sym")).unwrap();
        let e = open_private_file(&real, "sym").unwrap_err();
        assert!(e.contains("is a symlink"), "{e}");
        std::fs::write(real.join("a"), b"").unwrap();
        std::fs::set_permissions(real.join("a"), std::fs::Permissions::from_mode(0o600)).unwrap();
        std::fs::hard_link(real.join("a"), real.join("b")).unwrap();
        let e = open_private_file(&real, "b").unwrap_err();
        assert!(e.contains("2 hard links"), "{e}");
        std::fs::write(real.join("wide"), b"").unwrap();
        std::fs::set_permissions(real.join("wide"), std::fs::Permissions::from_mode(0o666))
            .unwrap();
        let e = open_private_file(&real, "wide").unwrap_err();
        assert!(e.contains("mode 666"), "{e}");
        let fifo = CString::new(real.join("fifo").as_os_str().as_bytes()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0);
        let e = open_private_file(&real, "fifo").unwrap_err();
        assert!(e.contains("not a regular file"), "{e}");
        // Owned by another uid (only root can set that up).
        if unsafe { libc::geteuid() } == 0 {
            let other = base.join("other");
            std::fs::create_dir(&other).unwrap();
            std::fs::set_permissions(&other, std::fs::Permissions::from_mode(0o700)).unwrap();
            let c = CString::new(other.as_os_str().as_bytes()).unwrap();
            assert_eq!(unsafe { libc::chown(c.as_ptr(), 65534, 65534) }, 0);
            let e = open_private_file(&other, "c").unwrap_err();
            assert!(e.contains("owned by uid 65534"), "{e}");
        }
        std::fs::remove_dir_all(&base).unwrap();
    }
}
