//! `TokenProviderInterface` and the abstract `TokenProvider`.
//!
//! The base-class methods work on the plain PHP object (its declared
//! properties, `refresh()` through PHP dispatch), so PHP subclasses that only
//! implement `refresh()` behave exactly as with the PHP base class.

use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};

use ext_php_rs::builders::{ClassBuilder, FunctionBuilder};
use ext_php_rs::flags::{ClassFlags, DataType, MethodFlags};
use ext_php_rs::types::{ZendObject, Zval};
use ext_php_rs::zend::{ClassEntry, ExecuteData, ExecutorGlobals};

use super::errors;
use super::zend::{self, ACC_PROTECTED, MAY_BE_LONG, MAY_BE_NULL, MAY_BE_STRING, PropType};
use crate::core::expiry;

pub const INTERFACE: &str = "RenokiCo\\PhpK8s\\Contracts\\TokenProviderInterface";
pub const TOKEN_PROVIDER: &str = "RenokiCo\\PhpK8s\\Auth\\TokenProvider";

static INTERFACE_CE: AtomicPtr<ClassEntry> = AtomicPtr::new(std::ptr::null_mut());
static TOKEN_PROVIDER_CE: AtomicPtr<ClassEntry> = AtomicPtr::new(std::ptr::null_mut());
static TOKEN_OFFSET: AtomicUsize = AtomicUsize::new(0);
static EXPIRES_AT_OFFSET: AtomicUsize = AtomicUsize::new(0);
static REFRESH_BUFFER_OFFSET: AtomicUsize = AtomicUsize::new(0);

pub fn interface_ce() -> &'static ClassEntry {
    // SAFETY: set once at MINIT.
    unsafe { &*INTERFACE_CE.load(Ordering::Acquire) }
}

pub fn token_provider_ce() -> &'static ClassEntry {
    // SAFETY: set once at MINIT.
    unsafe { &*TOKEN_PROVIDER_CE.load(Ordering::Acquire) }
}

fn expires_at_type() -> DataType {
    DataType::object("DateTimeInterface")
}

/// The four methods every token provider has, as abstract declarations.
fn abstract_methods() -> Vec<(FunctionBuilder<'static>, MethodFlags)> {
    let flags = MethodFlags::Public | MethodFlags::Abstract;
    vec![
        (
            FunctionBuilder::new_abstract("getToken").returns(DataType::String, false, false),
            flags,
        ),
        (
            FunctionBuilder::new_abstract("isExpired").returns(DataType::Bool, false, false),
            flags,
        ),
        (
            FunctionBuilder::new_abstract("refresh").returns(DataType::Void, false, false),
            flags,
        ),
        (
            FunctionBuilder::new_abstract("getExpiresAt").returns(expires_at_type(), false, true),
            flags,
        ),
    ]
}

pub fn register() -> ext_php_rs::error::Result<()> {
    let mut iface = ClassBuilder::new(INTERFACE).flags(ClassFlags::Interface);
    for (m, f) in abstract_methods() {
        iface = iface.method(m, f);
    }
    iface
        .registration(|ce, args| {
            std::mem::forget(args);
            INTERFACE_CE.store(ce, Ordering::Release);
        })
        .register()?;

    let public = MethodFlags::Public;
    ClassBuilder::new(TOKEN_PROVIDER)
        .flags(ClassFlags::Abstract)
        .implements((interface_ce, INTERFACE))
        .method(
            FunctionBuilder::new("getToken", get_token).returns(DataType::String, false, false),
            public,
        )
        .method(
            FunctionBuilder::new("isExpired", is_expired).returns(DataType::Bool, false, false),
            public,
        )
        .method(
            FunctionBuilder::new("getExpiresAt", get_expires_at).returns(
                expires_at_type(),
                false,
                true,
            ),
            public,
        )
        .method(
            FunctionBuilder::new("setRefreshBuffer", set_refresh_buffer)
                .arg(ext_php_rs::args::Arg::new("seconds", DataType::Long))
                .returns(DataType::Mixed, false, false),
            public,
        )
        .method(
            FunctionBuilder::new_abstract("refresh").returns(DataType::Void, false, false),
            public | MethodFlags::Abstract,
        )
        .registration(|ce, args| {
            std::mem::forget(args);
            zend::declare_typed_property(
                ce,
                "token",
                Zval::null(),
                ACC_PROTECTED,
                PropType::Mask(MAY_BE_STRING | MAY_BE_NULL),
            );
            zend::declare_typed_property(
                ce,
                "expiresAt",
                Zval::null(),
                ACC_PROTECTED,
                PropType::NullableClass("DateTimeInterface"),
            );
            let mut sixty = Zval::new();
            sixty.set_long(60);
            zend::declare_typed_property(
                ce,
                "refreshBuffer",
                sixty,
                ACC_PROTECTED,
                PropType::Mask(MAY_BE_LONG),
            );
            zend::return_static(ce, "setRefreshBuffer");
            TOKEN_OFFSET.store(zend::property_offset(ce, "token"), Ordering::Release);
            EXPIRES_AT_OFFSET.store(zend::property_offset(ce, "expiresAt"), Ordering::Release);
            REFRESH_BUFFER_OFFSET.store(
                zend::property_offset(ce, "refreshBuffer"),
                Ordering::Release,
            );
            TOKEN_PROVIDER_CE.store(ce, Ordering::Release);
        })
        .register()
}

fn slot<'a>(obj: &'a ZendObject, offset: &AtomicUsize) -> &'a Zval {
    // SAFETY: offsets of TokenProvider's declared properties; every object
    // these handlers run on is a TokenProvider.
    unsafe { zend::property_slot(obj, offset.load(Ordering::Relaxed)) }
}

