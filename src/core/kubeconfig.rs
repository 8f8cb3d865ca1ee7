//! Picking the exec user out of a kubeconfig, by kubectl's rules: which files
//! are read (`KUBECONFIG` or `~/.kube/config`), how several files are merged
//! (the first file that defines a name wins), which context is used, and what
//! the selected cluster tells the plugin.
//!
//! Every document, whether it comes from a file, a YAML string or the array
//! PHP's `yaml_parse()` returns, is first turned into a `serde_json::Value` and
//! then read by the same code, so the three entry points behave alike.
//!
//! Messages never contain a token, password or key: the schema types below
//! record only whether such a field is set, and type errors name the kind of
//! value found, never the value.

use std::collections::HashSet;
use std::io::ErrorKind;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde::de::{DeserializeOwned, Deserializer, Error as _};
use serde_json::{Map, Value};

use super::cluster_info::ClusterInfo;
use super::error::{AuthError, Result};
use super::exec_config::quote;

/// Name of the cluster extension passed to the plugin as `spec.cluster.config`.
pub const EXEC_EXTENSION_NAME: &str = "client.authentication.k8s.io/exec";

/// Separator of the `KUBECONFIG` list, as in `filepath.SplitList`.
const LIST_SEPARATOR: char = if cfg!(windows) { ';' } else { ':' };

/// The exec user picked out of a kubeconfig.
#[derive(Debug, Clone)]
pub struct Selected {
    pub context: String,
    pub cluster_name: String,
    pub user_name: String,
    /// The user's `exec` mapping converted to JSON (keys as in the file:
    /// command, args, env, apiVersion, installHint, provideClusterInfo,
    /// interactiveMode, …). Passed unchanged to `ExecConfig::from_value`.
    pub exec: Value,
    /// Folder a relative command containing '/' is resolved against: the
    /// folder of the kubeconfig file that defined the user; for YAML
    /// strings/arrays the current working folder at load time.
    pub base_dir: PathBuf,
    /// The selected cluster's connection data (always filled, whether or not
    /// provideClusterInfo is set).
    pub cluster: ClusterInfo,
}

/// Reads one kubeconfig file. `~` and `~/…` at the start of `path` are
/// expanded with `home`; a relative path is taken from the process's
/// working folder.
pub fn from_file(path: &str, context: Option<&str>, home: Option<&Path>) -> Result<Selected> {
    from_file_in(path, context, home, &cwd())
}

/// [`from_file`] with the working folder given: PHP's, which under ZTS is
/// not the process's (`chdir()` there only moves the thread's own).
pub fn from_file_in(
    path: &str,
    context: Option<&str>,
    home: Option<&Path>,
    cwd: &Path,
) -> Result<Selected> {
    if path.is_empty() {
        return Err(err(
            "the kubeconfig path is empty; give the path of a kubeconfig file, e.g. ~/.kube/config",
        ));
    }
    let path = cwd.join(expand_tilde(path, home)?);
    let text = read_file(&path)?;
    let mut merged = Merged::default();
    let origin = merged.add_origin(file_origin(&path));
    let doc = parse_yaml(&text, &merged.origins[origin].label)?;
    if is_empty_doc(&doc) {
        return Err(err(format!(
            "{} is empty: it contains no YAML document; write a kubeconfig into it (kubectl config view shows one) or point to another file",
            merged.origins[origin].label
        )));
    }
    merged.add(parse_doc(&doc, origin, &merged.origins[origin].label)?);
    select(&merged, context)
}

/// Reads a kubeconfig given as YAML (or JSON) text. Relative paths in it are
/// resolved against the current working folder.
pub fn from_yaml(yaml: &str, context: Option<&str>) -> Result<Selected> {
    from_yaml_in(yaml, context, &cwd())
}

/// [`from_yaml`] with relative paths resolved against `cwd`.
pub fn from_yaml_in(yaml: &str, context: Option<&str>, cwd: &Path) -> Result<Selected> {
    let mut merged = Merged::default();
    let origin = merged.add_origin(Origin {
        label: "the kubeconfig string".into(),
        dir: cwd.to_path_buf(),
    });
    let doc = parse_yaml(yaml, &merged.origins[origin].label)?;
    from_parsed(merged, origin, &doc, context)
}

/// Reads a kubeconfig already parsed into a JSON-like value (the array PHP's
/// `yaml_parse()` returns). Relative paths in it are resolved against the
/// current working folder.
pub fn from_value(doc: &Value, context: Option<&str>) -> Result<Selected> {
    from_value_in(doc, context, &cwd())
}

/// [`from_value`] with relative paths resolved against `cwd`.
pub fn from_value_in(doc: &Value, context: Option<&str>, cwd: &Path) -> Result<Selected> {
    let mut merged = Merged::default();
    let origin = merged.add_origin(Origin {
        label: "the kubeconfig array".into(),
        dir: cwd.to_path_buf(),
    });
    from_parsed(merged, origin, doc, context)
}

/// Reads the files kubectl would read: the `KUBECONFIG` list (empty elements
/// skipped, files that do not exist skipped, merged with kubectl's rules), or
/// `<home>/.kube/config` when the variable is unset or empty.
pub fn from_env(
    kubeconfig_var: Option<&str>,
    home: Option<&Path>,
    context: Option<&str>,
) -> Result<Selected> {
    from_env_in(kubeconfig_var, home, context, &cwd())
}

/// [`from_env`] with relative entries of the list taken from `cwd`.
pub fn from_env_in(
    kubeconfig_var: Option<&str>,
    home: Option<&Path>,
    context: Option<&str>,
    cwd: &Path,
) -> Result<Selected> {
    let listed: Vec<&str> = kubeconfig_var
        .unwrap_or("")
        .split(LIST_SEPARATOR)
        .filter(|s| !s.is_empty())
        .collect();

    let mut merged = Merged::default();
    if listed.is_empty() {
        let home = home.filter(|h| !h.as_os_str().is_empty()).ok_or_else(|| {
            err("neither KUBECONFIG nor HOME is set, so there is no kubeconfig to read; set KUBECONFIG to the path of a kubeconfig file, or give the path explicitly")
        })?;
        let path = home.join(".kube").join("config");
        let text = match read_bounded(&path) {
            Err(e) if e.kind() == ErrorKind::NotFound => {
                return Err(err(format!(
                    "{} does not exist (KUBECONFIG is not set, so kubectl's default file is used); create it, set KUBECONFIG to the kubeconfig to use, or give the path explicitly",
                    path.display()
                )));
            }
            other => decode_file(&path, other)?,
        };
        load_into(&mut merged, &path, &text)?;
    } else {
        let mut seen = HashSet::new();
        let mut missing = Vec::new();
        let mut found = 0;
        for item in listed {
            if !seen.insert(item) {
                continue; // client-go de-duplicates the list
            }
            let path = cwd.join(expand_tilde(item, home)?);
            match read_bounded(&path) {
                Err(e) if e.kind() == ErrorKind::NotFound => {
                    missing.push(path.display().to_string());
                    continue;
                }
                other => {
                    let text = decode_file(&path, other)?;
                    found += 1;
                    load_into(&mut merged, &path, &text)?;
                }
            }
        }
        if found == 0 {
            return Err(err(format!(
                "none of the files listed in KUBECONFIG exists: {}; fix KUBECONFIG or create the file",
                missing.join(", ")
            )));
        }
    }
    select(&merged, context)
}

