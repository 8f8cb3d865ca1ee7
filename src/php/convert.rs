//! PHP values to and from the JSON values the core reads and writes.

use ext_php_rs::boxed::ZBox;
use ext_php_rs::types::{ArrayKey, ZendHashTable, Zval};
use serde_json::{Map, Number, Value};

/// Converts a PHP value (arrays, scalars) into JSON. Lists become JSON arrays,
/// other arrays objects. Fails with a description for objects, resources and
/// strings that are not UTF-8.
pub fn to_json(zv: &Zval, path: &str) -> Result<Value, String> {
    let zv = zv.dereference();
    if zv.is_null() {
        return Ok(Value::Null);
    }
    if let Some(b) = zv.bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(l) = zv.long() {
        return Ok(Value::Number(l.into()));
    }
    if let Some(d) = zv.double() {
        return Number::from_f64(d)
            .map(Value::Number)
            .ok_or_else(|| format!("{path} is the float {d}, which has no JSON form"));
    }
    if let Some(s) = zv.zend_str() {
        return std::str::from_utf8(s.as_bytes())
            .map(|s| Value::String(s.to_owned()))
            .map_err(|_| format!("{path} is not valid UTF-8"));
    }
    if let Some(ht) = zv.array() {
        return array_to_json(ht, path);
    }
    Err(format!(
        "{path} is {}, but only arrays, strings, numbers, booleans and null are accepted",
        type_name(zv)
    ))
}

fn array_to_json(ht: &ZendHashTable, path: &str) -> Result<Value, String> {
    let is_list = ht
        .iter()
        .enumerate()
        .all(|(i, (k, _))| matches!(k, ArrayKey::Long(n) if n == i as i64));
    if is_list {
        return ht
            .iter()
            .enumerate()
            .map(|(i, (_, v))| to_json(v, &format!("{path}[{i}]")))
            .collect::<Result<Vec<_>, _>>()
            .map(Value::Array);
    }
    let mut map = Map::new();
    for (k, v) in ht.iter() {
        let key = match k {
            ArrayKey::Long(n) => n.to_string(),
            ArrayKey::String(s) => s,
            ArrayKey::Str(s) => s.to_owned(),
            other => other.to_string(),
        };
        let child = to_json(v, &format!("{path}[{key:?}]"))?;
        map.insert(key, child);
    }
    Ok(Value::Object(map))
}

/// Converts JSON back into a PHP value.
pub fn from_json(v: &Value) -> Zval {
    let mut zv = Zval::new();
    match v {
        Value::Null => zv.set_null(),
        Value::Bool(b) => zv.set_bool(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => zv.set_long(i),
            None => zv.set_double(n.as_f64().unwrap_or(0.0)),
        },
        Value::String(s) => {
            let _ = zv.set_string(s, false);
        }
        Value::Array(items) => {
            let mut ht = ZendHashTable::with_capacity(items.len() as u32);
            for item in items {
                let _ = ht.push(from_json(item));
            }
            zv.set_hashtable(ht);
        }
        Value::Object(map) => zv.set_hashtable(map_to_array(map)),
    }
    zv
}

pub fn map_to_array(map: &Map<String, Value>) -> ZBox<ZendHashTable> {
    let mut ht = ZendHashTable::with_capacity(map.len() as u32);
    for (k, v) in map {
        let _ = ht.insert(k.as_str(), from_json(v));
    }
    ht
}

/// PHP's name for a value's type, as used in TypeError messages.
pub fn type_name(zv: &Zval) -> &'static str {
    let zv = zv.dereference();
    if zv.is_null() {
        "null"
    } else if zv.is_bool() {
        "bool"
    } else if zv.is_long() {
        "int"
    } else if zv.is_double() {
        "float"
    } else if zv.is_string() {
        "string"
    } else if zv.is_array() {
        "array"
    } else if zv.is_object() {
        "object"
    } else {
        "resource"
    }
}
