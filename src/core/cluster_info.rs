//! The cluster a plugin is asked to authenticate against (`spec.cluster` of
//! `KUBERNETES_EXEC_INFO`) and what `getClusterInfo()` returns.

use serde_json::{Map, Value};

use super::error::{AuthError, Result};
use super::exec_config::describe;

pub const KNOWN_KEYS: [&str; 7] = [
    "server",
    "tls-server-name",
    "insecure-skip-tls-verify",
    "certificate-authority-data",
    "proxy-url",
    "disable-compression",
    "config",
];

#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct ClusterInfo {
    pub server: Option<String>,
    pub tls_server_name: Option<String>,
    pub insecure_skip_tls_verify: bool,
    /// Base64 of the CA bundle, as it stands in a kubeconfig.
    pub certificate_authority_data: Option<String>,
    pub proxy_url: Option<String>,
    pub disable_compression: bool,
    /// The `client.authentication.k8s.io/exec` cluster extension, kept as JSON
    /// text so that the struct stays hashable for the cache key.
    pub config: Option<String>,
}

impl ClusterInfo {
    /// Reads the array given to `setClusterInfo()`. Unknown keys are refused so
    /// that a misspelt key does not silently drop data the plugin needs.
    pub fn from_value(value: &Value) -> Result<Self> {
        let map = value.as_object().ok_or_else(|| {
            AuthError::ClusterInfo(format!("expected an array, got {}", describe(value)))
        })?;
        if let Some(k) = map.keys().find(|k| !KNOWN_KEYS.contains(&k.as_str())) {
            return Err(AuthError::ClusterInfo(format!(
                "unknown key {:?}; accepted keys are {}",
                super::untrusted::escape_line(k),
                KNOWN_KEYS.join(", ")
            )));
        }
        Ok(ClusterInfo {
            server: opt_string(map, "server")?,
            tls_server_name: opt_string(map, "tls-server-name")?,
            insecure_skip_tls_verify: opt_bool(map, "insecure-skip-tls-verify")?,
            certificate_authority_data: opt_string(map, "certificate-authority-data")?,
            proxy_url: opt_string(map, "proxy-url")?,
            disable_compression: opt_bool(map, "disable-compression")?,
            config: match map.get("config") {
                None | Some(Value::Null) => None,
                Some(v) => Some(config_text(v)?),
            },
        })
    }

    /// The `spec.cluster` object in client-go's field order; empty and false
    /// fields are left out, as client-go's `omitempty` leaves them out, except
    /// `config`, which client-go always writes.
    pub fn to_exec_json(&self) -> Map<String, Value> {
        let mut m = Map::new();
        let put_str = |m: &mut Map<String, Value>, k: &str, v: &Option<String>| {
            if let Some(s) = v.as_deref().filter(|s| !s.is_empty()) {
                m.insert(k.into(), Value::String(s.into()));
            }
        };
        put_str(
            &mut m,
            "server",
            &self.server.as_deref().map(server_as_client_go_sends_it),
        );
        put_str(&mut m, "tls-server-name", &self.tls_server_name);
        if self.insecure_skip_tls_verify {
            m.insert("insecure-skip-tls-verify".into(), Value::Bool(true));
        }
        put_str(
            &mut m,
            "certificate-authority-data",
            &self.certificate_authority_data,
        );
        put_str(&mut m, "proxy-url", &self.proxy_url);
        if self.disable_compression {
            m.insert("disable-compression".into(), Value::Bool(true));
        }
        // client-go never omits `config`: null when the cluster has no exec extension.
        m.insert("config".into(), self.config_value().unwrap_or(Value::Null));
        m
    }

    /// Every field, present or not, for `getClusterInfo()`.
    pub fn to_full_json(&self) -> Map<String, Value> {
        let s = |v: &Option<String>| v.clone().map(Value::String).unwrap_or(Value::Null);
        let mut m = Map::new();
        m.insert("server".into(), s(&self.server));
        m.insert(
            "certificate-authority-data".into(),
            s(&self.certificate_authority_data),
        );
        m.insert(
            "insecure-skip-tls-verify".into(),
            Value::Bool(self.insecure_skip_tls_verify),
        );
        m.insert("tls-server-name".into(), s(&self.tls_server_name));
        m.insert("proxy-url".into(), s(&self.proxy_url));
        m.insert(
            "disable-compression".into(),
            Value::Bool(self.disable_compression),
        );
        m.insert("config".into(), self.config_value().unwrap_or(Value::Null));
        m
    }

