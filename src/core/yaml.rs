//! YAML as kubectl reads it, for kubeconfigs and YAML plugin answers.
//!
//! kubectl reads YAML through sigs.k8s.io/yaml: go-yaml v2 parses the first
//! document with YAML 1.1 scalar rules, the result is converted to JSON, and
//! the JSON is decoded into typed structs. This module does the first two
//! steps on the events of `yaml_rust2`'s parser (no YAML parser is written
//! here), resolving plain scalars the way go-yaml v2's `resolve()` does:
//! - `y Y yes Yes YES n N no No NO true True TRUE false False FALSE on On ON
//!   off Off OFF` are booleans; `~ null Null NULL` and the empty scalar null;
//! - integers after removing `_`, in Go's base-0 syntax (`010` octal, `0o10`,
//!   `0x1F`, `0b101`), then unsigned 64-bit, then decimal floats (`.5`,
//!   `1e3`, `08`); `.inf`/`.nan` have no JSON form and are refused, as
//!   kubectl refuses them ("json: unsupported value");
//! - timestamps and sexagesimal numbers (`1:30`) stay strings.
//!
//! Quoted and block scalars are strings; `!!str`, `!!int`, `!!float`,
//! `!!bool`, `!!null` and `!!binary` are honoured, other tags ignored. The
//! last of duplicate keys wins; `<<` merge keys are applied; mapping keys
//! become JSON object keys as sigs.k8s.io/yaml writes them.
//!
//! The input is hostile, so work is bounded while events are read, before
//! any tree is large: nesting depth ([`MAX_DEPTH`]), nodes including alias
//! copies ([`MAX_NODES`]) and key length ([`MAX_KEY_BYTES`]). The parser
//! keeps its own state on the heap and this builder uses an explicit stack,
//! so nothing recurses on the input's depth.

use std::collections::HashMap;

use serde_json::{Map, Number, Value};
use yaml_rust2::parser::{Event, Parser, Tag};
use yaml_rust2::scanner::{Marker, TScalarStyle};

/// Deepest nesting of sequences and mappings accepted. go-yaml v2 allows
/// 10,000; the parser used here allows 255 flow levels, and no kubeconfig or
/// plugin answer comes near either.
pub const MAX_DEPTH: usize = 255;
/// Nodes (scalars, sequences, mappings, alias copies counted in full) one
/// document may produce. A kubeconfig with 10,000 exec users (about 15 nodes
/// each) stays below; an alias bomb or a 16 MiB flow soup stops here, in
/// time proportional to this bound rather than to the input.
pub const MAX_NODES: usize = 250_000;
/// Longest mapping key, in bytes.
pub const MAX_KEY_BYTES: usize = 64 * 1024;

/// Why a text is not accepted: what is wrong and where (1-based line and
/// column). Never contains the input's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub line: usize,
    pub column: usize,
    pub reason: String,
    /// The text is not YAML at all (as opposed to YAML kubectl refuses or
    /// that exceeds a bound).
    pub syntax: bool,
}

impl std::fmt::Display for YamlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.line, self.column, self.reason
        )
    }
}

/// The first YAML document of `text` as kubectl's JSON would hold it;
/// `Value::Null` for a text with no document (empty, comments only).
pub fn parse(text: &str) -> Result<Value, YamlError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    printable(text)?;
    Builder::default().run(&mut Parser::new_from_str(text))
}

