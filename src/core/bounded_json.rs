//! JSON from untrusted bytes (plugin answers): serde_json's parser building
//! a `Value`, with the node budget YAML has ([`MAX_NODES`]), so an answer of
//! millions of tiny values is refused early instead of taking hundreds of
//! MiB outside PHP's memory_limit. Depth is bounded by serde_json's own
//! recursion limit (128 levels).

use std::cell::Cell;

use serde::de::{DeserializeSeed, Deserializer, Error, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

pub use super::yaml::MAX_NODES;

/// `serde_json::from_slice::<Value>`, refusing more than [`MAX_NODES`]
/// values (scalars, lists and objects each count one).
pub fn from_slice(bytes: &[u8]) -> serde_json::Result<Value> {
    let budget = Cell::new(MAX_NODES);
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = Node(&budget).deserialize(&mut de)?;
    de.end()?;
    Ok(value)
}

struct Node<'a>(&'a Cell<usize>);

impl Node<'_> {
    fn count<E: Error>(&self) -> Result<(), E> {
        match self.0.get() {
            0 => Err(E::custom(format!("more than {MAX_NODES} values"))),
            n => {
                self.0.set(n - 1);
                Ok(())
            }
        }
    }
}

impl<'de> DeserializeSeed<'de> for Node<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: Error>(self, v: bool) -> Result<Value, E> {
        self.count()?;
        Ok(Value::Bool(v))
    }

    fn visit_i64<E: Error>(self, v: i64) -> Result<Value, E> {
        self.count()?;
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E: Error>(self, v: u64) -> Result<Value, E> {
        self.count()?;
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E: Error>(self, v: f64) -> Result<Value, E> {
        self.count()?;
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E: Error>(self, v: &str) -> Result<Value, E> {
        self.count()?;
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E: Error>(self, v: String) -> Result<Value, E> {
        self.count()?;
        Ok(Value::String(v))
    }

    fn visit_unit<E: Error>(self) -> Result<Value, E> {
        self.count()?;
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        self.count()?;
        let mut out = Vec::new();
        while let Some(v) = seq.next_element_seed(Node(self.0))? {
            out.push(v);
        }
        Ok(Value::Array(out))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        self.count()?;
        let mut out = Map::new();
        while let Some(k) = map.next_key::<String>()? {
            // As serde_json's own Value: the last of duplicate keys wins.
            let v = map.next_value_seed(Node(self.0))?;
            out.insert(k, v);
        }
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_value_as_serde_json() {
        for text in [
            r#"{"a":1,"b":[true,null,-2,3.5,"x"],"a":{"c":18446744073709551615}}"#,
            r#"[1e400]"#,
            r#""\u00e9\ud83d\ude00""#,
            "0.1",
        ] {
            let ours = from_slice(text.as_bytes()).map_err(|e| e.to_string());
            let theirs =
                serde_json::from_slice::<Value>(text.as_bytes()).map_err(|e| e.to_string());
            assert_eq!(ours, theirs, "{text}");
        }
        assert!(from_slice(b"{} x").is_err());
    }

    #[test]
    fn more_values_than_the_budget_are_refused_with_a_position() {
        let ok = format!("[{}0]", "0,".repeat(MAX_NODES - 2));
        assert!(from_slice(ok.as_bytes()).is_ok());
        let big = format!("[{}0]", "0,".repeat(MAX_NODES));
        let e = from_slice(big.as_bytes()).unwrap_err();
        assert!(
            e.to_string()
                .starts_with(&format!("more than {MAX_NODES} values at line 1 column")),
            "{e}"
        );
        // Refused at the budget, not after reading everything.
        assert!(e.column() < big.len());
    }
}