    /// The JSON text kept for `config`; it must read back (serde_json
    /// stops at 128 levels), or the plugin would silently get `null`.
    fn config_value(&self) -> Option<Value> {
        self.config
            .as_deref()
            .and_then(|c| serde_json::from_str(c).ok())
    }
}

fn config_text(v: &Value) -> Result<String> {
    let text = v.to_string();
    if serde_json::from_str::<Value>(&text).is_err() {
        return Err(AuthError::ClusterInfo(
            "\"config\" is nested more than 127 levels deep; an exec extension is never that deep"
                .into(),
        ));
    }
    Ok(text)
}

/// client-go hands the plugin the server URL after its own parsing: the
/// scheme lower-cased, the query dropped, a fragment kept as part of the path.
fn server_as_client_go_sends_it(server: &str) -> String {
    let Some((scheme, rest)) = server.split_once("://") else {
        return server.to_owned();
    };
    let (before_fragment, fragment) = match rest.split_once('#') {
        Some((b, f)) => (b, Some(f)),
        None => (rest, None),
    };
    let without_query = before_fragment.split('?').next().unwrap_or_default();
    let mut out = format!("{}://{without_query}", scheme.to_ascii_lowercase());
    if let Some(f) = fragment {
        out.push_str("%23");
        out.push_str(f);
    }
    out
}

fn opt_string(map: &Map<String, Value>, key: &str) -> Result<Option<String>> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(AuthError::ClusterInfo(format!(
            "\"{key}\" must be a string or null, got {}",
            describe(other)
        ))),
    }
}

fn opt_bool(map: &Map<String, Value>, key: &str) -> Result<bool> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(other) => Err(AuthError::ClusterInfo(format!(
            "\"{key}\" must be true or false, got {}",
            describe(other)
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn exec_json_keeps_client_go_order_and_omits_empty_fields() {
        let c = ClusterInfo::from_value(&json!({
            "config": {"a": 1}, "server": "https://k:6443",
            "certificate-authority-data": "Q0E=", "insecure-skip-tls-verify": false
        }))
        .unwrap();
        let got = Value::Object(c.to_exec_json()).to_string();
        assert_eq!(
            got,
            r#"{"server":"https://k:6443","certificate-authority-data":"Q0E=","config":{"a":1}}"#
        );
    }

    #[test]
    fn server_is_sent_the_way_client_go_sends_it() {
        for (given, sent) in [
            ("https://127.0.0.1:1/p?a=1&b=<x>", "https://127.0.0.1:1/p"),
            ("https://127.0.0.1:1/p#frag", "https://127.0.0.1:1/p%23frag"),
            ("HTTPS://LOCALHOST:1/A/", "https://LOCALHOST:1/A/"),
            ("https://[::1]:1//x/../y/", "https://[::1]:1//x/../y/"),
        ] {
            assert_eq!(server_as_client_go_sends_it(given), sent);
        }
    }

    #[test]
    fn config_is_null_rather_than_absent() {
        let c = ClusterInfo::from_value(&json!({"server": "https://k"})).unwrap();
        assert_eq!(
            Value::Object(c.to_exec_json()).to_string(),
            r#"{"server":"https://k","config":null}"#
        );
    }

    #[test]
    fn unknown_and_mistyped_keys_are_refused() {
        let e = ClusterInfo::from_value(&json!({"certificate_authority_data": "x"})).unwrap_err();
        assert!(
            e.to_string()
                .contains("unknown key \"certificate_authority_data\"")
        );
        let e = ClusterInfo::from_value(&json!({"server": 1})).unwrap_err();
        assert!(
            e.to_string()
                .contains("\"server\" must be a string or null, got number 1")
        );
    }
}
