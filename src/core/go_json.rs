//! JSON written byte for byte as Go's `encoding/json` writes a generic value
//! (`map[string]interface{}` and friends), which is how kubectl passes a
//! cluster's exec extension `config` to the plugin: object keys sorted by
//! bytes, `<`, `>`, `&`, U+2028 and U+2029 escaped, floats in Go's shortest
//! form (`1e+21`, `1e-7`, `1500` for 1.5e3).

use serde_json::{Number, Value};

/// `json.Marshal(v)` as Go writes it.
pub fn encode(v: &Value) -> String {
    let mut out = String::new();
    write(&mut out, v);
    out
}

/// Appends `json.Marshal(v)` to `out`.
pub fn write(out: &mut String, v: &Value) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => number(out, n),
        Value::String(s) => string(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(out, item);
            }
            out.push(']');
        }
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            out.push('{');
            for (i, (k, v)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                string(out, k);
                out.push(':');
                write(out, v);
            }
            out.push('}');
        }
    }
}

fn number(out: &mut String, n: &Number) {
    if let Some(i) = n.as_i64() {
        out.push_str(&i.to_string());
    } else if let Some(u) = n.as_u64() {
        out.push_str(&u.to_string());
    } else if let Some(f) = n.as_f64() {
        out.push_str(&float(f));
    }
}

/// Go's float encoder: `'f'` format for 1e-6 <= |f| < 1e21, else `'e'`
/// with a signed exponent of at least one digit (`1e+21`, `5e-324`).
pub fn float(f: f64) -> String {
    let abs = f.abs();
    if abs == 0.0 || (1e-6..1e21).contains(&abs) {
        return format!("{f}");
    }
    let e = format!("{f:e}");
    match e.split_once('e') {
        Some((m, x)) if !x.starts_with('-') => format!("{m}e+{x:0>2}"),
        _ => e,
    }
}

/// Appends the JSON string `s` as Go writes it.
pub fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || matches!(c, '<' | '>' | '&' | '\u{2028}' | '\u{2029}') => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn matches_kubectl_recordings() {
        // KUBERNETES_EXEC_INFO config kubectl 1.33 wrote for the same values.
        let v = json!({"z": 1, "a": 2, "aj": 1e20, "bm": 18446744073709551616.0, "s": 1.0,
            "t": 1e21, "u": 1e20, "v": 0.000001, "w": 0.0000001, "x": -0.0,
            "y2": 123_456_789.123_456_79, "1": "a", "1.5": "b", "true": "d", "": "f",
            "é<>&": "g", "h": "<>&\u{2028}", "i": 1e-7, "j": 1.5e300, "k": -1e21,
            "l": 5e-324, "o2": "\u{1}\u{7f}", "p2": 1.2345678901234568e+29});
        assert_eq!(
            encode(&v),
            r#"{"":"f","1":"a","1.5":"b","a":2,"aj":100000000000000000000,"bm":18446744073709552000,"h":"\u003c\u003e\u0026\u2028","i":1e-7,"j":1.5e+300,"k":-1e+21,"l":5e-324,"o2":"\u0001"#
                .to_string()
                + "\u{7f}"
                + r#"","p2":1.2345678901234568e+29,"s":1,"t":1e+21,"true":"d","u":100000000000000000000,"v":0.000001,"w":1e-7,"x":-0,"y2":123456789.12345679,"z":1,"é\u003c\u003e\u0026":"g"}"#
        );
    }

    #[test]
    fn control_characters() {
        assert_eq!(
            encode(&json!("\u{8}\u{c}\n\r\t\"\\")),
            r#""\b\f\n\r\t\"\\""#
        );
        assert_eq!(encode(&json!([null, true, [], {}])), "[null,true,[],{}]");
    }
}
