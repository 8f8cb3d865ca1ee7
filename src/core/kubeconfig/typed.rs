//! The typed decoding kubectl applies after YAML → JSON: client-go's
//! `clientcmd/api/v1` structs, read by Go's JSON decoder. A JSON value of the
//! wrong type for a typed field (`args: [yes]`, `tls-server-name: 12`,
//! `insecure-skip-tls-verify: "true"`) makes kubectl refuse the whole file,
//! and so does a `[]byte` field that is not base64 or an extension name used
//! twice in one list. `null` is the zero value and unknown fields are
//! ignored, as Go's decoder does.
//!
//! Only YAML text (files and strings) is checked this strictly: arrays from
//! PHP cannot tell `{}` from `[]` or `"1"` from `1` reliably, so they keep
//! the lenient reading of the schema module.

use serde_json::Value;

use super::err;
use super::schema::kind;
use crate::core::error::Result;

enum Ty {
    Str,
    Bool,
    /// Go `[]byte`: a base64 string.
    Bytes,
    /// `runtime.RawExtension`: any JSON.
    Any,
    List(&'static Ty),
    /// `map[string]T`.
    Dict(&'static Ty),
    /// A struct: its fields; others are ignored.
    Obj(&'static [(&'static str, Ty)]),
    /// `[]NamedExtension`, whose names must be unique.
    Extensions,
}

use Ty::*;

static NAMED_EXTENSION: Ty = Obj(&[("name", Str), ("extension", Any)]);
static STRINGS: Ty = List(&Str);
static ENV_VAR: Ty = Obj(&[("name", Str), ("value", Str)]);

static EXEC: Ty = Obj(&[
    ("command", Str),
    ("args", List(&Str)),
    ("env", List(&ENV_VAR)),
    ("apiVersion", Str),
    ("installHint", Str),
    ("provideClusterInfo", Bool),
    ("interactiveMode", Str),
]);
static AUTH_PROVIDER: Ty = Obj(&[("name", Str), ("config", Dict(&Str))]);
static AUTH_INFO: Ty = Obj(&[
    ("client-certificate", Str),
    ("client-certificate-data", Bytes),
    ("client-key", Str),
    ("client-key-data", Bytes),
    ("token", Str),
    ("tokenFile", Str),
    ("as", Str),
    ("as-uid", Str),
    ("as-groups", List(&Str)),
    ("as-user-extra", Dict(&STRINGS)),
    ("username", Str),
    ("password", Str),
    ("auth-provider", Dict(&Any)),
    ("exec", Dict(&Any)),
    ("extensions", Extensions),
]);
static CLUSTER: Ty = Obj(&[
    ("server", Str),
    ("tls-server-name", Str),
    ("insecure-skip-tls-verify", Bool),
    ("certificate-authority", Str),
    ("certificate-authority-data", Bytes),
    ("proxy-url", Str),
    ("disable-compression", Bool),
    ("extensions", Extensions),
]);
static CONTEXT: Ty = Obj(&[
    ("cluster", Str),
    ("user", Str),
    ("namespace", Str),
    ("extensions", Extensions),
]);
static NAMED_CLUSTER: Ty = Obj(&[("name", Str), ("cluster", Dict(&Any))]);
static NAMED_USER: Ty = Obj(&[("name", Str), ("user", Dict(&Any))]);
static NAMED_CONTEXT: Ty = Obj(&[("name", Str), ("context", Dict(&Any))]);
static PREFERENCES: Ty = Obj(&[("colors", Bool), ("extensions", Extensions)]);
static CONFIG: Ty = Obj(&[
    ("kind", Str),
    ("apiVersion", Str),
    ("preferences", Dict(&Any)),
    ("clusters", List(&NAMED_CLUSTER)),
    ("users", List(&NAMED_USER)),
    ("contexts", List(&NAMED_CONTEXT)),
    ("current-context", Str),
    ("extensions", Extensions),
]);

/// Refuses what kubectl's typed decoding refuses, naming the file, the path
/// in the document and the type expected (never the value).
pub(super) fn check(doc: &Value, label: &str) -> Result<()> {
    if !doc.is_object() {
        return Ok(()); // reported by parse_doc with more context
    }
    // Nested structs are listed as Dict(Any) above so that their own
    // checks below can name them; walk them explicitly.
    walk(doc, &CONFIG, "", label)?;
    let lists: [(&str, &str, &Ty); 3] = [
        ("clusters", "cluster", &CLUSTER),
        ("users", "user", &AUTH_INFO),
        ("contexts", "context", &CONTEXT),
    ];
    for (list, inner, ty) in lists {
        for (i, item) in doc[list].as_array().into_iter().flatten().enumerate() {
            let path = format!("{list}[{i}].{inner}");
            let v = &item[inner];
            walk(v, ty, &path, label)?;
            if inner == "user" {
                walk(&v["exec"], &EXEC, &format!("{path}.exec"), label)?;
                walk(
                    &v["auth-provider"],
                    &AUTH_PROVIDER,
                    &format!("{path}.auth-provider"),
                    label,
                )?;
            }
        }
    }
    walk(&doc["preferences"], &PREFERENCES, "preferences", label)
}

/// Go's decoder reads `null` in a `[]string` as "": so does kubectl for
/// `args: [~, a]`. Done on YAML text only, after [`check`].
pub(super) fn null_args_to_empty(doc: &mut Value) {
    let Some(users) = doc.get_mut("users").and_then(Value::as_array_mut) else {
        return;
    };
    for u in users {
        if let Some(args) = u
            .pointer_mut("/user/exec/args")
            .and_then(Value::as_array_mut)
        {
            for a in args.iter_mut().filter(|a| a.is_null()) {
                *a = Value::String(String::new());
            }
        }
    }
}