pub fn token_slot(obj: &ZendObject) -> &Zval {
    slot(obj, &TOKEN_OFFSET)
}

pub fn expires_at_slot(obj: &ZendObject) -> &Zval {
    slot(obj, &EXPIRES_AT_OFFSET)
}

/// `$this->refreshBuffer` in seconds.
pub fn refresh_buffer(obj: &ZendObject) -> i64 {
    slot(obj, &REFRESH_BUFFER_OFFSET).long().unwrap_or(60)
}

pub fn set_property(obj: &mut ZendObject, name: &str, mut value: Zval) {
    zend::update_property(token_provider_ce(), obj, name, &mut value);
}

pub fn exception_pending() -> bool {
    !ExecutorGlobals::get().exception.is_null()
}

/// Parses an `int` argument with PHP's coercive rules for the common cases.
pub fn long_arg(ex: &mut ExecuteData, method: &str, index: usize, name: &str) -> Option<i64> {
    let n = num_args(ex);
    if n != index + 1 {
        errors::argument_count(method, index + 1, n);
        return None;
    }
    // SAFETY: index < number of passed arguments.
    let zv = unsafe { ex.zend_call_arg(index) }?.dereference();
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
        super::convert::type_name(zv)
    ));
    None
}

pub fn num_args(ex: &ExecuteData) -> usize {
    // SAFETY: reading the argument count of the current call frame.
    unsafe { ex.This.u2.num_args as usize }
}

/// Throws `ArgumentCountError` when a method that takes none got some.
pub fn no_args(ex: &ExecuteData, method: &str) -> bool {
    let n = num_args(ex);
    if n != 0 {
        errors::argument_count(method, 0, n);
        return false;
    }
    true
}

extern "C" fn get_token(ex: &mut ExecuteData, retval: &mut Zval) {
    if !no_args(ex, "RenokiCo\\PhpK8s\\Auth\\TokenProvider::getToken") {
        return;
    }
    let Some(this) = ex.get_self() else { return };
    get_token_dispatched(this, retval, TOKEN_PROVIDER, |obj| {
        let t = token_slot(obj);
        t.is_string().then(|| t.shallow_clone())
    });
}

/// The base class's `getToken()`: refresh when there is no token or
/// `isExpired()` says so, both called through PHP dispatch so that a
/// subclass's overrides run; `current` reads the token the object holds.
pub fn get_token_dispatched(
    this: &mut ZendObject,
    retval: &mut Zval,
    class: &str,
    current: impl Fn(&mut ZendObject) -> Option<Zval>,
) {
    let needs_refresh = current(this).is_none() || {
        let r = this.try_call_method("isExpired", vec![]);
        if exception_pending() {
            return;
        }
        r.map(|z| z.is_true()).unwrap_or(false)
    };
    if needs_refresh {
        let _ = this.try_call_method("refresh", vec![]);
        if exception_pending() {
            return;
        }
    }
    match current(this) {
        Some(token) => *retval = token,
        None if exception_pending() => {}
        None => errors::type_error(format!(
            "{class}::getToken(): Return value must be of type string, {} returned",
            super::convert::type_name(token_slot(this))
        )),
    }
}

/// `expiresAt <= now(UTC) + refreshBuffer`, for any DateTimeInterface.
extern "C" fn is_expired(ex: &mut ExecuteData, retval: &mut Zval) {
    if !no_args(ex, "RenokiCo\\PhpK8s\\Auth\\TokenProvider::isExpired") {
        return;
    }
    let Some(this) = ex.get_self() else { return };
    if let Some(expired) = expired_from_property(this) {
        retval.set_bool(expired);
    }
}

/// The base class's expiry rule on `$this->expiresAt`; `None` when reading
/// the date threw.
pub fn expired_from_property(this: &ZendObject) -> Option<bool> {
    let Some(obj) = expires_at_slot(this).object() else {
        return Some(false);
    };
    let formatted = obj.try_call_method("format", vec![&"U.u"]);
    if exception_pending() {
        return None;
    }
    let micros = formatted.ok().and_then(|z| z.str().and_then(parse_u_dot_u));
    Some(match micros {
        Some(m) => expiry::is_expired(Some(m), expiry::now_micros(), refresh_buffer(this)),
        None => true,
    })
}

/// `DateTimeInterface::format('U.u')` output to microseconds.
fn parse_u_dot_u(s: &str) -> Option<i64> {
    let (secs, frac) = s.split_once('.')?;
    let secs: i64 = secs.parse().ok()?;
    let frac: i64 = frac.parse().ok()?;
    // 'U' is floored and 'u' counts up from it, also before 1970.
    Some(secs * 1_000_000 + frac)
}

extern "C" fn get_expires_at(ex: &mut ExecuteData, retval: &mut Zval) {
    if !no_args(ex, "RenokiCo\\PhpK8s\\Auth\\TokenProvider::getExpiresAt") {
        return;
    }
    let Some(this) = ex.get_self() else { return };
    *retval = expires_at_slot(this).shallow_clone();
}

extern "C" fn set_refresh_buffer(ex: &mut ExecuteData, retval: &mut Zval) {
    let Some(seconds) = long_arg(
        ex,
        "RenokiCo\\PhpK8s\\Auth\\TokenProvider::setRefreshBuffer",
        0,
        "seconds",
    ) else {
        return;
    };
    let Some(this) = ex.get_self() else { return };
    let mut v = Zval::new();
    v.set_long(seconds);
    set_property(this, "refreshBuffer", v);
    retval.set_object(this);
}
