//! Picking the exec user out of a kubeconfig, by kubectl's rules, split the
//! way client-go's `clientcmd` splits the job:
//! - [`schema`]: the file's types (clusters, users, contexts);
//! - [`load`]: which files are read (`KUBECONFIG`, `~/.kube/config`, `~`),
//!   bounded reading and YAML decoding;
//! - [`merge`]: several files merged (the first file that defines a name wins);
//! - [`select`]: the context, user and cluster used, and what the cluster
//!   tells the plugin;
//! - [`typed`]: the strict typed decoding kubectl applies to YAML text;
//! - [`messages`]: why a user without `exec` cannot be used.
//!
//! Every document, whether it comes from a file, a YAML string or the array
//! PHP's `yaml_parse()` returns, is first turned into a `serde_json::Value` and
//! then read by the same code, so the entry points behave alike.
//!
//! Messages never contain a token, password or key: the schema types record
//! only whether such a field is set, and type errors name the kind of value
//! found, never the value.

mod load;
mod merge;
mod messages;
mod schema;
mod select;
#[cfg(test)]
mod tests;
mod typed;

use std::collections::HashSet;
use std::io::ErrorKind;
use std::path::PathBuf;

use serde_json::Value;

use super::cluster_info::ClusterInfo;
use super::error::{AuthError, Result};

pub use load::process_home;
use load::{decode_file, expand_tilde, parse_yaml, read_bounded, read_file};
use merge::{Merged, Origin, file_origin, from_parsed, load_into, parse_doc};
use select::select;

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
    /// strings/arrays the working folder at load time.
    pub base_dir: PathBuf,
    /// The selected cluster's connection data (always filled, whether or not
    /// provideClusterInfo is set).
    pub cluster: ClusterInfo,
}

/// What loading depends on besides the kubeconfig itself: the home folder
/// (`~`, `~/.kube/config`), the working folder (relative paths; PHP's, which
/// under ZTS is not the process's) and the `KUBECONFIG` variable.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Loader {
    pub home: Option<PathBuf>,
    pub cwd: PathBuf,
    pub kubeconfig_var: Option<String>,
}

impl Loader {
    /// The process's view: `HOME` (or the password database), the given
    /// working folder (the process's when `None`) and `KUBECONFIG`.
    pub fn from_process(cwd: Option<PathBuf>) -> Loader {
        Loader {
            home: process_home(),
            cwd: cwd
                .filter(|c| !c.as_os_str().is_empty())
                .unwrap_or_else(process_cwd),
            kubeconfig_var: std::env::var("KUBECONFIG").ok(),
        }
    }

    /// Reads one kubeconfig file. `~` and `~/…` at the start of `path` are
    /// expanded with `home`; a relative path is taken from `cwd`.
    pub fn file(&self, path: &str, context: Option<&str>) -> Result<Selected> {
        if path.is_empty() {
            return Err(err(
                "the kubeconfig path is empty; give the path of a kubeconfig file, e.g. ~/.kube/config",
            ));
        }
        let path = self.cwd.join(expand_tilde(path, self.home.as_deref())?);
        let text = read_file(&path)?;
        let mut merged = Merged::default();
        let origin = merged.add_origin(file_origin(&path, &self.cwd));
        let label = merged.origins[origin].label.clone();
        let doc = parse_yaml(&text, &label)?;
        if merge::is_empty_doc(&doc) {
            return Err(err(format!(
                "{label} is empty: it contains no YAML document; write a kubeconfig into it (kubectl config view shows one) or point to another file"
            )));
        }
        merged.add(parse_doc(&doc, origin, &label)?);
        select(&merged, context)
    }

    /// Reads a kubeconfig given as YAML (or JSON) text. Relative paths in it
    /// are resolved against `cwd`.
    pub fn yaml(&self, yaml: &str, context: Option<&str>) -> Result<Selected> {
        let mut merged = Merged::default();
        let origin = merged.add_origin(Origin {
            label: "the kubeconfig string".into(),
            dir: self.cwd.clone(),
        });
        let doc = parse_yaml(yaml, &merged.origins[origin].label)?;
        from_parsed(merged, origin, &doc, context)
    }

    /// Reads a kubeconfig already parsed into a JSON-like value (the array
    /// PHP's `yaml_parse()` returns). Relative paths in it are resolved
    /// against `cwd`.
    pub fn value(&self, doc: &Value, context: Option<&str>) -> Result<Selected> {
        let mut merged = Merged::default();
        let origin = merged.add_origin(Origin {
            label: "the kubeconfig array".into(),
            dir: self.cwd.clone(),
        });
        from_parsed(merged, origin, doc, context)
    }

    /// Reads the files kubectl would read: the `KUBECONFIG` list (empty
    /// elements skipped, files that do not exist skipped, merged with
    /// kubectl's rules), or `<home>/.kube/config` when the variable is unset
    /// or empty.
    pub fn variable(&self, context: Option<&str>) -> Result<Selected> {
        let home = self.home.as_deref();
        let listed: Vec<&str> = self
            .kubeconfig_var
            .as_deref()
            .unwrap_or("")
            .split(LIST_SEPARATOR)
            .filter(|s| !s.is_empty())
            .collect();

        let mut merged = Merged::default();
        let var = self.kubeconfig_var.as_deref().unwrap_or("");
        if listed.is_empty() && !var.is_empty() {
            // client-go: a set KUBECONFIG that lists no file loads nothing
            // (not the default file), and kubectl then has no cluster.
            return Err(err(format!(
                "KUBECONFIG is set to {} , which lists no file, so no kubeconfig is read (kubectl does not fall back to ~/.kube/config either); list the kubeconfig files, or unset KUBECONFIG to use ~/.kube/config",
                crate::core::exec_config::quote(var)
            )));
        }
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
            load_into(&mut merged, &path, &self.cwd, &text)?;
        } else {
            let mut seen = HashSet::new();
            let mut missing = Vec::new();
            let mut found = 0;
            for item in listed {
                if !seen.insert(item) {
                    continue; // client-go de-duplicates the list
                }
                let path = self.cwd.join(expand_tilde(item, home)?);
                match read_bounded(&path) {
                    Err(e) if e.kind() == ErrorKind::NotFound => {
                        missing.push(path);
                        continue;
                    }
                    other => {
                        let text = decode_file(&path, other)?;
                        found += 1;
                        load_into(&mut merged, &path, &self.cwd, &text)?;
                    }
                }
            }
            if found == 0 {
                return Err(err(format!(
                    "none of the files listed in KUBECONFIG exists: {}; fix KUBECONFIG or create the file",
                    list_paths(&missing)
                )));
            }
        }
        select(&merged, context)
    }
}

/// Most missing KUBECONFIG files a message names (the variable may list thousands).
const MAX_LISTED: usize = 5;

/// The first [`MAX_LISTED`] paths, escaped, and how many more there were.
fn list_paths(paths: &[PathBuf]) -> String {
    let mut shown: Vec<String> = paths
        .iter()
        .take(MAX_LISTED)
        .map(|p| crate::core::untrusted::escape_path(p))
        .collect();
    if paths.len() > MAX_LISTED {
        shown.push(format!("and {} more", paths.len() - MAX_LISTED));
    }
    shown.join(", ")
}

/// The process's working folder (`.` if it was removed).
fn process_cwd() -> PathBuf {
    std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."))
}

fn err(msg: impl Into<String>) -> AuthError {
    AuthError::KubeConfig(msg.into())
}
