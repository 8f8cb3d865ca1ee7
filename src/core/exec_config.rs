//! The `user.exec` block: what to run and how, validated once at construction.

use std::path::PathBuf;

use serde_json::{Map, Value};

use super::error::{AuthError, Result};

pub const API_V1: &str = "client.authentication.k8s.io/v1";
pub const API_V1BETA1: &str = "client.authentication.k8s.io/v1beta1";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ApiVersion {
    V1,
    V1Beta1,
}

impl ApiVersion {
    pub fn as_str(self) -> &'static str {
        match self {
            ApiVersion::V1 => API_V1,
            ApiVersion::V1Beta1 => API_V1BETA1,
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            API_V1 => Some(ApiVersion::V1),
            API_V1BETA1 => Some(ApiVersion::V1Beta1),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InteractiveMode {
    Never,
    IfAvailable,
    Always,
}

impl InteractiveMode {
    pub fn as_str(self) -> &'static str {
        match self {
            InteractiveMode::Never => "Never",
            InteractiveMode::IfAvailable => "IfAvailable",
            InteractiveMode::Always => "Always",
        }
    }
}

/// How deep PHP arrays given as configuration may nest. Real exec blocks
/// and cluster extensions are a few levels deep; the bound keeps every
/// recursive walk over such values (conversion, validation, encoding, drop)
/// well inside a 512 KiB thread stack.
pub const MAX_NESTING: usize = 512;

/// A validated exec configuration.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ExecConfig {
    pub command: String,
    pub args: Vec<String>,
    /// In configuration order; later entries win over earlier ones and over
    /// the process environment.
    pub env: Vec<(String, String)>,
    pub api_version: ApiVersion,
    pub install_hint: Option<String>,
    pub provide_cluster_info: bool,
    pub interactive_mode: InteractiveMode,
    /// Folder that a relative command with a `/` is resolved against: the
    /// kubeconfig's folder, or the working folder for arrays and strings.
    pub base_dir: Option<PathBuf>,
}

impl ExecConfig {
    /// Validates an exec block given as a JSON-like value (a PHP array or a
    /// kubeconfig `user.exec` mapping). Unknown keys are ignored, as kubectl
    /// ignores them; known keys of the wrong type are errors.
    pub fn from_value(value: &Value) -> Result<Self> {
        let map = value.as_object().ok_or_else(|| {
            AuthError::Config(format!(
                "the exec configuration must be an array with at least a \"command\" key, got {}",
                describe_hidden(value)
            ))
        })?;

        let command = match map.get("command") {
            None | Some(Value::Null) => {
                return Err(AuthError::Config(
                    "\"command\" is required: name the credential plugin to run, e.g. 'command' => 'aws'".into(),
                ));
            }
            Some(Value::String(s)) if s.is_empty() => {
                return Err(AuthError::Config(
                    "\"command\" is empty: name the credential plugin to run, e.g. 'command' => 'aws'".into(),
                ));
            }
            Some(Value::String(s)) => s.clone(),
            Some(other) => {
                return Err(AuthError::Config(format!(
                    "\"command\" must be a string, got {}",
                    describe(other)
                )));
            }
        };
        no_nul("command", &command)?;

        let args = match map.get("args") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    let s = scalar_string(v).ok_or_else(|| {
                        AuthError::Config(format!(
                            "\"args\"[{i}] must be a string, got {}",
                            describe_hidden(v)
                        ))
                    })?;
                    no_nul(&format!("\"args\"[{i}]"), &s)?;
                    Ok(s)
                })
                .collect::<Result<Vec<_>>>()?,
            Some(other) => {
                return Err(AuthError::Config(format!(
                    "\"args\" must be a list of strings, got {}",
                    describe_hidden(other)
                )));
            }
        };

        let env = match map.get("env") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(i, v)| env_entry(i, v))
                .collect::<Result<Vec<_>>>()?,
            Some(other) => {
                return Err(AuthError::Config(format!(
                    "\"env\" must be a list of ['name' => ..., 'value' => ...] entries, got {}",
                    describe_hidden(other)
                )));
            }
        };

        let api_version = match map.get("apiVersion") {
            None | Some(Value::Null) => ApiVersion::V1,
            Some(Value::String(s)) => ApiVersion::parse(s).ok_or_else(|| {
                AuthError::Config(format!(
                    "\"apiVersion\" {} is not supported; use \"{API_V1}\" or \"{API_V1BETA1}\"",
                    quote(s)
                ))
            })?,
            Some(other) => {
                return Err(AuthError::Config(format!(
                    "\"apiVersion\" must be a string, got {}",
                    describe(other)
                )));
            }
        };

        let interactive_mode = match map.get("interactiveMode") {
            None | Some(Value::Null) => InteractiveMode::IfAvailable,
            Some(Value::String(s)) => match s.as_str() {
                "Never" => InteractiveMode::Never,
                "IfAvailable" => InteractiveMode::IfAvailable,
                "Always" => InteractiveMode::Always,
                // kubectl treats an empty mode like an absent one.
                "" => InteractiveMode::IfAvailable,
                _ => {
                    return Err(AuthError::Config(format!(
                        "\"interactiveMode\" {} is not one of \"Never\", \"IfAvailable\", \"Always\"",
                        quote(s)
                    )));
                }
            },
            Some(other) => {
                return Err(AuthError::Config(format!(
                    "\"interactiveMode\" must be a string, got {}",
                    describe(other)
                )));
            }
        };

        let install_hint = match map.get("installHint") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) if s.is_empty() => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(other) => {
                return Err(AuthError::Config(format!(
                    "\"installHint\" must be a string, got {}",
                    describe(other)
                )));
            }
        };

        let provide_cluster_info = optional_bool(map, "provideClusterInfo")?;

        Ok(ExecConfig {
            command,
            args,
            env,
            api_version,
            install_hint,
            provide_cluster_info,
            interactive_mode,
            base_dir: None,
        })
    }
}

