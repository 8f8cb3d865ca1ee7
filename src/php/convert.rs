//! PHP values to and from the JSON values the core reads and writes.

use ext_php_rs::boxed::ZBox;
use ext_php_rs::types::{ArrayKey, ZendHashTable, Zval};
use serde_json::{Map, Number, Value};

use crate::core::exec_config::MAX_NESTING;

/// Converts a PHP value (arrays, scalars) into JSON. Lists become JSON arrays,
/// other arrays objects. Fails with a description naming where (`path`) for
/// objects, resources, strings that are not UTF-8, an array that contains
/// itself (through a reference) and nesting deeper than [`MAX_NESTING`].
pub fn to_json(zv: &Zval, path: &str) -> Result<Value, String> {
    let mut open = Vec::new();
    convert(zv, &mut Path::root(path), &mut open)
}

/// Like [`to_json`], for an argument that must be a map: an empty PHP
/// array (`[]`) is an empty map there, not an empty list.
pub fn to_json_map(zv: &Zval, path: &str) -> Result<Value, String> {
    match to_json(zv, path)? {
        Value::Array(a) if a.is_empty() => Ok(Value::Object(Map::new())),
        v => Ok(v),
    }
}

/// Where a value sits, built only when an error needs it.
struct Path<'a> {
    root: &'a str,
    steps: Vec<Step>,
}

enum Step {
    Index(usize),
    Key(String),
}

impl<'a> Path<'a> {
    fn root(root: &'a str) -> Self {
        Path {
            root,
            steps: Vec::new(),
        }
    }

    fn show(&self) -> String {
        let mut s = format!("${}", self.root);
        // A deep path is shown by its ends: the message stays readable.
        let n = self.steps.len();
        for (i, step) in self.steps.iter().enumerate() {
            if n > 16 && i == 8 {
                s.push_str(&format!("[…{} more levels…]", n - 12));
            }
            if n > 16 && (8..n - 4).contains(&i) {
                continue;
            }
            match step {
                Step::Index(i) => s.push_str(&format!("[{i}]")),
                Step::Key(k) => {
                    let shown: String = k.chars().take(64).flat_map(char::escape_default).collect();
                    s.push_str(&format!("[\"{shown}\"]"));
                }
            }
        }
        s
    }
}

fn convert(
    zv: &Zval,
    path: &mut Path,
    open: &mut Vec<*const ZendHashTable>,
) -> Result<Value, String> {
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
            .ok_or_else(|| format!("{} is the float {d}, which has no JSON form", path.show()));
    }
    if let Some(s) = zv.zend_str() {
        return std::str::from_utf8(s.as_bytes())
            .map(|s| Value::String(s.to_owned()))
            .map_err(|_| format!("{} is not valid UTF-8", path.show()));
    }
    if let Some(ht) = zv.array() {
        let id = std::ptr::from_ref(ht);
        if open.contains(&id) {
            return Err(format!(
                "{} refers back to an array that contains it (a recursive reference such as $a[0] = &$a); pass plain values",
                path.show()
            ));
        }
        if open.len() >= MAX_NESTING {
            return Err(format!(
                "{} is nested more than {MAX_NESTING} arrays deep; a configuration is never that deep",
                path.show()
            ));
        }
        open.push(id);
        let result = array(ht, path, open);
        open.pop();
        return result;
    }
    Err(format!(
        "{} is {}, but only arrays, strings, numbers, booleans and null are accepted",
        path.show(),
        type_name(zv)
    ))
}

fn array(
    ht: &ZendHashTable,
    path: &mut Path,
    open: &mut Vec<*const ZendHashTable>,
) -> Result<Value, String> {
    let is_list = ht
        .iter()
        .enumerate()
        .all(|(i, (k, _))| matches!(k, ArrayKey::Long(n) if n == i as i64));
    if is_list {
        let mut items = Vec::with_capacity(ht.len());
        for (i, (_, v)) in ht.iter().enumerate() {
            path.steps.push(Step::Index(i));
            let item = convert(v, path, open);
            path.steps.pop();
            items.push(item?);
        }
        return Ok(Value::Array(items));
    }
    let mut map = Map::new();
    for (k, v) in ht.iter() {
        let key = match k {
            ArrayKey::Long(n) => n.to_string(),
            ArrayKey::String(s) => s,
            ArrayKey::Str(s) => s.to_owned(),
            ArrayKey::ZendString(s) => match std::str::from_utf8(s.as_bytes()) {
                Ok(s) => s.to_owned(),
                Err(_) => {
                    return Err(format!("{} has a key that is not valid UTF-8", path.show()));
                }
            },
        };
        path.steps.push(Step::Key(key.clone()));
        let child = convert(v, path, open);
        path.steps.pop();
        map.insert(key, child?);
    }
    Ok(Value::Object(map))
}

/// Converts JSON back into a PHP value. Values come from the core, which
/// bounds their nesting ([`MAX_NESTING`]).
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
            let mut ht =
                ZendHashTable::with_capacity(u32::try_from(items.len()).unwrap_or(u32::MAX));
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
    let mut ht = ZendHashTable::with_capacity(u32::try_from(map.len()).unwrap_or(u32::MAX));
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