// ---------------------------------------------------------------------------
// Schema. Field names are those of the file; unknown fields are ignored, as
// kubectl ignores them. Strings accept numbers and booleans (sigs.k8s.io/yaml
// turns `name: 123` into "123" for a string field); empty strings count as
// unset, as Go's zero values do.

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
struct Cluster {
    #[serde(deserialize_with = "opt_string")]
    server: Option<String>,
    #[serde(rename = "certificate-authority", deserialize_with = "opt_string")]
    certificate_authority: Option<String>,
    #[serde(rename = "certificate-authority-data", deserialize_with = "opt_string")]
    certificate_authority_data: Option<String>,
    #[serde(rename = "insecure-skip-tls-verify", deserialize_with = "flag")]
    insecure_skip_tls_verify: bool,
    #[serde(rename = "tls-server-name", deserialize_with = "opt_string")]
    tls_server_name: Option<String>,
    #[serde(rename = "proxy-url", deserialize_with = "opt_string")]
    proxy_url: Option<String>,
    #[serde(rename = "disable-compression", deserialize_with = "flag")]
    disable_compression: bool,
    #[serde(deserialize_with = "list")]
    extensions: Vec<NamedExtension>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
struct NamedExtension {
    #[serde(deserialize_with = "opt_string")]
    name: Option<String>,
    extension: Value,
}

/// A user entry. Secret-bearing fields are reduced to "is it set" while
/// parsing, so their values never reach this struct or an error message.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
struct User {
    exec: Value,
    #[serde(rename = "auth-provider", deserialize_with = "opt_struct")]
    auth_provider: Option<AuthProvider>,
    #[serde(deserialize_with = "present")]
    token: bool,
    #[serde(rename = "tokenFile", deserialize_with = "present")]
    token_file: bool,
    #[serde(rename = "client-certificate", deserialize_with = "present")]
    client_certificate: bool,
    #[serde(rename = "client-certificate-data", deserialize_with = "present")]
    client_certificate_data: bool,
    #[serde(rename = "client-key", deserialize_with = "present")]
    client_key: bool,
    #[serde(rename = "client-key-data", deserialize_with = "present")]
    client_key_data: bool,
    #[serde(deserialize_with = "present")]
    username: bool,
    #[serde(deserialize_with = "present")]
    password: bool,
}

/// Only the name is read: the config holds tokens and client secrets.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
struct AuthProvider {
    #[serde(deserialize_with = "opt_string")]
    name: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
struct Context {
    #[serde(deserialize_with = "opt_string")]
    cluster: Option<String>,
    #[serde(deserialize_with = "opt_string")]
    user: Option<String>,
    #[serde(deserialize_with = "opt_string")]
    #[allow(dead_code)]
    namespace: Option<String>,
}

/// What kind of value this is, without the value (it may be a secret).
fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a mapping",
    }
}

fn opt_string<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Option<String>, D::Error> {
    match Value::deserialize(d)? {
        Value::Null => Ok(None),
        Value::String(s) if s.is_empty() => Ok(None),
        Value::String(s) => Ok(Some(s)),
        Value::Number(n) => Ok(Some(n.to_string())),
        Value::Bool(b) => Ok(Some(b.to_string())),
        other => Err(D::Error::custom(format!(
            "expected a string, got {}",
            kind(&other)
        ))),
    }
}

/// A boolean; also the YAML 1.1 spellings kubectl's YAML reader accepts.
fn flag<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<bool, D::Error> {
    let v = Value::deserialize(d)?;
    match &v {
        Value::Null => return Ok(false),
        Value::Bool(b) => return Ok(*b),
        Value::String(s) => match s.as_str() {
            "y" | "Y" | "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" | "on" | "On" | "ON" => {
                return Ok(true);
            }
            "n" | "N" | "no" | "No" | "NO" | "false" | "False" | "FALSE" | "off" | "Off"
            | "OFF" | "" => return Ok(false),
            _ => {}
        },
        _ => {}
    }
    Err(D::Error::custom(format!(
        "expected true or false, got {}",
        kind(&v)
    )))
}

/// Whether a (possibly secret) field is set; the value is dropped here.
fn present<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<bool, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Null => false,
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        _ => true,
    })
}

/// A list; `null` and an empty PHP array are an empty list, and a mapping
/// (a PHP array whose keys are not 0..n) is read as the list of its values.
fn list<'de, D: Deserializer<'de>, T: DeserializeOwned>(
    d: D,
) -> std::result::Result<Vec<T>, D::Error> {
    let items = match Value::deserialize(d)? {
        Value::Null => return Ok(Vec::new()),
        Value::Array(a) => a,
        Value::Object(m) => m.into_iter().map(|(_, v)| v).collect(),
        other => {
            return Err(D::Error::custom(format!(
                "expected a list, got {}",
                kind(&other)
            )));
        }
    };
    items
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            if !(v.is_object() || v.is_null() || v.as_array().is_some_and(|a| a.is_empty())) {
                return Err(D::Error::custom(format!(
                    "item {i} must be a mapping, got {}",
                    kind(&v)
                )));
            }
            T::deserialize(normalize_empty(v))
                .map_err(|e| D::Error::custom(format!("item {i}: {e}")))
        })
        .collect()
}

/// An optional mapping; an empty PHP array is an empty mapping.
fn opt_struct<'de, D: Deserializer<'de>, T: DeserializeOwned>(
    d: D,
) -> std::result::Result<Option<T>, D::Error> {
    match Value::deserialize(d)? {
        Value::Null => Ok(None),
        v @ Value::Object(_) => T::deserialize(v).map(Some).map_err(D::Error::custom),
        Value::Array(a) if a.is_empty() => T::deserialize(Value::Object(Map::new()))
            .map(Some)
            .map_err(D::Error::custom),
        other => Err(D::Error::custom(format!(
            "expected a mapping, got {}",
            kind(&other)
        ))),
    }
}

/// PHP cannot tell an empty mapping from an empty list; read both as `{}`.
fn normalize_empty(v: Value) -> Value {
    match v {
        Value::Null => Value::Object(Map::new()),
        Value::Array(a) if a.is_empty() => Value::Object(Map::new()),
        other => other,
    }
}