/// go-yaml's reader refuses characters YAML does not allow in a stream
/// (NUL, other C0 controls but tab, CR and LF, DEL, C1 but NEL, U+FFFE/FFFF)
/// before parsing; so does this, with the position of the first one.
fn printable(text: &str) -> Result<(), YamlError> {
    let ok = |c: char| matches!(c, '\t' | '\n' | '\r' | ' '..='~' | '\u{85}' | '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..);
    let Some(at) = text.find(|c: char| !ok(c)) else {
        return Ok(());
    };
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Err(YamlError {
        line,
        column,
        reason:
            "control characters (such as NUL) are not allowed in YAML; kubectl refuses them too"
                .into(),
        syntax: true,
    })
}

/// A container being filled.
enum Open {
    Seq {
        items: Vec<Value>,
        anchor: usize,
        start: usize,
    },
    Map {
        map: Map<String, Value>,
        key: Option<(Value, Marker)>,
        anchor: usize,
        start: usize,
    },
}

#[derive(Default)]
struct Builder {
    stack: Vec<Open>,
    /// Anchored nodes and their sizes (in nodes), for alias copies.
    anchors: HashMap<usize, (Value, usize)>,
    nodes: usize,
}

fn error(mark: &Marker, reason: impl Into<String>) -> YamlError {
    YamlError {
        line: mark.line(),
        column: mark.col() + 1,
        reason: reason.into(),
        syntax: false,
    }
}

impl Builder {
    fn run<T: Iterator<Item = char>>(mut self, parser: &mut Parser<T>) -> Result<Value, YamlError> {
        loop {
            let (event, mark) = parser.next_token().map_err(|e| {
                if e.info() == "recursion limit exceeded" {
                    // The parser's own flow-depth bound, at the same limit.
                    return error(
                        e.marker(),
                        format!("nesting deeper than {MAX_DEPTH} levels is not accepted"),
                    );
                }
                YamlError {
                    syntax: true,
                    ..error(e.marker(), e.info().to_string())
                }
            })?;
            let done = match event {
                Event::StreamEnd => return Ok(Value::Null),
                Event::Nothing | Event::StreamStart | Event::DocumentStart => None,
                // Only the first document is read, as go-yaml's Unmarshal does.
                Event::DocumentEnd => return Ok(Value::Null),
                Event::Alias(id) => {
                    let (v, size) = self
                        .anchors
                        .get(&id)
                        .cloned()
                        .ok_or_else(|| error(&mark, "an alias names an unknown anchor"))?;
                    self.count(&mark, size)?;
                    self.add(v, mark, 0)?
                }
                Event::Scalar(text, style, anchor, tag) => {
                    self.count(&mark, 1)?;
                    let v = scalar(text, style, tag.as_ref(), &mark)?;
                    self.add(v, mark, anchor)?
                }
                Event::SequenceStart(anchor, _) => {
                    self.count(&mark, 1)?;
                    self.open(
                        Open::Seq {
                            items: Vec::new(),
                            anchor,
                            start: self.nodes,
                        },
                        &mark,
                    )?;
                    None
                }
                Event::MappingStart(anchor, _) => {
                    self.count(&mark, 1)?;
                    self.open(
                        Open::Map {
                            map: Map::new(),
                            key: None,
                            anchor,
                            start: self.nodes,
                        },
                        &mark,
                    )?;
                    None
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    let (v, anchor, start) = match self.stack.pop() {
                        Some(Open::Seq {
                            items,
                            anchor,
                            start,
                        }) => (Value::Array(items), anchor, start),
                        Some(Open::Map {
                            map, anchor, start, ..
                        }) => (Value::Object(map), anchor, start),
                        None => return Err(error(&mark, "unbalanced end of a collection")),
                    };
                    // Size of this node: what was counted since it opened, + itself.
                    let size = self.nodes - start + 1;
                    self.finish(v, mark, anchor, size)?
                }
            };
            if let Some(doc) = done {
                return Ok(doc);
            }
        }
    }

    fn count(&mut self, mark: &Marker, n: usize) -> Result<(), YamlError> {
        self.nodes = self.nodes.saturating_add(n);
        if self.nodes > MAX_NODES {
            return Err(error(
                mark,
                format!(
                    "the document has more than {MAX_NODES} nodes (aliases counted in full); a kubeconfig or plugin answer is far smaller"
                ),
            ));
        }
        Ok(())
    }

    fn open(&mut self, open: Open, mark: &Marker) -> Result<(), YamlError> {
        if self.stack.len() >= MAX_DEPTH {
            return Err(error(
                mark,
                format!("nesting deeper than {MAX_DEPTH} levels is not accepted"),
            ));
        }
        self.stack.push(open);
        Ok(())
    }

    /// A scalar or alias copy arrived.
    fn add(&mut self, v: Value, mark: Marker, anchor: usize) -> Result<Option<Value>, YamlError> {
        self.finish(v, mark, anchor, 1)
    }

    /// A complete node: remember its anchor, then put it into its parent.
    /// Returns the document when the root is complete.
    fn finish(
        &mut self,
        v: Value,
        mark: Marker,
        anchor: usize,
        size: usize,
    ) -> Result<Option<Value>, YamlError> {
        if anchor != 0 {
            self.anchors.insert(anchor, (v.clone(), size));
        }
        match self.stack.last_mut() {
            None => Ok(Some(v)),
            Some(Open::Seq { items, .. }) => {
                items.push(v);
                Ok(None)
            }
            Some(Open::Map { map, key, .. }) => {
                match key.take() {
                    None => *key = Some((v, mark)),
                    Some((k, kmark)) => {
                        if k == Value::String(MERGE_KEY.into()) {
                            merge_into(map, v, &kmark)?;
                        } else {
                            map.insert(json_key(k, &kmark)?, v);
                        }
                    }
                }
                Ok(None)
            }
        }
    }
}

/// Stands for the plain, untagged `<<` key (see [`scalar`]).
const MERGE_KEY: &str = "\u{0}<<merge>>";

/// `<<: *base` as go-yaml v2 applies it: at that point, the merged keys are
/// written over what the mapping already holds (later keys override them
/// again); of a list of mappings, the first one wins.
fn merge_into(map: &mut Map<String, Value>, v: Value, mark: &Marker) -> Result<(), YamlError> {
    let sources = match v {
        Value::Object(m) => vec![m],
        Value::Array(items) => items
            .into_iter()
            .rev()
            .map(|item| match item {
                Value::Object(m) => Ok(m),
                _ => Err(error(mark, "a << merge list may only hold mappings")),
            })
            .collect::<Result<_, _>>()?,
        _ => {
            return Err(error(
                mark,
                "a << merge key needs a mapping or a list of mappings",
            ));
        }
    };
    for m in sources {
        for (k, v) in m {
            map.insert(k, v);
        }
    }
    Ok(())
}

/// A mapping key as sigs.k8s.io/yaml writes it into JSON.
fn json_key(k: Value, mark: &Marker) -> Result<String, YamlError> {
    let s = match k {
        Value::String(s) => s,
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => i.to_string(),
            (None, Some(f)) if n.is_f64() => go_format_g32(f),
            _ => {
                return Err(error(
                    mark,
                    "a mapping key is an unsigned number beyond the signed 64-bit range, which kubectl does not accept as a key",
                ));
            }
        },
        Value::Null => {
            return Err(error(
                mark,
                "a mapping key is null (~, null or empty), which kubectl does not accept; quote it",
            ));
        }
        Value::Array(_) | Value::Object(_) => {
            return Err(error(
                mark,
                "a mapping key is a list or a mapping, which kubectl does not accept",
            ));
        }
    };
    if s.len() > MAX_KEY_BYTES {
        return Err(error(
            mark,
            format!("a mapping key is longer than {MAX_KEY_BYTES} bytes"),
        ));
    }
    Ok(s)
}

