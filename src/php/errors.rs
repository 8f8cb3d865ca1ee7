//! The one place where core errors become PHP exceptions.

use std::sync::atomic::{AtomicPtr, Ordering};

use ext_php_rs::builders::ClassBuilder;
use ext_php_rs::exception::PhpException;
use ext_php_rs::zend::{ClassEntry, ce};

use crate::core::AuthError;

pub const AUTHENTICATION_EXCEPTION: &str = "RenokiCo\\PhpK8s\\Exceptions\\AuthenticationException";

static AUTH_EXCEPTION_CE: AtomicPtr<ClassEntry> = AtomicPtr::new(std::ptr::null_mut());

/// Registers `AuthenticationException extends \Exception` as a plain internal
/// class (no custom object), so PHP can construct and extend it and every
/// instance carries its file, line and trace.
pub fn register() -> ext_php_rs::error::Result<()> {
    ClassBuilder::new(AUTHENTICATION_EXCEPTION)
        .extends((ce::exception, "\\Exception"))
        .registration(|ce, args| {
            std::mem::forget(args);
            AUTH_EXCEPTION_CE.store(ce, Ordering::Release);
        })
        .register()
}

pub fn auth_exception_ce() -> &'static ClassEntry {
    // SAFETY: set once at MINIT, before any PHP code runs.
    unsafe { &*AUTH_EXCEPTION_CE.load(Ordering::Acquire) }
}

/// Throws `AuthenticationException` with the error's message.
pub fn throw(err: &AuthError) {
    PhpException::new(err.to_string(), 0, auth_exception_ce()).throw();
}

/// Throws PHP's `TypeError`, for arguments of the wrong PHP type.
pub fn type_error(message: String) {
    PhpException::new(message, 0, ce::type_error()).throw();
}

/// Throws PHP's `ValueError`, for arguments of the right type but an impossible value.
pub fn value_error(message: String) {
    PhpException::new(message, 0, ce::value_error()).throw();
}

/// Throws PHP's `Error`, for misuse such as a subclass that skipped the parent constructor.
pub fn error(message: String) {
    PhpException::new(message, 0, ce::error()).throw();
}

/// Throws `ArgumentCountError` in PHP's own words.
pub fn argument_count(method: &str, expected: usize, given: usize) {
    let s = if expected == 1 { "" } else { "s" };
    argument_count_message(format!(
        "{method}() expects exactly {expected} argument{s}, {given} given"
    ));
}

pub fn argument_count_message(message: String) {
    PhpException::new(message, 0, ce::argument_count_error()).throw();
}