/// Reads a mapping into `T`; on failure, names the key that is wrong.
fn parse_mapping<T: DeserializeOwned + Default>(v: &Value, what: &str) -> Result<T> {
    let map = match v {
        Value::Null => return Ok(T::default()),
        Value::Array(a) if a.is_empty() => return Ok(T::default()),
        Value::Object(m) => m,
        other => {
            return Err(err(format!(
                "{what} must be a mapping, got {}",
                kind(other)
            )));
        }
    };
    T::deserialize(v).map_err(|e| {
        // Retry key by key to say which one is wrong.
        let bad = map.iter().find_map(|(k, val)| {
            let mut one = Map::new();
            one.insert(k.clone(), val.clone());
            T::deserialize(&Value::Object(one))
                .err()
                .map(|e| (k.clone(), e))
        });
        match bad {
            Some((k, e)) => err(format!("{what}.{k}: {e}")),
            None => err(format!("{what}: {e}")),
        }
    })
}

// ---------------------------------------------------------------------------
// Loading and merging.

/// Where entries came from: a label for messages and the folder relative
/// paths are resolved against.
#[derive(Debug, Clone)]
struct Origin {
    label: String,
    dir: PathBuf,
}

#[derive(Debug, Clone)]
struct Entry<T> {
    name: String,
    item: T,
    origin: usize,
}

/// One parsed document.
#[derive(Debug, Default)]
struct Doc {
    origin: usize,
    clusters: Vec<(String, Cluster)>,
    users: Vec<(String, User)>,
    contexts: Vec<(String, Context)>,
    current_context: Option<String>,
}

/// Documents merged with kubectl's rules.
#[derive(Debug, Default)]
struct Merged {
    origins: Vec<Origin>,
    clusters: Vec<Entry<Cluster>>,
    users: Vec<Entry<User>>,
    contexts: Vec<Entry<Context>>,
    current_context: Option<(String, usize)>,
}

impl Merged {
    fn add_origin(&mut self, origin: Origin) -> usize {
        self.origins.push(origin);
        self.origins.len() - 1
    }

    /// The first document that defines a name wins; a later entry of the same
    /// name is ignored entirely, not merged field by field.
    fn add(&mut self, doc: Doc) {
        fn merge<T>(into: &mut Vec<Entry<T>>, from: Vec<(String, T)>, origin: usize) {
            for (name, item) in from {
                if !into.iter().any(|e| e.name == name) {
                    into.push(Entry { name, item, origin });
                }
            }
        }
        merge(&mut self.clusters, doc.clusters, doc.origin);
        merge(&mut self.users, doc.users, doc.origin);
        merge(&mut self.contexts, doc.contexts, doc.origin);
        if self.current_context.is_none() {
            self.current_context = doc.current_context.map(|c| (c, doc.origin));
        }
    }

    /// "in FILE" / "in FILE1, FILE2" for not-found messages.
    fn sources(&self) -> String {
        let labels: Vec<&str> = self.origins.iter().map(|o| o.label.as_str()).collect();
        format!("in {}", labels.join(", "))
    }
}

fn from_parsed(
    mut merged: Merged,
    origin: usize,
    doc: &Value,
    context: Option<&str>,
) -> Result<Selected> {
    let label = merged.origins[origin].label.clone();
    if is_empty_doc(doc) {
        return Err(err(format!(
            "{label} is empty: give a kubeconfig with clusters, users and contexts"
        )));
    }
    merged.add(parse_doc(doc, origin, &label)?);
    select(&merged, context)
}

fn load_into(merged: &mut Merged, path: &Path, text: &str) -> Result<()> {
    let origin = merged.add_origin(file_origin(path));
    let label = merged.origins[origin].label.clone();
    let doc = parse_yaml(text, &label)?;
    // kubectl reads an empty file in the list as an empty kubeconfig.
    if !is_empty_doc(&doc) {
        merged.add(parse_doc(&doc, origin, &label)?);
    }
    Ok(())
}

fn is_empty_doc(doc: &Value) -> bool {
    match doc {
        Value::Null => true,
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

fn file_origin(path: &Path) -> Origin {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    Origin {
        label: path.display().to_string(),
        dir: abs.parent().map(Path::to_path_buf).unwrap_or_else(cwd),
    }
}

fn cwd() -> PathBuf {
    std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."))
}

fn parse_doc(doc: &Value, origin: usize, label: &str) -> Result<Doc> {
    let map = doc.as_object().ok_or_else(|| {
        err(format!(
            "{label} is not a kubeconfig: expected a mapping with clusters, users and contexts, got {}",
            kind(doc)
        ))
    })?;
    let current_context = match map.get("current-context") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.is_empty() => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(Value::Bool(b)) => Some(b.to_string()),
        Some(other) => {
            return Err(err(format!(
                "{label}: current-context must be a string, got {}",
                kind(other)
            )));
        }
    };
    Ok(Doc {
        origin,
        clusters: named(map, "clusters", "cluster", label)?,
        users: named(map, "users", "user", label)?,
        contexts: named(map, "contexts", "context", label)?,
        current_context,
    })
}

/// Reads a `[{name: ..., <inner>: {...}}]` list; a name defined twice in one
/// file is an error, as it is for kubectl.
fn named<T: DeserializeOwned + Default>(
    map: &Map<String, Value>,
    list_key: &str,
    inner_key: &str,
    label: &str,
) -> Result<Vec<(String, T)>> {
    let items: Vec<&Value> = match map.get(list_key) {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(a)) => a.iter().collect(),
        Some(Value::Object(m)) => m.values().collect(),
        Some(other) => {
            return Err(err(format!(
                "{label}: {list_key} must be a list of entries with name and {inner_key}, got {}",
                kind(other)
            )));
        }
    };
    let mut out: Vec<(String, T)> = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        let entry = match item {
            Value::Object(m) => m,
            other => {
                return Err(err(format!(
                    "{label}: {list_key}[{i}] must be a mapping with name and {inner_key}, got {}",
                    kind(other)
                )));
            }
        };
        let name = match entry.get("name") {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) => n.to_string(),
            Some(Value::Bool(b)) => b.to_string(),
            Some(other) => {
                return Err(err(format!(
                    "{label}: {list_key}[{i}].name must be a string, got {}",
                    kind(other)
                )));
            }
        };
        let what = format!("{label}: {list_key}[{i}] ({}).{inner_key}", quote(&name));
        let inner: T = parse_mapping(entry.get(inner_key).unwrap_or(&Value::Null), &what)?;
        if out.iter().any(|(n, _)| *n == name) {
            return Err(err(format!(
                "{label}: {list_key} defines {} twice; remove or rename one of them",
                quote(&name)
            )));
        }
        out.push((name, inner));
    }
    Ok(out)
}

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