fn walk(v: &Value, ty: &Ty, path: &str, label: &str) -> Result<()> {
    if v.is_null() {
        return Ok(());
    }
    let wrong = |want: &str| {
        let hint = match (want, v) {
            ("a string", Value::Bool(_) | Value::Number(_)) => {
                " kubectl reads YAML 1.1, where unquoted yes/no/on/off/y/n are booleans and 010, 0x1F, 1_000, 1e3 numbers; quote the value."
            }
            _ => "",
        };
        err(format!(
            "{label}: {path}: expected {want}, got {}; kubectl refuses this file too.{hint}",
            kind(v)
        ))
    };
    match ty {
        Any => Ok(()),
        Str => v.is_string().then_some(()).ok_or_else(|| wrong("a string")),
        Bool => v
            .is_boolean()
            .then_some(())
            .ok_or_else(|| wrong("true or false")),
        Bytes => {
            let s = v.as_str().ok_or_else(|| wrong("a base64 string"))?;
            use base64::Engine;
            // Go's StdEncoding skips line breaks.
            let compact: String = s.chars().filter(|c| !matches!(c, '\r' | '\n')).collect();
            base64::engine::general_purpose::STANDARD
                .decode(compact)
                .map(|_| ())
                .map_err(|_| {
                    err(format!(
                        "{label}: {path}: is not valid base64 (standard alphabet, with padding); kubectl refuses this file too"
                    ))
                })
        }
        List(item) => {
            let items = v.as_array().ok_or_else(|| wrong("a list"))?;
            for (i, x) in items.iter().enumerate() {
                walk(x, item, &format!("{path}[{i}]"), label)?;
            }
            Ok(())
        }
        Dict(item) => {
            let map = v.as_object().ok_or_else(|| wrong("a mapping"))?;
            for (k, x) in map {
                walk(x, item, &format!("{path}.{k}"), label)?;
            }
            Ok(())
        }
        Obj(fields) => {
            let map = v.as_object().ok_or_else(|| wrong("a mapping"))?;
            for (name, fty) in fields.iter() {
                if let Some(x) = map.get(*name) {
                    let p = if path.is_empty() {
                        (*name).to_string()
                    } else {
                        format!("{path}.{name}")
                    };
                    walk(x, fty, &p, label)?;
                }
            }
            Ok(())
        }
        Extensions => {
            walk(v, &List(&NAMED_EXTENSION), path, label)?;
            let mut seen = std::collections::HashSet::new();
            for x in v.as_array().into_iter().flatten() {
                let name = x["name"].as_str().unwrap_or("");
                if !seen.insert(name) {
                    return Err(err(format!(
                        "{label}: {path}: the extension name {} is used twice; kubectl refuses this file too (duplicate name in list)",
                        crate::core::exec_config::quote(name)
                    )));
                }
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refuse(yaml: &str) -> String {
        let v = crate::core::yaml::parse(yaml).unwrap();
        check(&v, "f").unwrap_err().to_string()
    }

    #[test]
    fn wrong_types_are_refused_like_kubectl() {
        let cases = [
            (
                "users: [{name: u, user: {exec: {args: [yes]}}}]",
                "users[0].user.exec.args[0]: expected a string, got a boolean",
            ),
            (
                "users: [{name: u, user: {exec: {args: [42]}}}]",
                "users[0].user.exec.args[0]: expected a string, got a number",
            ),
            (
                "clusters: [{name: k, cluster: {insecure-skip-tls-verify: \"true\"}}]",
                "clusters[0].cluster.insecure-skip-tls-verify: expected true or false, got a string",
            ),
            (
                "clusters: [{name: k, cluster: {tls-server-name: 12}}]",
                "tls-server-name: expected a string, got a number",
            ),
            (
                "users: [{name: u, user: {exec: {env: [{name: A, value: 1}]}}}]",
                "users[0].user.exec.env[0].value: expected a string",
            ),
            (
                "users: [{name: u, user: {exec: {provideClusterInfo: \"true\"}}}]",
                "provideClusterInfo: expected true or false",
            ),
            (
                "clusters: [{name: 1}]",
                "clusters[0].name: expected a string",
            ),
            (
                "clusters: [{name: k, cluster: {certificate-authority-data: \"not base64!\"}}]",
                "certificate-authority-data: is not valid base64",
            ),
            (
                "clusters: [{name: k, cluster: {extensions: [{name: a}, {name: a}]}}]",
                "extension name \"a\" is used twice",
            ),
            (
                "current-context: [a]",
                "current-context: expected a string, got a list",
            ),
        ];
        for (yaml, want) in cases {
            let e = refuse(yaml);
            assert!(e.contains(want), "{yaml}: {e}");
            assert!(e.contains("f: "), "{e}");
        }
    }

    #[test]
    fn what_kubectl_accepts_passes() {
        let v = crate::core::yaml::parse(
            "clusters: [{name: k, cluster: {insecure-skip-tls-verify: yes, certificate-authority-data: \"Q0E=\\n\", future: 1}}]\nusers: [{name: u, user: {exec: {args: [~, a], provideClusterInfo: on}}}]\npreferences: {colors: off}\n",
        )
        .unwrap();
        check(&v, "f").unwrap();
    }
}