/// Go's `strconv.FormatFloat(f, 'g', -1, 32)`, which sigs.k8s.io/yaml uses
/// for float keys.
fn go_format_g32(f: f64) -> String {
    let x = f as f32;
    if x.is_nan() {
        return ".nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { ".inf" } else { "-.inf" }.into();
    }
    // Shortest digits of the f32, as Rust's `{:e}` gives them: d.ddde±x.
    let e = format!("{:e}", x.abs());
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let neg = if x.is_sign_negative() { "-" } else { "" };
    if !(-4..6).contains(&exp) {
        let (first, rest) = digits.split_at(1);
        let dot = if rest.is_empty() { "" } else { "." };
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{neg}{first}{dot}{rest}e{sign}{:02}", exp.abs());
    }
    format!("{neg}{}", x.abs())
}

/// One scalar, resolved as go-yaml v2 resolves it.
fn scalar(
    text: String,
    style: TScalarStyle,
    tag: Option<&Tag>,
    mark: &Marker,
) -> Result<Value, YamlError> {
    let plain = matches!(style, TScalarStyle::Plain);
    let suffix = match tag {
        Some(t) if t.handle == "tag:yaml.org,2002:" => t.suffix.as_str(),
        // A local or unknown tag makes the scalar a string, as in go-yaml v2.
        Some(_) => return Ok(Value::String(text)),
        None if !plain => return Ok(Value::String(text)),
        None if text == "<<" => return Ok(Value::String(MERGE_KEY.into())),
        None => return resolve(text, mark),
    };
    let want = match suffix {
        "binary" => return binary(&text, mark),
        "null" | "bool" | "int" | "float" => suffix,
        _ => return Ok(Value::String(text)),
    };
    let v = resolve(text, mark)?;
    let ok = match (&v, want) {
        (Value::Null, "null") | (Value::Bool(_), "bool") => true,
        (Value::Number(n), "int") => !n.is_f64(),
        (Value::Number(_), "float") => true,
        _ => false,
    };
    if !ok {
        return Err(error(
            mark,
            format!("a value tagged !!{want} cannot be read as one"),
        ));
    }
    Ok(v)
}

