//! `TokenProviderInterface` and the abstract `TokenProvider`.
//!
//! The base-class methods work on the plain PHP object (its declared
//! properties, `refresh()` through PHP dispatch), so PHP subclasses that only
//! implement `refresh()` behave exactly as with the PHP base class.

use ext_php_rs::builders::{ClassBuilder, FunctionBuilder};
use ext_php_rs::flags::{ClassFlags, DataType, MethodFlags};
use ext_php_rs::types::{ZendObject, Zval};
use ext_php_rs::zend::ClassEntry;

use super::args;
use super::boundary::handler;
use super::errors::{self, exception_pending};
use super::ffi::{
    self, ACC_PROTECTED, ClassSlot, MAY_BE_LONG, MAY_BE_NULL, MAY_BE_STRING, PropSlot, PropType,
};
use crate::core::expiry;

pub const INTERFACE: &str = "RenokiCo\\PhpK8s\\Contracts\\TokenProviderInterface";
pub const TOKEN_PROVIDER: &str = "RenokiCo\\PhpK8s\\Auth\\TokenProvider";

static INTERFACE_CE: ClassSlot = ClassSlot::new();
static TOKEN_PROVIDER_CE: ClassSlot = ClassSlot::new();
static TOKEN: PropSlot = PropSlot::new();
static EXPIRES_AT: PropSlot = PropSlot::new();
static REFRESH_BUFFER: PropSlot = PropSlot::new();

pub fn interface_ce() -> &'static ClassEntry {
    INTERFACE_CE.get()
}

pub fn token_provider_ce() -> &'static ClassEntry {
    TOKEN_PROVIDER_CE.get()
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
            INTERFACE_CE.set(ce);
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
            ffi::declare_typed_property(
                ce,
                "token",
                Some(Zval::null()),
                ACC_PROTECTED,
                PropType::Mask(MAY_BE_STRING | MAY_BE_NULL),
            );
            ffi::declare_typed_property(
                ce,
                "expiresAt",
                Some(Zval::null()),
                ACC_PROTECTED,
                PropType::NullableClass("DateTimeInterface"),
            );
            let mut sixty = Zval::new();
            sixty.set_long(60);
            ffi::declare_typed_property(
                ce,
                "refreshBuffer",
                Some(sixty),
                ACC_PROTECTED,
                PropType::Mask(MAY_BE_LONG),
            );
            ffi::return_static(ce, "setRefreshBuffer");
            TOKEN.find(ce, "token");
            EXPIRES_AT.find(ce, "expiresAt");
            REFRESH_BUFFER.find(ce, "refreshBuffer");
            TOKEN_PROVIDER_CE.set(ce);
        })
        .register()
}

/// `$this->token` when it holds a string.
pub fn token_property(obj: &ZendObject) -> Option<Zval> {
    TOKEN
        .read(obj)
        .filter(|t| t.is_string())
        .map(Zval::shallow_clone)
}

/// `$this->refreshBuffer` in seconds (60 when a subclass unset it).
#[inline]
pub fn refresh_buffer(obj: &ZendObject) -> i64 {
    REFRESH_BUFFER.read(obj).and_then(Zval::long).unwrap_or(60)
}

/// The `$expiresAt` slot of a TokenProvider instance (see `expires_at`).
pub fn expires_at_slot(obj: &mut ZendObject) -> *mut Zval {
    EXPIRES_AT.ptr(obj)
}

pub fn set_property(obj: &mut ZendObject, name: &str, mut value: Zval) {
    ffi::update_property(token_provider_ce(), obj, name, &mut value);
}

handler!(get_token, "TokenProvider::getToken()", |ex, retval| {
    let Some(this) = ex.get_self() else { return };
    get_token_dispatched(
        this,
        retval,
        TOKEN_PROVIDER,
        |obj| token_property(obj),
        |obj| token_property(obj),
    );
});

/// The base class's `getToken()`: refresh when there is no token or
/// `isExpired()` says so, both called through PHP dispatch so that a
/// subclass's overrides run; `current` reads the token the object holds.
pub fn get_token_dispatched(
    this: &mut ZendObject,
    retval: &mut Zval,
    class: &str,
    current: impl Fn(&mut ZendObject) -> Option<Zval>,
    after_refresh: impl Fn(&mut ZendObject) -> Option<Zval>,
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
    let token = if needs_refresh {
        after_refresh(this)
    } else {
        current(this)
    };
    match token {
        Some(token) => *retval = token,
        None if exception_pending() => {}
        None => errors::type_error(format!(
            "{class}::getToken(): Return value must be of type string, {} returned",
            TOKEN.read(this).map_or("null", super::convert::type_name)
        )),
    }
}

handler!(is_expired, "TokenProvider::isExpired()", |ex, retval| {
    let Some(this) = ex.get_self() else { return };
    if let Some(expired) = expired_from_property(this) {
        retval.set_bool(expired);
    }
});

/// The base class's expiry rule on `$this->expiresAt`
/// (`expiresAt <= now(UTC) + refreshBuffer`, for any DateTimeInterface);
/// `None` when reading the date threw.
pub fn expired_from_property(this: &mut ZendObject) -> Option<bool> {
    super::expires_at::materialise(this);
    let Some(obj) = EXPIRES_AT.read(this).and_then(Zval::object) else {
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

handler!(
    get_expires_at,
    "TokenProvider::getExpiresAt()",
    |ex, retval| {
        let Some(this) = ex.get_self() else { return };
        super::expires_at::materialise(this);
        *retval = match EXPIRES_AT.read(this) {
            Some(v) => v.shallow_clone(),
            // Unset by a subclass: read as PHP reads it, which throws PHP's
            // "must not be accessed before initialization" Error.
            None => ffi::read_property(token_provider_ce(), this, "expiresAt"),
        };
    }
);

handler!(
    set_refresh_buffer,
    "TokenProvider::setRefreshBuffer()",
    |ex, retval| {
        let Some(seconds) = args::long(ex, 0) else {
            return;
        };
        let Some(this) = ex.get_self() else { return };
        let mut v = Zval::new();
        v.set_long(seconds);
        set_property(this, "refreshBuffer", v);
        retval.set_object(this);
    }
);
