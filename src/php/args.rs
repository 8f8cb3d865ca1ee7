//! Method arguments, taken as a PHP method with the same signature takes
//! them: the engine's own checks (too few arguments, type checks with the
//! caller's strict_types, coercion and its deprecations, messages) run on
//! the declared parameters; extra arguments are ignored (except under a
//! debug build of PHP, whose engine insists on internal functions' rules).

use ext_php_rs::types::Zval;
use ext_php_rs::zend::ExecuteData;

use super::errors;
use super::ffi;

/// Applies PHP's parameter rules to the call; false after throwing.
pub fn accept(ex: &mut ExecuteData) -> bool {
    if ffi::too_few_args(ex) || ffi::too_many_args_for_a_debug_php(ex) {
        return false;
    }
    (0..ffi::num_args(ex)).all(|i| ffi::verify_arg(ex, i))
}

/// Argument `index` of an `int` parameter.
pub fn long(ex: &mut ExecuteData, index: usize) -> Option<i64> {
    if !accept(ex) {
        return None;
    }
    ffi::arg(ex, index).and_then(Zval::long)
}

/// Argument `index` of an `array` parameter, after [`accept`].
pub fn array<'a>(
    ex: &'a ExecuteData,
    _method: &str,
    index: usize,
    _name: &str,
) -> Option<&'a Zval> {
    ffi::arg(ex, index).filter(|z| z.is_array())
}

/// Argument `index` of a `string` / `?string` parameter, after [`accept`];
/// `Some(None)` when absent or null. Paths and YAML must also be UTF-8
/// (a `ValueError` otherwise).
pub fn string(
    ex: &ExecuteData,
    method: &str,
    index: usize,
    name: &str,
    _nullable: bool,
) -> Option<Option<String>> {
    let Some(s) = ffi::arg(ex, index).and_then(Zval::zend_str) else {
        return Some(None);
    };
    match std::str::from_utf8(s.as_bytes()) {
        Ok(s) => Some(Some(s.to_owned())),
        Err(_) => {
            errors::value_error(format!(
                "{method}(): Argument #{} (${name}) must be valid UTF-8",
                index + 1
            ));
            None
        }
    }
}

/// The bytes of argument `index` of a `string` parameter, after [`accept`].
pub fn bytes(
    ex: &ExecuteData,
    _method: &str,
    index: usize,
    _name: &str,
) -> Option<Option<Vec<u8>>> {
    Some(
        ffi::arg(ex, index)
            .and_then(Zval::zend_str)
            .map(|s| s.as_bytes().to_vec()),
    )
}
