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
    let mut s = String::new();
    go_json(&Value::Object(doc), &mut s, true);
    s.push('\n');
    s
}

/// JSON as Go's encoding/json writes it, which is what a plugin written
/// against client-go compares with: HTML-safe escapes, U+2028/U+2029
/// escaped, Go's float format. Keys of the cluster's `config` are sorted
/// (Go re-encodes it from a map); the envelope keeps its struct order.
fn go_json(v: &Value, out: &mut String, keep_order: bool) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&go_number(n)),
        Value::String(s) => go_string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                go_json(item, out, false);
            }
            out.push(']');
        }
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            if !keep_order {
                entries.sort_by(|a, b| a.0.cmp(b.0));
            }
            out.push('{');
            for (i, (k, val)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                go_string(k, out);
                out.push(':');
                // Only `config` below the envelope is a free-form map.
                go_json(val, out, keep_order && k != "config");
            }
            out.push('}');
        }
    }
}

fn go_number(n: &serde_json::Number) -> String {
    if n.is_i64() || n.is_u64() {
        return n.to_string();
    }
    let f = n.as_f64().unwrap_or(0.0);
    let abs = f.abs();
    if abs != 0.0 && !(1e-6..1e21).contains(&abs) {
        let e = format!("{f:e}");
        return match e.split_once('e') {
            Some((m, exp)) if !exp.starts_with('-') => format!("{m}e+{exp}"),
            _ => e,
        };
    }
    format!("{f}")
}

fn go_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
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
}
