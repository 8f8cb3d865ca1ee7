//! Method arguments, read from the call frame.

use ext_php_rs::exception::PhpException;
use ext_php_rs::types::Zval;
use ext_php_rs::zend::{ExecuteData, ce};

use super::convert;
use super::errors;
use super::ffi;

fn argument_count_message(message: String) {
    PhpException::new(message, 0, ce::argument_count_error()).throw();
}

/// Checks the argument count against `min..=max`, throwing PHP's
/// `ArgumentCountError` otherwise.
pub fn count(ex: &ExecuteData, method: &str, min: usize, max: usize) -> bool {
    let n = ffi::num_args(ex);
    if n < min || n > max {
        let (word, count) = if n < min && min == max {
            ("exactly", min)
        } else if n < min {
            ("at least", min)
        } else if min == max {
            ("exactly", max)
        } else {
            ("at most", max)
        };
        let s = if count == 1 { "" } else { "s" };
        argument_count_message(format!(
            "{method}() expects {word} {count} argument{s}, {n} given"
        ));
        return false;
    }
    true
}

/// A method that takes no argument.
pub fn none(ex: &ExecuteData, method: &str) -> bool {
    ffi::num_args(ex) == 0 || count(ex, method, 0, 0)
}

/// Argument `index` as an `int`, with PHP's coercion for the common cases.
pub fn long(ex: &ExecuteData, method: &str, index: usize, name: &str) -> Option<i64> {
    if !count(ex, method, index + 1, index + 1) {
        return None;
    }
    let zv = ffi::arg(ex, index)?;
    if let Some(l) = zv.long() {
        return Some(l);
    }
    if let Some(d) = zv.double()
        && d.fract() == 0.0
        && d.abs() < 9.2e18
    {
        return Some(d as i64);
    }
    if let Some(s) = zv.str()
        && let Ok(l) = s.trim().parse::<i64>()
    {
        return Some(l);
    }
    if let Some(b) = zv.bool() {
        return Some(i64::from(b));
    }
    errors::type_error(format!(
        "{method}(): Argument #{} (${name}) must be of type int, {} given",
        index + 1,
        convert::type_name(zv)
    ));
    None
}

/// Argument `index` as an `array` (the only argument of the method).
pub fn array<'a>(ex: &'a ExecuteData, method: &str, index: usize, name: &str) -> Option<&'a Zval> {
    let zv = ffi::arg(ex, index)?;
    if !zv.is_array() {
        errors::type_error(format!(
            "{method}(): Argument #{} (${name}) must be of type array, {} given",
            index + 1,
            convert::type_name(zv)
        ));
        return None;
    }
    Some(zv)
}

/// Argument `index` as a string (`nullable`: null allowed), with PHP's
/// coercion of numbers. `Some(None)` when absent or null.
pub fn string(
    ex: &ExecuteData,
    method: &str,
    index: usize,
    name: &str,
    nullable: bool,
) -> Option<Option<String>> {
    let Some(zv) = ffi::arg(ex, index) else {
        return Some(None);
    };
    if nullable && zv.is_null() {
        return Some(None);
    }
    if let Some(s) = zv.zend_str() {
        return match std::str::from_utf8(s.as_bytes()) {
            Ok(s) => Some(Some(s.to_owned())),
            Err(_) => {
                errors::value_error(format!(
                    "{method}(): Argument #{} (${name}) must be valid UTF-8",
                    index + 1
                ));
                None
            }
        };
    }
    if zv.is_long() || zv.is_double() {
        return Some(zv.coerce_to_string());
    }
    let want = if nullable { "?string" } else { "string" };
    errors::type_error(format!(
        "{method}(): Argument #{} (${name}) must be of type {want}, {} given",
        index + 1,
        convert::type_name(zv)
    ));
    None
}

/// Argument `index` as a `string`'s bytes (numbers coerced as PHP does).
pub fn bytes(ex: &ExecuteData, method: &str, index: usize, name: &str) -> Option<Option<Vec<u8>>> {
    let Some(zv) = ffi::arg(ex, index) else {
        return Some(None);
    };
    if let Some(s) = zv.zend_str() {
        return Some(Some(s.as_bytes().to_vec()));
    }
    if zv.is_long() || zv.is_double() {
        return Some(zv.coerce_to_string().map(String::into_bytes));
    }
    errors::type_error(format!(
        "{method}(): Argument #{} (${name}) must be of type string, {} given",
        index + 1,
        convert::type_name(zv)
    ));
    None
}