fn expand_tilde(path: &str, home: Option<&Path>) -> Result<PathBuf> {
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
const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Reads a regular file of at most [`MAX_FILE_BYTES`]. A path naming a FIFO,
/// a device or `/dev/stdin` would block a web worker forever, so the file is
/// opened without blocking and refused unless it is a regular file.
fn read_bounded(path: &Path) -> std::io::Result<Vec<u8>> {
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

fn read_file(path: &Path) -> Result<String> {
    decode_file(path, read_bounded(path))
}

fn decode_file(path: &Path, read: std::io::Result<Vec<u8>>) -> Result<String> {
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

/// YAML (or JSON) text to JSON, with merge keys (`<<: *anchor`) applied.
fn parse_yaml(text: &str, label: &str) -> Result<Value> {
    let mut y: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| yaml_error(label, &e))?;
    y.apply_merge().map_err(|e| yaml_error(label, &e))?;
    Ok(yaml_to_json(y))
}

fn yaml_error(label: &str, e: &serde_yaml::Error) -> AuthError {
    let msg = e.to_string();
    match e.location() {
        Some(loc) => {
            let (line, column) = (loc.line(), loc.column());
            let own = format!(" at line {line} column {column}");
            let msg = msg.replacen(&own, "", 1);
            err(format!(
                "{label}: YAML syntax error at line {line}, column {column}: {msg}"
            ))
        }
        None => err(format!(
            "{label}: cannot be read as YAML: {msg} (a kubeconfig is a single YAML document)"
        )),
    }
}

/// Scalars keep their type (integers stay numbers, strings stay strings);
/// mapping keys become strings; tags are dropped, keeping the tagged value.
fn yaml_to_json(v: serde_yaml::Value) -> Value {
    use serde_yaml::Value as Y;
    match v {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                n.as_f64()
                    .and_then(serde_json::Number::from_f64)
                    .map(Value::Number)
                    // .nan / .inf have no JSON form.
                    .unwrap_or_else(|| Value::String(n.to_string()))
            }
        }
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => Value::Array(items.into_iter().map(yaml_to_json).collect()),
        Y::Mapping(m) => Value::Object(
            m.into_iter()
                .map(|(k, v)| (yaml_key(k), yaml_to_json(v)))
                .collect(),
        ),
        Y::Tagged(t) => yaml_to_json(t.value),
    }
}

fn yaml_key(k: serde_yaml::Value) -> String {
    match yaml_to_json(k) {
        Value::String(s) => s,
        Value::Null => "null".into(),
        other => other.to_string(),
    }
}

// ---------------------------------------------------------------------------
// Selection.

fn select(merged: &Merged, context: Option<&str>) -> Result<Selected> {
    let context_name = match context.filter(|c| !c.is_empty()) {
        Some(c) => c.to_string(),
        None => match &merged.current_context {
            Some((c, _)) => c.clone(),
            None => {
                return Err(err(format!(
                    "no context was given and current-context is not set {}; name the context to use ({}) or set current-context (kubectl config use-context NAME)",
                    merged.sources(),
                    available("contexts", &merged.contexts)
                )));
            }
        },
    };
    let how = match (context.filter(|c| !c.is_empty()), &merged.current_context) {
        (Some(_), _) => "the requested context".to_string(),
        (None, Some((_, o))) => format!("current-context (set in {})", merged.origins[*o].label),
        (None, None) => "the context".to_string(),
    };

    let ctx = find(&merged.contexts, &context_name).ok_or_else(|| {
        err(format!(
            "{how} {} was not found {}; {}",
            quote(&context_name),
            merged.sources(),
            available("contexts", &merged.contexts)
        ))
    })?;
    let ctx_where = &merged.origins[ctx.origin].label;

    let user_name = ctx.item.user.clone().ok_or_else(|| {
        err(format!(
            "context {} ({ctx_where}) names no user; set context.user to the name of a user with an exec section",
            quote(&context_name)
        ))
    })?;
    let cluster_name = ctx.item.cluster.clone().ok_or_else(|| {
        err(format!(
            "context {} ({ctx_where}) names no cluster; set context.cluster to the name of a cluster",
            quote(&context_name)
        ))
    })?;

    let user = find(&merged.users, &user_name).ok_or_else(|| {
        err(format!(
            "user {} (named by context {}) was not found {}; {}",
            quote(&user_name),
            quote(&context_name),
            merged.sources(),
            available("users", &merged.users)
        ))
    })?;
    let user_where = &merged.origins[user.origin].label;
    let exec = match &user.item.exec {
        Value::Null => {
            let msg = match &user.item.auth_provider {
                Some(ap) => legacy_auth_provider(&user_name, user_where, ap.name.as_deref()),
                None => no_exec(&user_name, user_where, &user.item),
            };
            return Err(err(msg));
        }
        Value::Array(a) if a.is_empty() => Value::Object(Map::new()),
        other => other.clone(),
    };

    let cluster = find(&merged.clusters, &cluster_name).ok_or_else(|| {
        err(format!(
            "cluster {} (named by context {}) was not found {}; {}",
            quote(&cluster_name),
            quote(&context_name),
            merged.sources(),
            available("clusters", &merged.clusters)
        ))
    })?;
    let info = cluster_info(&cluster_name, cluster, &merged.origins[cluster.origin])?;

    Ok(Selected {
        context: context_name,
        cluster_name,
        user_name,
        exec,
        base_dir: merged.origins[user.origin].dir.clone(),
        cluster: info,
    })
}

fn find<'a, T>(entries: &'a [Entry<T>], name: &str) -> Option<&'a Entry<T>> {
    entries.iter().find(|e| e.name == name)
}

fn available<T>(what: &str, entries: &[Entry<T>]) -> String {
    if entries.is_empty() {
        format!("the kubeconfig defines no {what}")
    } else {
        let names: Vec<String> = entries.iter().map(|e| quote(&e.name)).collect();
        format!("available {what}: {}", names.join(", "))
    }
}

