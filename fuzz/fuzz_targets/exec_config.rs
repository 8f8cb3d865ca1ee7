//! The exec block and the cluster info given from PHP, and the
//! `KUBERNETES_EXEC_INFO` document built from them.
//!
//! The input is a JSON document (anything else is skipped). It is read whole
//! as an exec block by `ExecConfig::from_value` and as a cluster by
//! `ClusterInfo::from_value`; its `"cluster"` member, if any, is also read as
//! the cluster (the exec block ignores unknown keys, so one document can
//! carry both). When an exec block and a cluster are accepted, the encoded
//! `KUBERNETES_EXEC_INFO` must be JSON ending in '\n' that says what was put
//! in: kind, apiVersion, interactive, and the cluster's `config` equal to the
//! value that was handed to `ClusterInfo::from_value`.
//!
//! Floats in `config` must come out exactly as given: the core keeps `config`
//! as JSON text and reads it back, which lost up to 2 ULP until the crate
//! enabled serde_json's `float_roundtrip` (fuzz/regressions/README.md).
#![no_main]

use libfuzzer_sys::fuzz_target;
use php_k8s_auth::core::cluster_info::ClusterInfo;
use php_k8s_auth::core::exec_config::{ExecConfig, InteractiveMode};
use php_k8s_auth::core::exec_info;
use serde_json::{Map, Number, Value};

fuzz_target!(|data: &[u8]| {
    let Ok(v) = serde_json::from_slice::<Value>(data) else {
        return;
    };
    let exec = ExecConfig::from_value(&v);
    let whole = ClusterInfo::from_value(&v).map(|c| (c, &v));
    let member = v
        .get("cluster")
        .map(|m| ClusterInfo::from_value(m).map(|c| (c, m)));

    let Ok(exec) = exec else { return };
    let interactive = exec.interactive_mode != InteractiveMode::Never;
    check(&exec, interactive, None);
    check(&exec, !interactive, None);
    for (cluster, given) in [whole.ok(), member.and_then(Result::ok)].into_iter().flatten() {
        check(&exec, interactive, Some((&cluster, given)));
    }
});

/// `cluster` is the accepted cluster and the value it was read from.
fn check(exec: &ExecConfig, interactive: bool, cluster: Option<(&ClusterInfo, &Value)>) {
    let s = exec_info::encode(exec.api_version, interactive, cluster.map(|(c, _)| c));
    assert!(s.ends_with('\n'), "no trailing newline: {s:?}");
    if let Err(e) = serde_json::from_str::<Value>(&s) {
        panic!("KUBERNETES_EXEC_INFO is not JSON ({e}): {s:?}");
    }
    // Read again with exactly rounded numbers for the comparisons below.
    let doc = Exact::parse(&s).unwrap_or_else(|| panic!("exact reader rejects {s:?}"));
    assert_eq!(doc["kind"], "ExecCredential", "{s}");
    assert_eq!(doc["apiVersion"], exec.api_version.as_str(), "{s}");
    assert_eq!(doc["spec"]["interactive"], interactive, "{s}");
    match cluster {
        None => assert!(doc["spec"].get("cluster").is_none(), "{s}"),
        Some((_, given)) => {
            let got = &doc["spec"]["cluster"];
            assert!(got.is_object(), "{s}");
            let want = given.get("config").unwrap_or(&Value::Null);
            assert!(
                same(&got["config"], want),
                "spec.cluster.config differs from the config given:\n given {want}\n sent  {}\n{s}",
                got["config"]
            );
        }
    }
}

/// JSON equality with numbers compared by value (Go's encoder writes 2.0 as 2)
/// and object keys compared as sets (the encoder sorts `config`'s keys).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            if let (Some(x), Some(y)) = (x.as_i64(), y.as_i64()) {
                return x == y;
            }
            if let (Some(x), Some(y)) = (x.as_u64(), y.as_u64()) {
                return x == y;
            }
            x.as_f64() == y.as_f64()
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, p)| y.get(k).is_some_and(|q| same(p, q)))
        }
        _ => a == b,
    }
}

