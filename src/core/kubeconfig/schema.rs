//! The kubeconfig schema, as client-go's `clientcmd/api/v1` types: field
//! names are those of the file; unknown fields are ignored, as kubectl
//! ignores them. Secret-bearing fields are reduced to "is it set" while
//! parsing, so their values never reach a struct or an error message.

use serde::Deserialize;
use serde::de::{DeserializeOwned, Deserializer, Error as _};
use serde_json::{Map, Value};

use super::err;
use crate::core::error::Result;

// Schema. Field names are those of the file; unknown fields are ignored, as
// kubectl ignores them. Strings accept numbers and booleans (sigs.k8s.io/yaml
// turns `name: 123` into "123" for a string field); empty strings count as
// unset, as Go's zero values do.

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub(super) struct Cluster {
    #[serde(deserialize_with = "opt_string")]
    pub(super) server: Option<String>,
    #[serde(rename = "certificate-authority", deserialize_with = "opt_string")]
    pub(super) certificate_authority: Option<String>,
    #[serde(rename = "certificate-authority-data", deserialize_with = "opt_string")]
    pub(super) certificate_authority_data: Option<String>,
    #[serde(rename = "insecure-skip-tls-verify", deserialize_with = "flag")]
    pub(super) insecure_skip_tls_verify: bool,
    #[serde(rename = "tls-server-name", deserialize_with = "opt_string")]
    pub(super) tls_server_name: Option<String>,
    #[serde(rename = "proxy-url", deserialize_with = "opt_string")]
    pub(super) proxy_url: Option<String>,
    #[serde(rename = "disable-compression", deserialize_with = "flag")]
    pub(super) disable_compression: bool,
    #[serde(deserialize_with = "list")]
    pub(super) extensions: Vec<NamedExtension>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub(super) struct NamedExtension {
    #[serde(deserialize_with = "opt_string")]
    pub(super) name: Option<String>,
    pub(super) extension: Value,
}

/// A user entry. Secret-bearing fields are reduced to "is it set" while
/// parsing, so their values never reach this struct or an error message.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub(super) struct User {
    pub(super) exec: Value,
    #[serde(rename = "auth-provider", deserialize_with = "opt_struct")]
    pub(super) auth_provider: Option<AuthProvider>,
    #[serde(deserialize_with = "present")]
    pub(super) token: bool,
    #[serde(rename = "tokenFile", deserialize_with = "present")]
    pub(super) token_file: bool,
    #[serde(rename = "client-certificate", deserialize_with = "present")]
    pub(super) client_certificate: bool,
    #[serde(rename = "client-certificate-data", deserialize_with = "present")]
    pub(super) client_certificate_data: bool,
    #[serde(rename = "client-key", deserialize_with = "present")]
    pub(super) client_key: bool,
    #[serde(rename = "client-key-data", deserialize_with = "present")]
    pub(super) client_key_data: bool,
    #[serde(deserialize_with = "present")]
    pub(super) username: bool,
    #[serde(deserialize_with = "present")]
    pub(super) password: bool,
}

/// Only the name is read: the config holds tokens and client secrets.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub(super) struct AuthProvider {
    #[serde(deserialize_with = "opt_string")]
    pub(super) name: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub(super) struct Context {
    #[serde(deserialize_with = "opt_string")]
    pub(super) cluster: Option<String>,
    #[serde(deserialize_with = "opt_string")]
    pub(super) user: Option<String>,
    #[serde(deserialize_with = "opt_string")]
    #[allow(dead_code)]
    pub(super) namespace: Option<String>,
}

/// What kind of value this is, without the value (it may be a secret).
pub(super) fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a mapping",
    }
}

pub(super) fn opt_string<'de, D: Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<String>, D::Error> {
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
pub(super) fn flag<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<bool, D::Error> {
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
pub(super) fn present<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<bool, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Null => false,
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        _ => true,
    })
}

/// A list; `null` and an empty PHP array are an empty list, and a mapping
/// (a PHP array whose keys are not 0..n) is read as the list of its values.
pub(super) fn list<'de, D: Deserializer<'de>, T: DeserializeOwned>(
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
pub(super) fn opt_struct<'de, D: Deserializer<'de>, T: DeserializeOwned>(
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
pub(super) fn normalize_empty(v: Value) -> Value {
    match v {
        Value::Null => Value::Object(Map::new()),
        Value::Array(a) if a.is_empty() => Value::Object(Map::new()),
        other => other,
    }
}

/// Reads a mapping into `T`; on failure, names the key that is wrong.
pub(super) fn parse_mapping<T: DeserializeOwned + Default>(v: &Value, what: &str) -> Result<T> {
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
