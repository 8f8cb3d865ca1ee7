//! The constructor's last configuration, per thread. An application builds
//! the same provider request after request, and converting its array (PHP
//! value → JSON → validated `ExecConfig`) was about half of a request's
//! first `new` + `getToken()`. The array is reduced to a fingerprint (every
//! key and value with its type, length-delimited, in order: two arrays have
//! the same fingerprint only when their contents are the same) and the last
//! successful conversion is reused only when the fingerprint is byte for byte
//! the same: the same input, so the same answer. Anything else (objects,
//! deep or large arrays) takes the full path, which also gives every error.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use ext_php_rs::types::Zval;
use serde_json::Value;

use super::ffi::{self, Key};
use crate::core::exec_config::ExecConfig;

/// A converted constructor array.
pub struct Parsed {
    pub given: Value,
    pub config: Arc<ExecConfig>,
}

/// Arrays deeper than this are never reused (a configuration is 3 deep).
const MAX_DEPTH: usize = 16;
/// Nor are arrays whose fingerprint is larger than this.
const MAX_BYTES: usize = 64 * 1024;

#[derive(Default)]
struct Memo {
    last: Option<(Vec<u8>, Rc<Parsed>)>,
    /// The buffer the next fingerprint is written to (reused).
    scratch: Vec<u8>,
}

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new(Memo::default());
}

/// What the last conversion says about an array.
enum Look {
    Same(Rc<Parsed>),
    /// Another array, with its fingerprint.
    Other(Vec<u8>),
    NotReusable,
}

/// The conversion of `zv`: the last one when `zv` has its fingerprint, else
/// `convert()`'s result (kept for next time when it succeeded).
pub fn parsed<E>(
    zv: &Zval,
    convert: impl FnOnce() -> Result<(Value, ExecConfig), E>,
) -> Result<Rc<Parsed>, E> {
    let look = MEMO.with(|m| {
        let mut m = m.borrow_mut();
        let mut print = std::mem::take(&mut m.scratch);
        print.clear();
        if !fingerprint(zv, 0, &mut print) {
            m.scratch = print;
            return Look::NotReusable;
        }
        match &m.last {
            Some((last, hit)) if *last == print => {
                let hit = Rc::clone(hit);
                m.scratch = print;
                Look::Same(hit)
            }
            _ => Look::Other(print),
        }
    });
    let print = match look {
        Look::Same(hit) => return Ok(hit),
        Look::Other(print) => Some(print),
        Look::NotReusable => None,
    };
    // No borrow is held while converting (it runs no PHP code anyway).
    let result = convert().map(|(given, config)| {
        Rc::new(Parsed {
            given,
            config: Arc::new(config),
        })
    });
    if let (Ok(p), Some(print)) = (&result, print) {
        MEMO.with(|m| {
            let mut m = m.borrow_mut();
            if let Some((old, _)) = m.last.replace((print, Rc::clone(p))) {
                m.scratch = old;
            }
        });
    }
    result
}

/// Appends `zv`'s fingerprint to `out`; false when it is not reused (a type
/// other than null, bool, int, float, string and array, or past the bounds).
fn fingerprint(zv: &Zval, depth: usize, out: &mut Vec<u8>) -> bool {
    if out.len() > MAX_BYTES {
        return false;
    }
    let zv = zv.dereference();
    if zv.is_null() {
        out.push(b'n');
    } else if let Some(b) = zv.bool() {
        out.push(if b { b't' } else { b'f' });
    } else if let Some(l) = zv.long() {
        out.push(b'i');
        out.extend_from_slice(&l.to_le_bytes());
    } else if let Some(d) = zv.double() {
        out.push(b'd');
        out.extend_from_slice(&d.to_bits().to_le_bytes());
    } else if let Some(s) = zv.zend_str() {
        bytes(b's', s.as_bytes(), out);
    } else if let Some(ht) = zv.array() {
        if depth >= MAX_DEPTH {
            return false;
        }
        out.push(b'a');
        out.extend_from_slice(&(ht.len() as u64).to_le_bytes());
        for (key, value) in ffi::entries(ht) {
            match key {
                Key::Index(i) => {
                    out.push(b'k');
                    out.extend_from_slice(&i.to_le_bytes());
                }
                Key::Str(k) => bytes(b'K', k, out),
            }
            if !fingerprint(value, depth + 1, out) {
                return false;
            }
        }
    } else {
        return false;
    }
    true
}

fn bytes(tag: u8, b: &[u8], out: &mut Vec<u8>) {
    out.push(tag);
    out.extend_from_slice(&(b.len() as u64).to_le_bytes());
    out.extend_from_slice(b);
}