/// `!!binary`: base64, decoded into a string (invalid UTF-8 replaced, as
/// Go's JSON encoder replaces it).
fn binary(text: &str, mark: &Marker) -> Result<Value, YamlError> {
    use base64::Engine;
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(compact)
        .map_err(|_| error(mark, "a !!binary value is not valid base64"))?;
    Ok(Value::String(String::from_utf8_lossy(&bytes).into_owned()))
}

/// go-yaml v2's `resolve()` for a plain scalar.
fn resolve(text: String, mark: &Marker) -> Result<Value, YamlError> {
    match text.as_str() {
        "" | "~" | "null" | "Null" | "NULL" => return Ok(Value::Null),
        "y" | "Y" | "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" | "on" | "On" | "ON" => {
            return Ok(Value::Bool(true));
        }
        "n" | "N" | "no" | "No" | "NO" | "false" | "False" | "FALSE" | "off" | "Off" | "OFF" => {
            return Ok(Value::Bool(false));
        }
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" | "-.inf" | "-.Inf" | "-.INF"
        | ".nan" | ".NaN" | ".NAN" => {
            return Err(error(
                mark,
                "an infinite or NaN number (.inf, .nan) has no JSON form, so kubectl refuses the document too; quote it if it is meant as text",
            ));
        }
        _ => {}
    }
    let first = text.as_bytes()[0];
    if first == b'.' {
        return Ok(go_parse_float(&text)
            .and_then(Number::from_f64)
            .map(Value::Number)
            .unwrap_or(Value::String(text)));
    }
    if !(first.is_ascii_digit() || first == b'+' || first == b'-') {
        return Ok(Value::String(text));
    }
    let plain: String = text.chars().filter(|c| *c != '_').collect();
    if let Some(i) = go_parse_int(&plain) {
        return Ok(Value::from(i));
    }
    if let Some(u) = go_parse_uint(&plain) {
        return Ok(Value::from(u));
    }
    if is_yaml_style_float(&plain)
        && let Some(n) = go_parse_float(&plain).and_then(Number::from_f64)
    {
        return Ok(Value::Number(n));
    }
    if let Some(bits) = plain.strip_prefix("0b") {
        if let Ok(i) = i64::from_str_radix(bits, 2) {
            return Ok(Value::from(i));
        }
        if let Ok(u) = u64::from_str_radix(bits, 2) {
            return Ok(Value::from(u));
        }
    } else if let Some(bits) = plain.strip_prefix("-0b")
        && let Ok(i) = i64::from_str_radix(bits, 2)
    {
        return Ok(Value::from(-i));
    }
    Ok(Value::String(text))
}

