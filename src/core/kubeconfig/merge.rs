//! Merging documents with kubectl's rules: the first file that defines a
//! name wins, and the first file that sets current-context wins.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::load::parse_yaml;
use super::schema::{Cluster, Context, User, kind, parse_mapping};
use super::select::select;
use super::{Selected, err};
use crate::core::error::Result;
use crate::core::exec_config::quote;

/// Where entries came from: a label for messages and the folder relative
/// paths are resolved against.
#[derive(Debug, Clone)]
pub(super) struct Origin {
    pub(super) label: String,
    pub(super) dir: PathBuf,
}

#[derive(Debug, Clone)]
pub(super) struct Entry<T> {
    pub(super) name: String,
    pub(super) item: T,
    pub(super) origin: usize,
}

/// One parsed document.
#[derive(Debug, Default)]
pub(super) struct Doc {
    pub(super) origin: usize,
    pub(super) clusters: Vec<(String, Cluster)>,
    pub(super) users: Vec<(String, User)>,
    pub(super) contexts: Vec<(String, Context)>,
    pub(super) current_context: Option<String>,
}

/// Documents merged with kubectl's rules.
#[derive(Debug, Default)]
pub(super) struct Merged {
    pub(super) origins: Vec<Origin>,
    pub(super) clusters: Vec<Entry<Cluster>>,
    pub(super) users: Vec<Entry<User>>,
    pub(super) contexts: Vec<Entry<Context>>,
    pub(super) current_context: Option<(String, usize)>,
}

impl Merged {
    pub(super) fn add_origin(&mut self, origin: Origin) -> usize {
        self.origins.push(origin);
        self.origins.len() - 1
    }

    /// The first document that defines a name wins; a later entry of the same
    /// name is ignored entirely, not merged field by field.
    pub(super) fn add(&mut self, doc: Doc) {
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
    pub(super) fn sources(&self) -> String {
        let labels: Vec<&str> = self.origins.iter().map(|o| o.label.as_str()).collect();
        format!("in {}", labels.join(", "))
    }
}

pub(super) fn from_parsed(
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

pub(super) fn load_into(merged: &mut Merged, path: &Path, cwd: &Path, text: &str) -> Result<()> {
    let origin = merged.add_origin(file_origin(path, cwd));
    let label = merged.origins[origin].label.clone();
    let doc = parse_yaml(text, &label)?;
    // kubectl reads an empty file in the list as an empty kubeconfig.
    if !is_empty_doc(&doc) {
        merged.add(parse_doc(&doc, origin, &label)?);
    }
    Ok(())
}

pub(super) fn is_empty_doc(doc: &Value) -> bool {
    match doc {
        Value::Null => true,
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

/// A file's label and folder; `path` is already joined with the working
/// folder, so it is absolute unless that folder is unknown.
pub(super) fn file_origin(path: &Path, cwd: &Path) -> Origin {
    let abs = cwd.join(path);
    Origin {
        label: path.display().to_string(),
        dir: abs
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| cwd.to_path_buf()),
    }
}

pub(super) fn parse_doc(doc: &Value, origin: usize, label: &str) -> Result<Doc> {
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
pub(super) fn named<T: DeserializeOwned + Default>(
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
