//! The panic boundary every `extern "C"` entry point goes through.
//!
//! A Rust panic must never unwind into the engine (undefined behaviour) nor
//! print to the worker's stderr. Each entry point runs its body inside
//! [`guard`] (`catch_unwind`, free on the happy path); a panic becomes an
//! `AuthenticationException` the caller can catch, or the entry point's
//! fallback where nothing can be thrown. [`install_silent_hook`] (at MINIT)
//! replaces Rust's default hook, which would print a message and maybe a
//! backtrace on stderr.

use std::any::Any;
use std::panic::{AssertUnwindSafe, catch_unwind};

use super::errors;

/// Defines `extern "C" fn $name(ex, retval)`, a method handler whose body
/// runs behind [`guard`]; `$what` names the method in the panic message.
macro_rules! handler {
    ($name:ident, $what:expr, |$ex:ident, $ret:ident| $body:block) => {
        extern "C" fn $name(
            $ex: &mut ::ext_php_rs::zend::ExecuteData,
            $ret: &mut ::ext_php_rs::types::Zval,
        ) {
            $crate::php::boundary::guard($what, (), move || $body)
        }
    };
}
pub(crate) use handler;

/// Runs `body`; after a panic, throws an `AuthenticationException` naming
/// `what` and returns `fallback`.
#[inline(always)]
pub fn guard<R>(what: &str, fallback: R, body: impl FnOnce() -> R) -> R {
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(r) => r,
        Err(payload) => {
            errors::throw_internal(what, &panic_message(payload.as_ref()));
            fallback
        }
    }
}

/// Runs `body` where no exception can be thrown (object free, phpinfo,
/// startup): a panic only yields `fallback`, and a warning where `warn`.
#[inline(always)]
pub fn guard_quiet<R>(what: &str, fallback: R, warn: bool, body: impl FnOnce() -> R) -> R {
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(r) => r,
        Err(payload) => {
            if warn {
                super::ffi::php_warning(&format!(
                    "php_k8s_auth: internal error in {what}: {} (please report it)",
                    panic_message(payload.as_ref())
                ));
            }
            fallback
        }
    }
}

fn panic_message(payload: &(dyn Any + Send)) -> String {
    let text = payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_owned());
    // A panic message is ours, but bound it and keep it on one line anyway.
    let mut out: String = text
        .chars()
        .take(200)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if text.chars().count() > 200 {
        out.push('…');
    }
    out
}

/// Replaces Rust's default panic hook (which prints to stderr) with a
/// silent one: inside a PHP worker every panic is reported through
/// [`guard`] as an exception instead.
pub fn install_silent_hook() {
    std::panic::set_hook(Box::new(|_| {}));
}