fn cluster_info(name: &str, entry: &Entry<Cluster>, origin: &Origin) -> Result<ClusterInfo> {
    let c = &entry.item;
    let certificate_authority_data = match (&c.certificate_authority_data, &c.certificate_authority)
    {
        (Some(data), _) => Some(data.clone()),
        (None, Some(file)) => {
            let path = origin.dir.join(file); // an absolute `file` replaces dir
            let bytes = read_bounded(&path).map_err(|e| {
                err(format!(
                    "cluster {} ({}) names certificate-authority {}, resolved to {}, which cannot be read: {e}; fix the path (a relative one is resolved against the folder of the kubeconfig that defines the cluster) or use certificate-authority-data",
                    quote(name),
                    origin.label,
                    quote(file),
                    path.display()
                ))
            })?;
            Some(base64_encode(&bytes))
        }
        (None, None) => None,
    };
    let config = c
        .extensions
        .iter()
        .find(|x| x.name.as_deref() == Some(EXEC_EXTENSION_NAME))
        .and_then(|x| match &x.extension {
            Value::Null => None,
            v => Some(v.to_string()),
        });
    Ok(ClusterInfo {
        server: c.server.clone(),
        tls_server_name: c.tls_server_name.clone(),
        insecure_skip_tls_verify: c.insecure_skip_tls_verify,
        certificate_authority_data,
        proxy_url: c.proxy_url.clone(),
        disable_compression: c.disable_compression,
        config,
    })
}

/// Why a user without `exec` cannot be used, naming what it has instead.
fn no_exec(user: &str, origin: &str, u: &User) -> String {
    let mut kinds: Vec<String> = Vec::new();
    if u.token {
        kinds.push("a bearer token (token)".into());
    }
    if u.token_file {
        kinds.push("a token file (tokenFile)".into());
    }
    let cert: Vec<&str> = [
        (u.client_certificate, "client-certificate"),
        (u.client_certificate_data, "client-certificate-data"),
        (u.client_key, "client-key"),
        (u.client_key_data, "client-key-data"),
    ]
    .iter()
    .filter(|(set, _)| *set)
    .map(|(_, n)| *n)
    .collect();
    if !cert.is_empty() {
        kinds.push(format!("a client certificate ({})", cert.join(", ")));
    }
    let basic: Vec<&str> = [(u.username, "username"), (u.password, "password")]
        .iter()
        .filter(|(set, _)| *set)
        .map(|(_, n)| *n)
        .collect();
    if !basic.is_empty() {
        kinds.push(format!("basic authentication ({})", basic.join(", ")));
    }
    let has = if kinds.is_empty() {
        "it has no credentials at all".to_string()
    } else {
        format!("it authenticates with {}", kinds.join(" and "))
    };
    format!(
        "user {} ({origin}) has no exec section: {has}. This provider only handles exec users (a user.exec section naming a credential plugin); choose a context whose user has one, or pass the exec configuration directly",
        quote(user)
    )
}

/// The exec plugin that replaces a legacy `auth-provider`.
fn legacy_auth_provider(user: &str, origin: &str, name: Option<&str>) -> String {
    let name = name.unwrap_or("");
    let head = format!(
        "user {} ({origin}) uses the legacy auth-provider {} instead of an exec section, and this provider only runs exec credential plugins.",
        quote(user),
        quote(name)
    );
    let advice = match name {
        "gcp" => "Kubernetes 1.26 removed the gcp auth-provider; its replacement is the exec plugin gke-gcloud-auth-plugin: install it (gcloud components install gke-gcloud-auth-plugin) and replace auth-provider with exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: gke-gcloud-auth-plugin, provideClusterInfo: true}, or regenerate the entry with gcloud container clusters get-credentials CLUSTER.".to_string(),
        "azure" => "Kubernetes 1.26 removed the azure auth-provider; its replacement is the exec plugin kubelogin (https://azure.github.io/kubelogin/): install it and run kubelogin convert-kubeconfig -l azurecli to rewrite the user with an exec section.".to_string(),
        "oidc" => "Use the exec plugin kubelogin, also run as kubectl oidc-login (https://github.com/int128/kubelogin): install it and replace auth-provider with exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: kubectl, args: [oidc-login, get-token, --oidc-issuer-url=ISSUER_URL, --oidc-client-id=CLIENT_ID]}, taking the issuer URL and client id from idp-issuer-url and client-id of the old entry (add --oidc-client-secret if it has a client-secret).".to_string(),
        _ => "auth-provider plugins are a legacy client-go mechanism; ask the provider of this cluster for its exec credential plugin (client.authentication.k8s.io) and configure it in a user.exec section.".to_string(),
    };
    format!("{head} {advice}")
}

/// Standard base64 (RFC 4648 alphabet, with padding), as Go's
/// `base64.StdEncoding` writes `certificate-authority-data`.
fn base64_encode(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b1 = chunk.get(1).copied().unwrap_or(0);
        let b2 = chunk.get(2).copied().unwrap_or(0);
        let n = (u32::from(chunk[0]) << 16) | (u32::from(b1) << 8) | u32::from(b2);
        let sym = |shift: u32| ALPHABET[((n >> shift) & 63) as usize] as char;
        out.push(sym(18));
        out.push(sym(12));
        out.push(if chunk.len() > 1 { sym(6) } else { '=' });
        out.push(if chunk.len() > 2 { sym(0) } else { '=' });
    }
    out
}