/// `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`
fn is_yaml_style_float(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    if b.get(i) == Some(&b'.') {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    } else {
        if digits(&mut i) == 0 {
            return false;
        }
        if b.get(i) == Some(&b'.') {
            i += 1;
            digits(&mut i);
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// Sign and base prefix as Go's `strconv.ParseInt(s, 0, 64)` reads them
/// (underscores already removed): `0x`, `0o`, `0b`, or a leading `0` for octal.
fn split_base(s: &str) -> Option<(bool, u32, &str)> {
    let (neg, s) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = s.get(..2).map(str::to_ascii_lowercase);
    let (base, digits) = match lower.as_deref() {
        Some("0x") => (16, &s[2..]),
        Some("0o") => (8, &s[2..]),
        Some("0b") => (2, &s[2..]),
        _ if s.len() > 1 && s.starts_with('0') => (8, &s[1..]),
        _ => (10, s),
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    Some((neg, base, digits))
}

fn go_parse_int(s: &str) -> Option<i64> {
    let (neg, base, digits) = split_base(s)?;
    let u = u64::from_str_radix(digits, base).ok()?;
    if neg {
        0i64.checked_sub_unsigned(u)
    } else {
        i64::try_from(u).ok()
    }
}

fn go_parse_uint(s: &str) -> Option<u64> {
    if s.starts_with(['-', '+']) {
        return None;
    }
    let (_, base, digits) = split_base(s)?;
    u64::from_str_radix(digits, base).ok()
}

/// Go's `strconv.ParseFloat(s, 64)` for decimal text; out of range (Go's
/// ErrRange) is `None`, which leaves the scalar a string as go-yaml does.
fn go_parse_float(s: &str) -> Option<f64> {
    if !s
        .bytes()
        .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-'))
    {
        return None;
    }
    let f: f64 = s.parse().ok()?;
    f.is_finite().then_some(f)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn p(s: &str) -> Value {
        parse(s).unwrap_or_else(|e| panic!("{s:?}: {e}"))
    }

    #[test]
    fn yaml11_scalars_resolve_like_go_yaml_v2() {
        let v = p(
            "{a: yes, b: on, c: off, d: y, e: Y, f: n, g: NO, h: True, i: tRUE, j: ~, k: null, l: Null, m: NULL, n2: , o: 010, p: 0o10, q: 0x1F, r: 1_000, s: .5, t: 1e3, w: 1:30, x: 0b101, y2: -0x1F, z: +12, aa: 1.5e+3, ac: 0.1_0, ag: 2001-12-14, ah: \"yes\", aj: 99999999999999999999, ak: 0777, al: 08, am: 1__0, an: 0_10, ap: nULL, aq: Off, ar: oN, as: 1., av: +.5, ay: 0xff_ff, az: 0b1_0, ba: -0b11, be: -0, bg: 0x, bh: 1e, bk: -9223372036854775808, bl: 18446744073709551615, bm: 18446744073709551616, n3: 1e400, m3: 0x7fffffffffffffff1, q3: 'on'}",
        );
        let want: Value = serde_json::from_str(r#"{"a": true, "b": true, "c": false, "d": true, "e": true, "f": false, "g": false,
            "h": true, "i": "tRUE", "j": null, "k": null, "l": null, "m": null, "n2": null, "o": 8, "p": 8,
            "q": 31, "r": 1000, "s": 0.5, "t": 1000.0, "w": "1:30", "x": 5, "y2": -31, "z": 12, "aa": 1500.0,
            "ac": 0.1, "ag": "2001-12-14", "ah": "yes", "aj": 1e20, "ak": 511, "al": 8.0, "am": 10, "an": 8,
            "ap": "nULL", "aq": false, "ar": "oN", "as": 1.0, "av": 0.5, "ay": 65535, "az": 2, "ba": -3,
            "be": 0, "bg": "0x", "bh": "1e", "bk": -9223372036854775808, "bl": 18446744073709551615,
            "bm": 18446744073709551616.0, "n3": "1e400", "m3": "0x7fffffffffffffff1", "q3": "on"}"#).unwrap();
        assert_eq!(v, want);
    }

    #[test]
    fn keys_are_written_as_sigs_yaml_writes_them() {
        let v = p(
            "{y: 1, n: 2, 010: x, 0x1F: y, 1_0: z, 1e3: w, .5: v, no: u, 1e6: t, 123456789.5: s}",
        );
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            [
                "true",
                "false",
                "8",
                "31",
                "10",
                "1000",
                "0.5",
                "1e+06",
                "1.2345679e+08"
            ]
        );
        for bad in ["{~: c}", "{[1, 2]: e}", "{? {a: 1} : x}"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn first_document_last_duplicate_and_merge_keys() {
        assert_eq!(p("a: 1\n---\nb: [\n"), json!({"a": 1}));
        assert_eq!(
            p("{a: 1, a: 2, b: {x: 1}, b: {y: 2}}"),
            json!({"a": 2, "b": {"true": 2}})
        );
        assert_eq!(
            p("base: &b {x: 1, z: 2}\nm:\n  <<: *b\n  z: 3\n"),
            json!({"base": {"x": 1, "z": 2}, "m": {"x": 1, "z": 3}})
        );
        // go-yaml v2: a merge overrides keys before it; in a list the first wins.
        assert_eq!(p("{a: 1, <<: {a: 2, b: 2}}"), json!({"a": 2, "b": 2}));
        assert_eq!(p("{<<: [{a: 1}, {a: 2, b: 2}]}"), json!({"a": 1, "b": 2}));
        assert_eq!(p("{\"<<\": {a: 2}}"), json!({"<<": {"a": 2}}));
        assert_eq!(p(""), Value::Null);
        assert_eq!(p("# only a comment\n"), Value::Null);
        assert_eq!(p("\u{feff}a: 1"), json!({"a": 1}));
    }

    #[test]
    fn tags() {
        assert_eq!(
            p(
                "{a: !!binary aGVsbG8=, b: !!str 12, c: !!int \"12\", d: !!float 1, e: ! 12, f: !foo 12, g: !!binary /w==, h: !foo [1], i: !!int \"0x10\", j: !!bool \"yes\"}"
            ),
            json!({"a": "hello", "b": "12", "c": 12, "d": 1, "e": "12", "f": "12", "g": "\u{fffd}", "h": [1], "i": 16, "j": true})
        );
        for bad in [
            "a: !!binary aGk",
            "a: !!float abc",
            "a: !!int 1.5",
            "a: !!null x",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn control_characters_are_refused_with_position() {
        let e = parse("a: 1\nb: x\u{0}y\n").unwrap_err();
        assert_eq!((e.line, e.column, e.syntax), (2, 5, true));
        assert!(parse("a: \u{7f}").is_err());
        assert!(parse("a: \"\u{e9}\u{85}\t\"").is_ok());
    }

    #[test]
    fn infinities_are_refused_with_position() {
        let e = parse("a:\n  b: .inf\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 6));
        assert!(e.reason.contains("no JSON form"), "{e}");
    }

    #[test]
    fn bounds_hold() {
        let deep = format!(
            "a: {}{}",
            "[".repeat(MAX_DEPTH + 5),
            "]".repeat(MAX_DEPTH + 5)
        );
        assert!(parse(&deep).is_err());
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
        // Billion laughs: each level doubles ten times.
        let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let prev = i - 1;
            bomb.push_str(&format!("a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"));
        }
        let e = parse(&bomb).unwrap_err();
        assert!(e.reason.contains("nodes"), "{e}");
        let long = format!("? \"{}\"\n: 1\n", "k".repeat(MAX_KEY_BYTES + 1));
        let e = parse(&long).err().map(|e| e.reason);
        assert!(e.as_deref().is_some_and(|r| r.contains("longer")), "{e:?}");
    }

    #[test]
    fn deepest_accepted_input_fits_a_512_kib_stack() {
        let deep_flow = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        let mut deep_block = String::new();
        for i in 0..MAX_DEPTH - 1 {
            deep_block.push_str(&" ".repeat(i));
            deep_block.push_str("k:\n");
        }
        let t = std::thread::Builder::new()
            .stack_size(512 * 1024)
            .spawn(move || {
                let a = parse(&deep_flow).unwrap();
                let b = parse(&deep_block).unwrap();
                // Dropping and printing the trees must not recurse too deep either.
                let s = crate::core::go_json::encode(&a) + &crate::core::go_json::encode(&b);
                drop((a, b));
                s.len()
            })
            .unwrap();
        assert!(t.join().unwrap() > 0);
    }
}
