//! `KUBERNETES_EXEC_INFO`: the request half of the protocol, as client-go encodes it.

use serde_json::{Map, Value};

use super::cluster_info::ClusterInfo;
use super::exec_config::ApiVersion;
use super::go_json;

pub const ENV_NAME: &str = "KUBERNETES_EXEC_INFO";

/// The JSON document set in `KUBERNETES_EXEC_INFO`, byte for byte as client-go
/// writes it (field order, omitted fields and the trailing newline).
pub fn encode(api: ApiVersion, interactive: bool, cluster: Option<&ClusterInfo>) -> String {
    type Last = Option<(ApiVersion, bool, Option<ClusterInfo>, String)>;
    thread_local! {
        // The providers of a process ask for the same document request after
        // request: the last one is kept (compared in full, never trusted).
        static LAST: std::cell::RefCell<Last> = const { std::cell::RefCell::new(None) };
    }
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        if let Some((a, i, c, doc)) = last.as_ref()
            && (*a, *i, c.as_ref()) == (api, interactive, cluster)
        {
            return doc.clone();
        }
        let doc = build(api, interactive, cluster);
        *last = Some((api, interactive, cluster.cloned(), doc.clone()));
        doc
    })
}

fn build(api: ApiVersion, interactive: bool, cluster: Option<&ClusterInfo>) -> String {
    let mut spec = Map::new();
    if let Some(c) = cluster {
        spec.insert("cluster".into(), Value::Object(c.to_exec_json()));
    }
    spec.insert("interactive".into(), Value::Bool(interactive));
    let mut doc = Map::new();
    doc.insert("kind".into(), Value::String("ExecCredential".into()));
    doc.insert("apiVersion".into(), Value::String(api.as_str().into()));
    doc.insert("spec".into(), Value::Object(spec));
    let mut s = String::new();
    envelope(&Value::Object(doc), &mut s);
    s.push('\n');
    s
}

/// The envelope as Go's encoding/json writes client-go's structs: objects in
/// field order, every value (and the cluster's free-form `config`, a map
/// Go re-encodes with sorted keys) as `go_json` writes it.
fn envelope(v: &Value, out: &mut String) {
    let Value::Object(map) = v else {
        return go_json::write(out, v);
    };
    out.push('{');
    for (i, (k, val)) in map.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        go_json::string(out, k);
        out.push(':');
        if k == "config" {
            go_json::write(out, val);
        } else {
            envelope(val, out);
        }
    }
    out.push('}');
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
    fn config_is_encoded_like_go() {
        let c = ClusterInfo {
            server: Some("https://x".into()),
            config: Some(
                r#"{"z":1,"nested":{"b":2.0,"a":[1,"x",true,null],"s":"q\"<&>"},"big":1.5e300}"#
                    .into(),
            ),
            ..Default::default()
        };
        let s = encode(ApiVersion::V1, false, Some(&c));
        assert!(
            s.contains(r#""config":{"big":1.5e+300,"nested":{"a":[1,"x",true,null],"b":2,"s":"q\"\u003c\u0026\u003e"},"z":1}"#),
            "{s}"
        );
    }

    #[test]
    fn config_floats_reach_the_plugin_unchanged() {
        // Found by fuzzing: without correctly rounded parsing 1.9e24 came out
        // as 1.8999999999999998e+24.
        let c = ClusterInfo {
            config: Some("1.9e24".into()),
            ..Default::default()
        };
        let s = encode(ApiVersion::V1, false, Some(&c));
        assert!(s.contains(r#""config":1.9e+24"#), "{s}");
    }

    #[test]
    fn cluster_comes_before_interactive() {
        let c = ClusterInfo {
            server: Some("https://x".into()),
            ..Default::default()
        };
        let s = encode(ApiVersion::V1Beta1, true, Some(&c));
        assert!(
            s.contains(
                r#""spec":{"cluster":{"server":"https://x","config":null},"interactive":true}"#
            ),
            "{s}"
        );
    }

    #[test]
    fn the_kept_document_is_never_the_answer_to_another_request() {
        let cluster = |server: &str| ClusterInfo {
            server: Some(server.into()),
            ..Default::default()
        };
        let (a, b) = (cluster("https://a"), cluster("https://b"));
        let requests = [
            (ApiVersion::V1, false, None),
            (ApiVersion::V1, true, None),
            (ApiVersion::V1Beta1, true, None),
            (ApiVersion::V1, true, Some(&a)),
            (ApiVersion::V1, true, Some(&b)),
            (ApiVersion::V1, false, Some(&b)),
        ];
        for _ in 0..2 {
            for (api, interactive, c) in requests {
                assert_eq!(encode(api, interactive, c), build(api, interactive, c));
                assert_eq!(encode(api, interactive, c), build(api, interactive, c));
            }
        }
    }
}