/// A strict JSON reader whose numbers are read with Rust's correctly rounded
/// `str::parse`. serde_json's default parser can be off by an ULP (it reads
/// "184467440737095500000" as 1.8446744073709548e20, not 1.844674407370955e20),
/// which made an earlier version of this check fail on a correct encoding.
struct Exact<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Exact<'a> {
    fn parse(s: &'a str) -> Option<Value> {
        let mut r = Exact { b: s.as_bytes(), i: 0 };
        let v = r.value(0)?;
        r.ws();
        (r.i == r.b.len()).then_some(v)
    }

    fn ws(&mut self) {
        while matches!(self.b.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, c: u8) -> bool {
        self.ws();
        if self.b.get(self.i) == Some(&c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn lit(&mut self, word: &str, v: Value) -> Option<Value> {
        self.b[self.i..].starts_with(word.as_bytes()).then(|| {
            self.i += word.len();
            v
        })
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        if depth > 256 {
            return None;
        }
        self.ws();
        match *self.b.get(self.i)? {
            b'n' => self.lit("null", Value::Null),
            b't' => self.lit("true", Value::Bool(true)),
            b'f' => self.lit("false", Value::Bool(false)),
            b'"' => self.string().map(Value::String),
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                if self.eat(b']') {
                    return Some(Value::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    if self.eat(b']') {
                        return Some(Value::Array(items));
                    }
                    if !self.eat(b',') {
                        return None;
                    }
                }
            }
            b'{' => {
                self.i += 1;
                let mut map = Map::new();
                if self.eat(b'}') {
                    return Some(Value::Object(map));
                }
                loop {
                    self.ws();
                    let k = self.string()?;
                    if !self.eat(b':') {
                        return None;
                    }
                    let v = self.value(depth + 1)?;
                    map.insert(k, v);
                    if self.eat(b'}') {
                        return Some(Value::Object(map));
                    }
                    if !self.eat(b',') {
                        return None;
                    }
                }
            }
            _ => self.number(),
        }
    }

    fn number(&mut self) -> Option<Value> {
        let start = self.i;
        while matches!(self.b.get(self.i), Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')) {
            self.i += 1;
        }
        let text = std::str::from_utf8(&self.b[start..self.i]).ok()?;
        if text.is_empty() {
            return None;
        }
        if !text.contains(['.', 'e', 'E']) {
            if let Ok(n) = text.parse::<i64>() {
                return Some(Value::from(n));
            }
            if let Ok(n) = text.parse::<u64>() {
                return Some(Value::from(n));
            }
        }
        Number::from_f64(text.parse::<f64>().ok()?).map(Value::Number)
    }

    fn hex4(&mut self) -> Option<u32> {
        let h = self.b.get(self.i..self.i + 4)?;
        self.i += 4;
        u32::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()
    }

    fn string(&mut self) -> Option<String> {
        if self.b.get(self.i) != Some(&b'"') {
            return None;
        }
        self.i += 1;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let c = *self.b.get(self.i)?;
            self.i += 1;
            match c {
                b'"' => return String::from_utf8(out).ok(),
                b'\\' => {
                    let e = *self.b.get(self.i)?;
                    self.i += 1;
                    let ch = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4()?;
                            let cp = if (0xD800..0xDC00).contains(&hi) {
                                if self.b.get(self.i..self.i + 2) != Some(b"\\u") {
                                    return None;
                                }
                                self.i += 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return None;
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            char::from_u32(cp)?
                        }
                        _ => return None,
                    };
                    out.extend_from_slice(ch.encode_utf8(&mut [0; 4]).as_bytes());
                }
                c if c < 0x20 => return None,
                c => out.push(c),
            }
        }
    }
}
