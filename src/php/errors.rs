//! The one place where core errors become PHP exceptions.

use ext_php_rs::builders::ClassBuilder;
use ext_php_rs::exception::PhpException;
use ext_php_rs::zend::{ClassEntry, ExecutorGlobals, ce};

use super::ffi::ClassSlot;
use crate::core::AuthError;

pub const AUTHENTICATION_EXCEPTION: &str = "RenokiCo\\PhpK8s\\Exceptions\\AuthenticationException";

static AUTH_EXCEPTION_CE: ClassSlot = ClassSlot::new();

/// Registers `AuthenticationException extends \Exception` as a plain internal
/// class (no custom object), so PHP can construct and extend it and every
/// instance carries its file, line and trace.
pub fn register() -> ext_php_rs::error::Result<()> {
    ClassBuilder::new(AUTHENTICATION_EXCEPTION)
        .extends((ce::exception, "\\Exception"))
        .registration(|ce, args| {
            std::mem::forget(args);
            AUTH_EXCEPTION_CE.set(ce);
        })
        .register()
}

pub fn auth_exception_ce() -> &'static ClassEntry {
    AUTH_EXCEPTION_CE.get()
}

/// Throws `message` as an exception of class `ce`. The engine copies the
/// message into a C string, so a NUL byte is shown as `\0` instead of making
/// the throw itself fail with a plain `\Error`.
fn throw_as(message: String, ce: &'static ClassEntry) {
    let message = if message.contains('\0') {
        message.replace('\0', "\\0")
    } else {
        message
    };
    PhpException::new(message, 0, ce).throw();
}

/// Throws `AuthenticationException` with the error's message.
pub fn throw(err: &AuthError) {
    throw_as(err.to_string(), auth_exception_ce());
}

/// Throws `AuthenticationException` for a Rust panic in `what`: a bug on our
/// side, reported without output on stderr and without any secret.
pub fn throw_internal(what: &str, panic: &str) {
    throw_as(
        format!(
            "php_k8s_auth: internal error in {what} ({panic}); nothing was cached and any plugin it started was stopped. This is a bug: please report it with the steps that led to it"
        ),
        auth_exception_ce(),
    );
}

/// Throws PHP's `TypeError`, for values of the wrong PHP type.
pub fn type_error(message: String) {
    throw_as(message, ce::type_error());
}

/// Throws PHP's `ValueError`, for values of the right type but an impossible value.
pub fn value_error(message: String) {
    throw_as(message, ce::value_error());
}

/// Throws PHP's `Error`, for misuse such as a subclass that skipped the parent constructor.
pub fn error(message: String) {
    throw_as(message, ce::error());
}

/// Whether an exception is on its way up (thrown by us or by PHP code we called).
pub fn exception_pending() -> bool {
    !ExecutorGlobals::get().exception.is_null()
}
