//! Reading kubeconfig files: the home folder, `~` expansion, bounded
//! reads that never block on a FIFO or device, UTF-8 decoding, and YAML text
//! to JSON.

use std::io::ErrorKind;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::err;
use crate::core::error::Result;

/// The home folder of the PHP process: `HOME`, or the password database when
/// `HOME` is unset (PHP-FPM's `clear_env`).
pub fn process_home() -> Option<PathBuf> {
    if let Some(h) = std::env::var_os("HOME").filter(|h| !h.is_empty()) {
        return Some(PathBuf::from(h));
    }
    let mut buf = vec![0 as libc::c_char; 16 * 1024];
    // SAFETY: getpwuid_r writes into `pwd` and `buf`, both owned here and sized as passed.
    unsafe {
        let mut pwd: libc::passwd = std::mem::zeroed();
        let mut out: *mut libc::passwd = std::ptr::null_mut();
        let rc = libc::getpwuid_r(
            libc::geteuid(),
            &mut pwd,
            buf.as_mut_ptr(),
            buf.len(),
            &mut out,
        );
        if rc != 0 || out.is_null() || pwd.pw_dir.is_null() {
            return None;
        }
        let dir = std::ffi::CStr::from_ptr(pwd.pw_dir);
        Some(PathBuf::from(std::ffi::OsStr::from_bytes(dir.to_bytes())))
    }
}

pub(super) fn expand_tilde(path: &str, home: Option<&Path>) -> Result<PathBuf> {
    let rest = match path.strip_prefix('~') {
        Some("") => "",
        Some(r) if r.starts_with('/') => r.trim_start_matches('/'),
        _ => return Ok(PathBuf::from(path)), // no ~, or ~user: taken literally
    };
    let home = home.filter(|h| !h.as_os_str().is_empty()).ok_or_else(|| {
        err(format!(
            "the kubeconfig path {path} starts with ~ but HOME is not set, so it cannot be expanded; give an absolute path"
        ))
    })?;
    Ok(if rest.is_empty() {
        home.to_path_buf()
    } else {
        home.join(rest)
    })
}

/// Kubeconfigs and CA bundles are small; past this a file is refused.
pub(super) const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Reads a regular file of at most [`MAX_FILE_BYTES`]. A path naming a FIFO,
/// a device or `/dev/stdin` would block a web worker forever, so the file is
/// opened without blocking and refused unless it is a regular file.
pub(super) fn read_bounded(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    use std::os::unix::fs::OpenOptionsExt;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(std::io::Error::other(
            "it is not a regular file (a folder, FIFO or device)",
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(std::io::Error::other(format!(
            "it is larger than {} MiB",
            MAX_FILE_BYTES / 1024 / 1024
        )));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

pub(super) fn read_file(path: &Path) -> Result<String> {
    decode_file(path, read_bounded(path))
}

pub(super) fn decode_file(path: &Path, read: std::io::Result<Vec<u8>>) -> Result<String> {
    let bytes = read.map_err(|e| {
        let what = match e.kind() {
            ErrorKind::NotFound => "does not exist",
            ErrorKind::PermissionDenied => "cannot be read (permission denied)",
            _ => "cannot be read",
        };
        err(format!(
            "kubeconfig file {} {what}: {e}; check the path and that the PHP process may read it",
            path.display()
        ))
    })?;
    let mut text = String::from_utf8(bytes).map_err(|e| {
        err(format!(
            "kubeconfig file {} is not UTF-8 text (invalid byte at offset {}); a kubeconfig is a YAML file",
            path.display(),
            e.utf8_error().valid_up_to()
        ))
    })?;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

/// YAML (or JSON) text to JSON as kubectl reads it (see `core::yaml`):
/// the first document, YAML 1.1 scalars, last duplicate key wins.
pub(super) fn parse_yaml(text: &str, label: &str) -> Result<Value> {
    let mut doc = crate::core::yaml::parse(text).map_err(|e| {
        let what = if e.syntax {
            "YAML syntax error"
        } else {
            "cannot be read"
        };
        err(format!(
            "{label}: {what} at line {}, column {}: {}",
            e.line, e.column, e.reason
        ))
    })?;
    super::typed::check(&doc, label)?;
    super::typed::null_args_to_empty(&mut doc);
    Ok(doc)
}