fn env_entry(i: usize, v: &Value) -> Result<(String, String)> {
    let entry = v.as_object().ok_or_else(|| {
        AuthError::Config(format!(
            "\"env\"[{i}] must be an array with \"name\" and \"value\", got {}",
            describe_hidden(v)
        ))
    })?;
    let name = match entry.get("name") {
        Some(Value::String(s)) if !s.is_empty() => s.clone(),
        None | Some(Value::Null) => {
            return Err(AuthError::Config(format!(
                "\"env\"[{i}] has no \"name\": every entry needs a variable name"
            )));
        }
        Some(other) => {
            return Err(AuthError::Config(format!(
                "\"env\"[{i}].name must be a non-empty string, got {}",
                describe_hidden(other)
            )));
        }
    };
    if let Some(at) = name.find(['=', '\0']) {
        // `NAME=secret` written as a name: only the part before the '='.
        return Err(AuthError::Config(format!(
            "\"env\"[{i}].name {} cannot be an environment variable name (it contains {}; what follows is not shown); put the value in 'value'",
            quote(&format!(
                "{}{}…",
                name[..at].chars().take(70).collect::<String>(),
                &name[at..at + 1]
            )),
            if name.as_bytes()[at] == b'=' {
                "'='"
            } else {
                "a NUL byte"
            }
        )));
    }
    // A missing value is the empty string, as kubectl reads it.
    let value = match entry.get("value") {
        None | Some(Value::Null) => String::new(),
        Some(v) => scalar_string(v).ok_or_else(|| {
            AuthError::Config(format!(
                "\"env\"[{i}].value (for {name}) must be a string, got {}",
                describe_hidden(v)
            ))
        })?,
    };
    no_nul(&format!("\"env\"[{i}].value (for {name})"), &value)?;
    Ok((name, value))
}

fn optional_bool(map: &Map<String, Value>, key: &str) -> Result<bool> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(other) => Err(AuthError::Config(format!(
            "\"{key}\" must be true or false, got {}",
            describe(other)
        ))),
    }
}

/// Strings as they are; numbers as PHP would print them in a command line.
fn scalar_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn no_nul(field: &str, s: &str) -> Result<()> {
    if s.contains('\0') {
        return Err(AuthError::Config(format!(
            "{field} contains a NUL byte, which cannot be passed to a program"
        )));
    }
    Ok(())
}

/// A short description of a value for error messages: its type, and the value
/// itself for scalars (configuration is not secret; exec blocks carry no tokens).
pub fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("bool {b}"),
        Value::Number(n) => format!("number {n}"),
        Value::String(s) => format!("string {}", quote(s)),
        Value::Array(a) => format!("a list of {} item(s)", a.len()),
        Value::Object(_) => "an array with keys".into(),
    }
}

/// [`describe`] without a string's content: what arrives where a list or
/// an entry belongs may be a secret written in the wrong shape
/// (`env: ["AWS_SECRET_ACCESS_KEY=…"]`, `args: "--token …"`).
pub fn describe_hidden(v: &Value) -> String {
    match v {
        Value::String(s) => format!("a string of {} bytes (not shown)", s.len()),
        other => describe(other),
    }
}

