//! `KUBERNETES_EXEC_INFO`: the request half of the protocol, as client-go encodes it.

use serde_json::{Map, Value};

use super::cluster_info::ClusterInfo;
use super::exec_config::ApiVersion;

pub const ENV_NAME: &str = "KUBERNETES_EXEC_INFO";

/// The JSON document set in `KUBERNETES_EXEC_INFO`, byte for byte as client-go
/// writes it (field order, omitted fields and the trailing newline).
pub fn encode(api: ApiVersion, interactive: bool, cluster: Option<&ClusterInfo>) -> String {
    let mut spec = Map::new();
    if let Some(c) = cluster {
        spec.insert("cluster".into(), Value::Object(c.to_exec_json()));
    }
    spec.insert("interactive".into(), Value::Bool(interactive));
    let mut doc = Map::new();
    doc.insert("kind".into(), Value::String("ExecCredential".into()));
    doc.insert("apiVersion".into(), Value::String(api.as_str().into()));
    doc.insert("spec".into(), Value::Object(spec));
    let mut s = Value::Object(doc).to_string();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimal_document() {
        assert_eq!(
            encode(ApiVersion::V1, false, None),
            "{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication.k8s.io/v1\",\"spec\":{\"interactive\":false}}\n"
        );
    }

    #[test]
    fn cluster_comes_before_interactive() {
        let c = ClusterInfo {
            server: Some("https://x".into()),
            ..Default::default()
        };
        let s = encode(ApiVersion::V1Beta1, true, Some(&c));
        assert!(s.contains(r#""spec":{"cluster":{"server":"https://x"},"interactive":true}"#), "{s}");
    }
}