fn err(msg: impl Into<String>) -> AuthError {
    AuthError::KubeConfig(msg.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const EXEC_YAML: &str = r#"
apiVersion: v1
kind: Config
preferences: {colors: true}
current-context: prod
clusters:
- name: prod
  unknownEntryField: 1
  cluster:
    server: https://prod.example:6443
    certificate-authority-data: Q0EK
    tls-server-name: api.prod
    proxy-url: http://proxy:3128
    disable-compression: true
    insecure-skip-tls-verify: false
    somethingNew: [1, 2]
    extensions:
    - name: other
      extension: {x: 1}
    - name: client.authentication.k8s.io/exec
      extension:
        audience: sts
        port: 8443
contexts:
- name: prod
  context: {cluster: prod, user: aws, namespace: default, extra: x}
users:
- name: aws
  user:
    futureField: {a: b}
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: [eks, get-token, --cluster-name, prod, 8080]
      env: [{name: AWS_PROFILE, value: prod}]
      provideClusterInfo: true
      interactiveMode: Never
"#;

    fn msg(r: Result<Selected>) -> String {
        let e = r.unwrap_err();
        assert!(matches!(e, AuthError::KubeConfig(_)), "{e:?}");
        let s = e.to_string();
        assert!(s.starts_with("Invalid kubeconfig: "), "{s}");
        s
    }

    fn has(s: &str, parts: &[&str]) {
        for p in parts {
            assert!(s.contains(p), "missing {p:?} in: {s}");
        }
    }

    fn with_user(user: Value) -> Value {
        json!({
            "current-context": "c",
            "contexts": [{"name": "c", "context": {"cluster": "k", "user": "u"}}],
            "clusters": [{"name": "k", "cluster": {"server": "https://k"}}],
            "users": [{"name": "u", "user": user}],
        })
    }

    #[test]
    fn reads_the_full_schema_and_ignores_unknown_fields() {
        let s = from_yaml(EXEC_YAML, None).unwrap();
        assert_eq!(
            (s.context.as_str(), s.cluster_name.as_str()),
            ("prod", "prod")
        );
        assert_eq!(s.user_name, "aws");
        assert_eq!(s.exec["command"], "aws");
        assert_eq!(s.exec["args"][4], json!(8080), "YAML ints stay numbers");
        assert_eq!(s.exec["args"][0], json!("eks"));
        assert_eq!(s.exec["provideClusterInfo"], json!(true));
        assert_eq!(s.base_dir, std::env::current_dir().unwrap());
        assert_eq!(
            s.cluster,
            ClusterInfo {
                server: Some("https://prod.example:6443".into()),
                tls_server_name: Some("api.prod".into()),
                insecure_skip_tls_verify: false,
                certificate_authority_data: Some("Q0EK".into()),
                proxy_url: Some("http://proxy:3128".into()),
                disable_compression: true,
                config: Some(r#"{"audience":"sts","port":8443}"#.into()),
            }
        );
        // The exec block passes unchanged (key order too) and validates.
        let keys: Vec<&String> = s.exec.as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            [
                "apiVersion",
                "command",
                "args",
                "env",
                "provideClusterInfo",
                "interactiveMode"
            ]
        );
        crate::core::exec_config::ExecConfig::from_value(&s.exec).unwrap();
    }

    #[test]
    fn json_form_kubeconfig_works() {
        let text = r#"{"apiVersion":"v1","current-context":"c",
          "clusters":[{"name":"k","cluster":{"server":"https://k","insecure-skip-tls-verify":true}}],
          "contexts":[{"name":"c","context":{"cluster":"k","user":"u"}}],
          "users":[{"name":"u","user":{"exec":{"command":"gke-gcloud-auth-plugin","env":null}}}]}"#;
        let s = from_yaml(text, None).unwrap();
        assert_eq!(
            s.exec,
            json!({"command": "gke-gcloud-auth-plugin", "env": null})
        );
        assert!(s.cluster.insecure_skip_tls_verify);
        assert_eq!(s.cluster.config, None);
        assert_eq!(s.cluster.certificate_authority_data, None);
    }

    #[test]
    fn php_arrays_are_accepted() {
        // yaml_parse gives [] for {} and ints for numeric names.
        let doc = json!({
            "current-context": "",
            "preferences": [],
            "clusters": [{"name": 7, "cluster": []}],
            "contexts": {"3": {"name": "c", "context": {"cluster": 7, "user": "u"}}},
            "users": [{"name": "u", "user": {"exec": {"command": "x"}}}],
        });
        let s = from_value(&doc, Some("c")).unwrap();
        assert_eq!(s.cluster_name, "7");
        assert_eq!(s.cluster, ClusterInfo::default());
        let s = from_value(&with_user(json!({"exec": []})), None).unwrap();
        assert_eq!(s.exec, json!({}));
    }

    #[test]
    fn yaml_merge_keys_and_yaml11_booleans() {
        let text = r#"
current-context: c
x-common: &common {command: kubelogin, args: [get-token]}
clusters: [{name: k, cluster: {server: https://k, insecure-skip-tls-verify: yes}}]
contexts: [{name: c, context: {cluster: k, user: u}}]
users:
- name: u
  user:
    exec:
      <<: *common
      apiVersion: client.authentication.k8s.io/v1
"#;
        let s = from_yaml(text, None).unwrap();
        assert_eq!(s.exec["command"], "kubelogin");
        assert_eq!(s.exec["args"], json!(["get-token"]));
        assert!(s.cluster.insecure_skip_tls_verify);
    }

    #[test]
    fn explicit_context_beats_current_context() {
        let mut doc = with_user(json!({"exec": {"command": "x"}}));
        doc["contexts"]
            .as_array_mut()
            .unwrap()
            .push(json!({"name": "d", "context": {"cluster": "k", "user": "u"}}));
        assert_eq!(from_value(&doc, Some("d")).unwrap().context, "d");
        assert_eq!(from_value(&doc, Some("")).unwrap().context, "c");
        assert_eq!(from_value(&doc, None).unwrap().context, "c");
    }

    #[test]
    fn base64_matches_rfc4648_vectors() {
        let cases: [(&[u8], &str); 8] = [
            (b"", ""),
            (b"f", "Zg=="),
            (b"fo", "Zm8="),
            (b"foo", "Zm9v"),
            (b"foob", "Zm9vYg=="),
            (b"fooba", "Zm9vYmE="),
            (b"foobar", "Zm9vYmFy"),
            (&[0xfb, 0xff, 0xfe], "+//+"),
        ];
        for (input, want) in cases {
            assert_eq!(base64_encode(input), want, "{input:?}");
        }
    }

    #[test]
    fn tilde_expansion() {
        let home = Path::new("/home/me");
        assert_eq!(
            expand_tilde("~", Some(home)).unwrap(),
            PathBuf::from("/home/me")
        );
        assert_eq!(
            expand_tilde("~/.kube/config", Some(home)).unwrap(),
            PathBuf::from("/home/me/.kube/config")
        );
        assert_eq!(
            expand_tilde("~bob/config", Some(home)).unwrap(),
            PathBuf::from("~bob/config")
        );
        assert_eq!(
            expand_tilde("/etc/~/x", Some(home)).unwrap(),
            PathBuf::from("/etc/~/x")
        );
        assert_eq!(
            expand_tilde("rel/config", None).unwrap(),
            PathBuf::from("rel/config")
        );
        let e = expand_tilde("~/.kube/config", None)
            .unwrap_err()
            .to_string();
        has(&e, &["~/.kube/config", "HOME is not set"]);
    }

    fn doc(
        origin: usize,
        clusters: &[(&str, &str)],
        users: &[(&str, &str)],
        contexts: &[&str],
        current: Option<&str>,
    ) -> Doc {
        Doc {
            origin,
            clusters: clusters
                .iter()
                .map(|(n, server)| {
                    (
                        n.to_string(),
                        Cluster {
                            server: Some(server.to_string()),
                            ..Default::default()
                        },
                    )
                })
                .collect(),
            users: users
                .iter()
                .map(|(n, cmd)| {
                    (
                        n.to_string(),
                        User {
                            exec: json!({"command": cmd}),
                            ..Default::default()
                        },
                    )
                })
                .collect(),
            contexts: contexts
                .iter()
                .map(|n| {
                    (
                        n.to_string(),
                        Context {
                            cluster: Some("k".into()),
                            user: Some("u".into()),
                            namespace: None,
                        },
                    )
                })
                .collect(),
            current_context: current.map(str::to_string),
        }
    }

    #[test]
    fn merge_first_definition_wins_and_first_current_context() {
        let mut m = Merged::default();
        for dir in ["/a", "/b", "/c"] {
            m.add_origin(Origin {
                label: format!("{dir}/config"),
                dir: PathBuf::from(dir),
            });
        }
        m.add(doc(0, &[("k", "https://first")], &[], &["c"], None));
        m.add(doc(
            1,
            &[("k", "https://second"), ("k2", "https://k2")],
            &[("u", "second-cmd")],
            &[],
            Some("c"),
        ));
        m.add(doc(2, &[], &[("u", "third-cmd")], &["c", "d"], Some("d")));
        let s = select(&m, None).unwrap();
        assert_eq!(
            s.context, "c",
            "current-context from the first file that sets one"
        );
        assert_eq!(s.cluster.server.as_deref(), Some("https://first"));
        assert_eq!(s.exec["command"], "second-cmd");
        assert_eq!(
            s.base_dir,
            PathBuf::from("/b"),
            "folder of the file defining the user"
        );
        let names: Vec<&str> = m.clusters.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["k", "k2"]);
        assert_eq!(m.contexts.iter().find(|e| e.name == "c").unwrap().origin, 0);
    }

    #[test]
    fn later_same_named_entries_are_not_field_merged() {
        let a = r#"
clusters: [{name: k, cluster: {server: https://a}}]
"#;
        let b = r#"
current-context: c
clusters: [{name: k, cluster: {server: https://b, tls-server-name: b, proxy-url: http://p}}]
contexts: [{name: c, context: {cluster: k, user: u}}]
users: [{name: u, user: {exec: {command: x}}}]
"#;
        let mut m = Merged::default();
        for (i, text) in [a, b].iter().enumerate() {
            let o = m.add_origin(Origin {
                label: format!("f{i}"),
                dir: PathBuf::from("/"),
            });
            let v = parse_yaml(text, "t").unwrap();
            m.add(parse_doc(&v, o, "t").unwrap());
        }
        let s = select(&m, None).unwrap();
        assert_eq!(s.cluster.server.as_deref(), Some("https://a"));
        assert_eq!(s.cluster.tls_server_name, None);
        assert_eq!(s.cluster.proxy_url, None);
    }

    #[test]
    fn empty_documents_say_so() {
        has(
            &msg(from_yaml("", None)),
            &["the kubeconfig string is empty"],
        );
        has(&msg(from_yaml("# just a comment\n", None)), &["is empty"]);
        has(
            &msg(from_value(&json!([]), None)),
            &["the kubeconfig array is empty"],
        );
        has(&msg(from_value(&Value::Null, None)), &["is empty"]);
    }

    #[test]
    fn non_mapping_documents_are_refused() {
        has(
            &msg(from_yaml("- a\n- b\n", None)),
            &["not a kubeconfig", "got a list"],
        );
        has(
            &msg(from_yaml("just text", None)),
            &["not a kubeconfig", "got a string"],
        );
        has(&msg(from_value(&json!(false), None)), &["got a boolean"]);
    }

    #[test]
    fn fifos_and_devices_are_refused_without_blocking() {
        let dir = std::env::temp_dir().join(format!("pk8s-fifo-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let fifo = dir.join("kubeconfig");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: mkfifo on a path in our own temp folder.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let e = msg(from_file(fifo.to_str().unwrap(), None, None));
        assert!(e.contains("not a regular file"), "{e}");
        let yaml = format!(
            "current-context: c\ncontexts: [{{name: c, context: {{cluster: k, user: u}}}}]\nclusters: [{{name: k, cluster: {{server: 'https://k', certificate-authority: {}}}}}]\nusers: [{{name: u, user: {{exec: {{command: aws}}}}}}]\n",
            fifo.display()
        );
        let e = msg(from_yaml(&yaml, None));
        assert!(e.contains("not a regular file"), "{e}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn yaml_syntax_errors_carry_line_and_column() {
        let e = msg(from_yaml(
            "clusters:\n- name: a\n  cluster: {server: [x\n",
            None,
        ));
        has(&e, &["the kubeconfig string", "YAML syntax error at line"]);
        let e = msg(from_yaml("a: b: c\n", None));
        has(&e, &["line 1, column 5", "mapping values are not allowed"]);
        assert!(!e.contains("at line 1 column 5"), "{e}");
        let e = msg(from_yaml("a: 1\n---\nb: 2\n", None));
        has(&e, &["more than one document"]);
    }

    #[test]
    fn wrong_types_name_the_entry_and_field_but_not_the_value() {
        let mut d = with_user(json!({"exec": {"command": "x"}}));
        d["clusters"][0]["cluster"]["server"] = json!(["https://k"]);
        has(
            &msg(from_value(&d, None)),
            &["clusters[0] (\"k\").cluster.server: expected a string, got a list"],
        );
        let mut d = with_user(json!({"exec": {"command": "x"}}));
        d["clusters"][0]["cluster"]["insecure-skip-tls-verify"] = json!("maybe");
        has(
            &msg(from_value(&d, None)),
            &["insecure-skip-tls-verify: expected true or false, got a string"],
        );
        let d = with_user(json!("s3cr3t-token"));
        let e = msg(from_value(&d, None));
        has(
            &e,
            &["users[0] (\"u\").user must be a mapping, got a string"],
        );
        assert!(!e.contains("s3cr3t"), "{e}");
        let d = with_user(json!({"auth-provider": "s3cr3t"}));
        let e = msg(from_value(&d, None));
        has(
            &e,
            &["user.auth-provider: expected a mapping, got a string"],
        );
        assert!(!e.contains("s3cr3t"), "{e}");
        let mut d = with_user(json!({"exec": {"command": "x"}}));
        d["contexts"] = json!("c");
        has(
            &msg(from_value(&d, None)),
            &["contexts must be a list", "got a string"],
        );
        let mut d = with_user(json!({"exec": {"command": "x"}}));
        d["clusters"][0]["cluster"]["extensions"] = json!([1]);
        has(
            &msg(from_value(&d, None)),
            &["cluster.extensions: item 0 must be a mapping"],
        );
    }

    #[test]
    fn duplicate_names_in_one_file_are_refused() {
        let mut d = with_user(json!({"exec": {"command": "x"}}));
        d["users"]
            .as_array_mut()
            .unwrap()
            .push(json!({"name": "u", "user": {}}));
        has(&msg(from_value(&d, None)), &["users defines \"u\" twice"]);
    }

    #[test]
    fn missing_current_context_lists_contexts() {
        let mut d = with_user(json!({"exec": {"command": "x"}}));
        d.as_object_mut().unwrap().remove("current-context");
        d["contexts"]
            .as_array_mut()
            .unwrap()
            .push(json!({"name": "staging", "context": {}}));
        has(
            &msg(from_value(&d, None)),
            &[
                "no context was given and current-context is not set",
                "available contexts: \"c\", \"staging\"",
            ],
        );
        has(
            &msg(from_yaml("kind: Config\n", None)),
            &["current-context is not set", "defines no contexts"],
        );
    }

    #[test]
    fn not_found_names_and_lists() {
        let d = with_user(json!({"exec": {"command": "x"}}));
        has(
            &msg(from_value(&d, Some("nope"))),
            &[
                "context \"nope\" was not found in the kubeconfig array",
                "available contexts: \"c\"",
            ],
        );
        let mut d2 = d.clone();
        d2["current-context"] = json!("gone");
        has(
            &msg(from_value(&d2, None)),
            &["current-context", "\"gone\" was not found"],
        );
        let mut d2 = d.clone();
        d2["contexts"][0]["context"]["cluster"] = json!("missing-cluster");
        has(
            &msg(from_value(&d2, None)),
            &[
                "cluster \"missing-cluster\"",
                "named by context \"c\"",
                "not found",
                "available clusters: \"k\"",
            ],
        );
        let mut d2 = d.clone();
        d2["contexts"][0]["context"]["user"] = json!("missing-user");
        has(
            &msg(from_value(&d2, None)),
            &[
                "user \"missing-user\"",
                "not found",
                "available users: \"u\"",
            ],
        );
        let mut d2 = d.clone();
        d2["contexts"][0]["context"] = json!({"cluster": "k"});
        has(
            &msg(from_value(&d2, None)),
            &["context \"c\"", "names no user"],
        );
        let mut d2 = d;
        d2["contexts"][0]["context"] = json!({"user": "u"});
        has(
            &msg(from_value(&d2, None)),
            &["context \"c\"", "names no cluster"],
        );
    }

    #[test]
    fn non_exec_users_say_what_they_have() {
        let cases = [
            (json!({"token": "s3cr3t"}), vec!["a bearer token (token)"]),
            (
                json!({"tokenFile": "/var/run/s3cr3t"}),
                vec!["a token file (tokenFile)"],
            ),
            (
                json!({"client-certificate-data": "s3cr3t", "client-key-data": "s3cr3t"}),
                vec!["a client certificate (client-certificate-data, client-key-data)"],
            ),
            (
                json!({"client-certificate": "/s3cr3t.crt", "client-key": "/s3cr3t.key"}),
                vec!["a client certificate (client-certificate, client-key)"],
            ),
            (
                json!({"username": "admin-s3cr3t", "password": "s3cr3t"}),
                vec!["basic authentication (username, password)"],
            ),
            (
                json!({"token": "s3cr3t", "password": "s3cr3t"}),
                vec!["a bearer token (token) and basic authentication (password)"],
            ),
            (json!({}), vec!["no credentials at all"]),
            (json!(null), vec!["no credentials at all"]),
            (json!({"token": ""}), vec!["no credentials at all"]),
        ];
        for (user, wants) in cases {
            let e = msg(from_value(&with_user(user.clone()), None));
            has(&e, &wants);
            has(
                &e,
                &[
                    "user \"u\" (the kubeconfig array) has no exec section",
                    "only handles exec users",
                ],
            );
            assert!(!e.contains("s3cr3t"), "{e}");
        }
    }

    #[test]
    fn legacy_auth_providers_point_to_their_exec_plugin() {
        let secret_cfg = json!({"access-token": "s3cr3t", "client-secret": "s3cr3t", "id-token": "s3cr3t",
            "refresh-token": "s3cr3t", "idp-issuer-url": "https://issuer", "client-id": "cid"});
        let cases = [
            (
                "gcp",
                vec!["gke-gcloud-auth-plugin", "command: gke-gcloud-auth-plugin"],
            ),
            (
                "azure",
                vec!["kubelogin", "kubelogin convert-kubeconfig -l azurecli"],
            ),
            (
                "oidc",
                vec!["kubelogin", "kubectl oidc-login", "int128/kubelogin"],
            ),
            ("openstack", vec!["exec credential plugin", "user.exec"]),
        ];
        for (name, wants) in cases {
            let user = json!({"auth-provider": {"name": name, "config": secret_cfg}});
            let e = msg(from_value(&with_user(user), None));
            has(&e, &wants);
            has(
                &e,
                &[&format!("legacy auth-provider \"{name}\""), "user \"u\""],
            );
            assert!(!e.contains("s3cr3t"), "{e}");
        }
    }

    #[test]
    fn exec_wins_over_other_credentials() {
        let s = from_value(
            &with_user(
                json!({"exec": {"command": "x"}, "token": "t", "auth-provider": {"name": "gcp"}}),
            ),
            None,
        )
        .unwrap();
        assert_eq!(s.exec, json!({"command": "x"}));
    }

    #[test]
    fn missing_certificate_authority_file_is_an_error_with_the_resolved_path() {
        let mut d = with_user(json!({"exec": {"command": "x"}}));
        d["clusters"][0]["cluster"]["certificate-authority"] = json!("no-such-dir-kc/ca.crt");
        let e = msg(from_value(&d, None));
        let resolved = std::env::current_dir()
            .unwrap()
            .join("no-such-dir-kc/ca.crt");
        has(
            &e,
            &[
                &resolved.display().to_string(),
                "cluster \"k\"",
                "certificate-authority",
            ],
        );
        // Data wins over the file, which is then not read.
        d["clusters"][0]["cluster"]["certificate-authority-data"] = json!("Q0E=");
        let s = from_value(&d, None).unwrap();
        assert_eq!(
            s.cluster.certificate_authority_data.as_deref(),
            Some("Q0E=")
        );
    }

    #[test]
    fn missing_file_names_path_and_reason() {
        let e = msg(from_file("/nonexistent-kc-dir/config", None, None));
        has(
            &e,
            &[
                "/nonexistent-kc-dir/config",
                "does not exist",
                "No such file or directory",
            ],
        );
        let e = msg(from_file(
            "~/.kube/nope-kc",
            None,
            Some(Path::new("/nonexistent-home")),
        ));
        has(&e, &["/nonexistent-home/.kube/nope-kc"]);
        has(&msg(from_file("~/x", None, None)), &["HOME is not set"]);
        has(&msg(from_file("", None, None)), &["path is empty"]);
    }

    #[test]
    fn env_defaults_and_missing_lists() {
        has(
            &msg(from_env(None, Some(Path::new("/nonexistent-home")), None)),
            &[
                "/nonexistent-home/.kube/config does not exist",
                "KUBECONFIG is not set",
            ],
        );
        has(
            &msg(from_env(Some(""), None, None)),
            &["neither KUBECONFIG nor HOME is set"],
        );
        has(
            &msg(from_env(
                Some("/nonexistent-a:/nonexistent-b::"),
                None,
                None,
            )),
            &["none of the files listed in KUBECONFIG exists: /nonexistent-a, /nonexistent-b"],
        );
    }
}