pub fn quote(s: &str) -> String {
    let short: String = s.chars().take(80).collect();
    if short.len() < s.len() {
        format!("{:?}…", short)
    } else {
        format!("{short:?}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn err(v: Value) -> String {
        ExecConfig::from_value(&v).unwrap_err().to_string()
    }

    #[test]
    fn defaults_follow_the_documentation() {
        let c = ExecConfig::from_value(&json!({"command": "aws"})).unwrap();
        assert_eq!(c.api_version, ApiVersion::V1);
        assert_eq!(c.interactive_mode, InteractiveMode::IfAvailable);
        assert!(c.args.is_empty() && c.env.is_empty());
        assert!(!c.provide_cluster_info);
        assert_eq!(c.install_hint, None);
    }

    #[test]
    fn full_block_is_read() {
        let c = ExecConfig::from_value(&json!({
            "command": "aws", "args": ["eks", "get-token", 7],
            "env": [{"name": "AWS_PROFILE", "value": "prod"}, {"name": "EMPTY"}],
            "apiVersion": API_V1BETA1, "interactiveMode": "Never",
            "installHint": "install aws", "provideClusterInfo": true, "unknownKey": [1]
        }))
        .unwrap();
        assert_eq!(c.args, ["eks", "get-token", "7"]);
        assert_eq!(
            c.env,
            [
                ("AWS_PROFILE".into(), "prod".into()),
                ("EMPTY".into(), String::new())
            ]
        );
        assert_eq!(c.api_version, ApiVersion::V1Beta1);
        assert_eq!(c.interactive_mode, InteractiveMode::Never);
        assert_eq!(c.install_hint.as_deref(), Some("install aws"));
        assert!(c.provide_cluster_info);
    }

    #[test]
    fn each_bad_field_is_named_with_its_value() {
        let cases = [
            (json!({}), "\"command\" is required"),
            (json!({"command": ""}), "\"command\" is empty"),
            (
                json!({"command": 5}),
                "\"command\" must be a string, got number 5",
            ),
            (json!({"command": "a\u{0}b"}), "NUL byte"),
            (
                json!({"command": "x", "args": "a b"}),
                "\"args\" must be a list",
            ),
            (
                json!({"command": "x", "args": [[1]]}),
                "\"args\"[0] must be a string",
            ),
            (
                json!({"command": "x", "env": {"A": "b"}}),
                "\"env\" must be a list",
            ),
            (
                json!({"command": "x", "env": [{"value": "b"}]}),
                "\"env\"[0] has no \"name\"",
            ),
            (
                json!({"command": "x", "env": [{"name": "A=B"}]}),
                "contains '='",
            ),
            (
                json!({"command": "x", "env": ["A=b"]}),
                "\"env\"[0] must be an array",
            ),
            (
                json!({"command": "x", "apiVersion": "client.authentication.k8s.io/v1alpha1"}),
                "\"apiVersion\" \"client.authentication.k8s.io/v1alpha1\" is not supported",
            ),
            (
                json!({"command": "x", "interactiveMode": "Sometimes"}),
                "\"interactiveMode\" \"Sometimes\" is not one of",
            ),
            (
                json!({"command": "x", "provideClusterInfo": "yes"}),
                "\"provideClusterInfo\" must be true or false, got string \"yes\"",
            ),
            (json!("aws"), "must be an array"),
        ];
        for (input, want) in cases {
            let got = err(input.clone());
            assert!(got.contains(want), "{input}: {got}");
            assert!(got.starts_with("Invalid exec credential configuration: "));
        }
    }

    #[test]
    fn secrets_written_in_the_wrong_shape_are_not_shown() {
        for (v, shown, hidden) in [
            (
                json!({"command": "x", "env": [{"name": "AWS_SECRET=abc", "value": "v"}]}),
                "\"env\"[0].name \"AWS_SECRET=…\"",
                "abc",
            ),
            (
                json!({"command": "x", "env": [{"name": "K\u{0}SEKRIT"}]}),
                "\"K\\0…\"",
                "SEKRIT",
            ),
            (
                json!({"command": "x", "env": ["AWS_SECRET_ACCESS_KEY=abc"]}),
                "got a string of 25 bytes (not shown)",
                "AWS_SECRET",
            ),
            (
                json!({"command": "x", "args": "--token SEKRIT"}),
                "\"args\" must be a list of strings, got a string of 14 bytes (not shown)",
                "SEKRIT",
            ),
            (
                json!({"command": "x", "env": "A=SEKRIT"}),
                "got a string of 8 bytes",
                "SEKRIT",
            ),
            (
                json!("--token SEKRIT"),
                "got a string of 14 bytes",
                "SEKRIT",
            ),
        ] {
            let m = err(v);
            assert!(m.contains(shown), "{m}");
            assert!(!m.contains(hidden), "{m}");
        }
    }
}
