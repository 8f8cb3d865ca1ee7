//! PHP values to and from the JSON values the core reads and writes.

use ext_php_rs::boxed::ZBox;
use ext_php_rs::types::{ZendHashTable, Zval};
use serde_json::{Map, Number, Value};

use super::ffi;
use crate::core::exec_config::MAX_NESTING;
use crate::core::yaml::MAX_NODES;

/// Converts a PHP value (arrays, scalars) into JSON. Lists become JSON arrays,
/// other arrays objects. Fails with a description naming where (`path`) for
/// objects, resources, strings that are not UTF-8, an array that contains
/// itself (through a reference), nesting deeper than [`MAX_NESTING`] and more
/// than [`MAX_NODES`] values in all.
///
/// The walk is iterative (an explicit stack on the heap): the deepest
/// accepted value must not need more than a little of a 512 KiB thread stack.
/// The node budget counts an array each time it is reached: PHP shares
/// sub-arrays by refcount, so `$a = [$a, $a]` repeated 30 times is a few KB
/// of PHP memory but a billion values once expanded.
pub fn to_json(zv: &Zval, path: &str) -> Result<Value, String> {
    Walk {
        path: Path::root(path),
        open: Vec::with_capacity(SHALLOW),
        nodes: 0,
    }
    .run(zv)
}

/// A configuration is a few arrays deep: the walk's stacks start this large,
/// so converting one grows none of them (growing them and the maps was a
/// fifth of a request's first `new` + `getToken()` in a profile).
const SHALLOW: usize = 8;

/// Like [`to_json`], for an argument that must be a map: an empty PHP
/// array (`[]`) is an empty map there, not an empty list.
pub fn to_json_map(zv: &Zval, path: &str) -> Result<Value, String> {
    match to_json(zv, path)? {
        Value::Array(a) if a.is_empty() => Ok(Value::Object(Map::new())),
        v => Ok(v),
    }
}

/// Where a value sits, built only when an error needs it.
struct Path<'p, 'a> {
    root: &'p str,
    steps: Vec<Step<'a>>,
}

enum Step<'a> {
    Index(usize),
    /// A string key, borrowed from the array.
    Key(&'a str),
    /// An integer key of an array that is not a list.
    IntKey(i64),
}

impl<'p> Path<'p, '_> {
    fn root(root: &'p str) -> Self {
        Path {
            root,
            steps: Vec::with_capacity(SHALLOW),
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
                Step::IntKey(k) => s.push_str(&format!("[\"{k}\"]")),
            }
        }
        s
    }
}

/// An array being converted: its entries still to visit and what is done.
enum Frame<'a> {
    List(ffi::Entries<'a>, Vec<Value>),
    Map(ffi::Entries<'a>, Map<String, Value>),
}

struct Walk<'p, 'a> {
    path: Path<'p, 'a>,
    /// The arrays being converted, outermost first (to refuse a cycle).
    open: Vec<*const ZendHashTable>,
    nodes: usize,
}

impl<'a> Walk<'_, 'a> {
    fn run(&mut self, root: &'a Zval) -> Result<Value, String> {
        let mut stack: Vec<Frame<'a>> = Vec::with_capacity(SHALLOW);
        let mut done = self.visit(root, &mut stack)?;
        loop {
            if let Some(v) = done.take() {
                // The step that led to `v` (none for the root).
                let step = self.path.steps.pop();
                match stack.last_mut() {
                    None => return Ok(v),
                    Some(Frame::List(_, items)) => items.push(v),
                    Some(Frame::Map(_, map)) => {
                        let key = match step {
                            Some(Step::Key(k)) => k.to_owned(),
                            Some(Step::IntKey(k)) => k.to_string(),
                            Some(Step::Index(i)) => i.to_string(),
                            None => String::new(),
                        };
                        map.insert(key, v);
                    }
                }
            }
            let Some(top) = stack.last_mut() else {
                return Ok(Value::Null);
            };
            let next = match top {
                Frame::List(iter, items) => iter.next().map(|(_, v)| {
                    self.path.steps.push(Step::Index(items.len()));
                    v
                }),
                Frame::Map(iter, _) => match iter.next() {
                    None => None,
                    Some((k, v)) => {
                        self.path.steps.push(match k {
                            ffi::Key::Index(n) => Step::IntKey(n),
                            ffi::Key::Str(bytes) => match std::str::from_utf8(bytes) {
                                Ok(k) => Step::Key(k),
                                Err(_) => {
                                    return Err(format!(
                                        "{} has a key that is not valid UTF-8",
                                        self.path.show()
                                    ));
                                }
                            },
                        });
                        Some(v)
                    }
                },
            };
            match next {
                Some(child) => done = self.visit(child, &mut stack)?,
                None => {
                    self.open.pop();
                    done = Some(match stack.pop() {
                        Some(Frame::List(_, items)) => Value::Array(items),
                        Some(Frame::Map(_, map)) => Value::Object(map),
                        None => Value::Null,
                    });
                }
            }
        }
    }

    /// The value of a scalar, or `None` after opening an array on `stack`.
    fn visit(&mut self, zv: &'a Zval, stack: &mut Vec<Frame<'a>>) -> Result<Option<Value>, String> {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return Err(format!(
                "{} is past {MAX_NODES} values in all (an array used several times counts each time); a configuration is far smaller",
                self.path.show()
            ));
        }
        let zv = zv.dereference();
        if zv.is_null() {
            return Ok(Some(Value::Null));
        }
        if let Some(b) = zv.bool() {
            return Ok(Some(Value::Bool(b)));
        }
        if let Some(l) = zv.long() {
            return Ok(Some(Value::Number(l.into())));
        }
        if let Some(d) = zv.double() {
            return Number::from_f64(d)
                .map(|n| Some(Value::Number(n)))
                .ok_or_else(|| {
                    format!(
                        "{} is the float {d}, which has no JSON form",
                        self.path.show()
                    )
                });
        }
        if let Some(s) = zv.zend_str() {
            return std::str::from_utf8(s.as_bytes())
                .map(|s| Some(Value::String(s.to_owned())))
                .map_err(|_| format!("{} is not valid UTF-8", self.path.show()));
        }
        if let Some(ht) = zv.array() {
            let id = std::ptr::from_ref(ht);
            if self.open.contains(&id) {
                return Err(format!(
                    "{} refers back to an array that contains it (a recursive reference such as $a[0] = &$a); pass plain values",
                    self.path.show()
                ));
            }
            if self.open.len() >= MAX_NESTING {
                return Err(format!(
                    "{} is nested more than {MAX_NESTING} arrays deep; a configuration is never that deep",
                    self.path.show()
                ));
            }
            self.open.push(id);
            let is_list = ffi::entries(ht)
                .enumerate()
                .all(|(i, (k, _))| k == ffi::Key::Index(i as i64));
            stack.push(if is_list {
                Frame::List(ffi::entries(ht), Vec::with_capacity(ht.len()))
            } else {
                Frame::Map(ffi::entries(ht), Map::with_capacity(ht.len()))
            });
            return Ok(None);
        }
        Err(format!(
            "{} is {}, but only arrays, strings, numbers, booleans and null are accepted",
            self.path.show(),
            type_name(zv)
        ))
    }
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
