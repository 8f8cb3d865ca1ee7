//! `$expiresAt` of a native provider, built when something first reads it.
//!
//! Building a `DateTimeImmutable` is PHP's first date operation in most
//! requests, and that loads the time zone from the system's database (a
//! file opened, mapped and parsed per request: 35–65 µs, most of the cost of
//! a request's first `getToken()`), while a PHP K8s application only ever
//! calls `getToken()`. So on `ExecCredentialProvider` itself (never on a PHP
//! subclass, whose code reads `$this->expiresAt` and may hook it) the
//! property slot is left uninitialised and the expiry kept in the provider's
//! state; every path that can observe the slot builds the date first:
//! - the engine reaches an uninitialised declared slot only through the
//!   object handlers (read, write, isset, unset, reference/`++` fetch,
//!   property tables for `foreach`/`get_object_vars()`/dumps/casts, `==`,
//!   `clone`), which are wrapped here;
//! - our own methods (`getExpiresAt()`, `isExpired()` without a credential)
//!   call [`materialise`].
//!
//! This is part of the engine boundary (`ffi.rs` is at its size limit): the
//! date is made with ext/date's exported `php_date_initialize`, which runs
//! no PHP code, so it is safe inside any handler (even with an exception in
//! flight, where calling a PHP function would silently do nothing).

use std::ffi::{c_char, c_int, c_void};
use std::sync::OnceLock;

use ext_php_rs::ffi::{HashTable, zend_class_entry, zend_object, zend_object_handlers, zval};
use ext_php_rs::types::{ZendObject, Zval};

use super::exec_provider;
use super::token_provider;
use crate::core::expiry::{self, Micros};

// SAFETY: signatures as in ext/date/php_date.h and Zend/zend_API.h of PHP
// 8.2 and 8.4 (unchanged between them); ext/date is always built in.
unsafe extern "C" {
    fn php_date_get_immutable_ce() -> *mut zend_class_entry;
    fn php_date_initialize(
        dateobj: *mut c_void,
        time_str: *const c_char,
        time_str_len: usize,
        format: *const c_char,
        timezone_object: *mut zval,
        flags: c_int,
    ) -> bool;
    fn object_init_ex(arg: *mut zval, ce: *mut zend_class_entry) -> c_int;
}

/// `new DateTimeImmutable('<Y-m-d H:i:s.u> UTC')`: the instant in UTC
/// (time zone type 3, "UTC"), as PHP's parser reads it; null if ext/date
/// refused (it does not for this format).
pub fn date_time_immutable(micros: Micros) -> Zval {
    let text = expiry::format_for_php(micros);
    let mut zv = Zval::new();
    // SAFETY: object_init_ex runs the class's create_object (ext/date's
    // date_object_new_date), which allocates a php_date_obj
    // (`{ timelib_time *time; zend_object std; }`, php_date.h) and returns
    // its `std`; the php_date_obj starts one pointer before it.
    // php_date_initialize parses the text into it and reports failure.
    unsafe {
        if object_init_ex(&mut zv, php_date_get_immutable_ce()) != 0 {
            return Zval::null();
        }
        let std = zv.value.obj;
        let dateobj = std.cast::<u8>().sub(std::mem::size_of::<*mut c_void>());
        if !php_date_initialize(
            dateobj.cast(),
            text.as_ptr().cast(),
            text.len(),
            std::ptr::null(),
            std::ptr::null_mut(),
            0,
        ) {
            return Zval::null();
        }
    }
    zv
}

/// Sets `$expiresAt` for a credential just installed: null without an
/// expiry; else the date, left to be built on first read when `obj` is an
/// `ExecCredentialProvider` (not a subclass) whose slot holds no reference.
pub fn set(obj: &mut ZendObject, expires: Option<Micros>) {
    let lazy = expires.is_some()
        && std::ptr::eq(obj.ce, exec_provider::ce())
        // SAFETY: `obj` is an instance of TokenProvider (our subclass).
        && !unsafe { &*slot(obj) }.is_reference();
    let Some(state) = exec_provider::state_quiet(obj) else {
        return;
    };
    if lazy {
        state.expires_pending = expires;
        // SAFETY: the slot of a live object of our class, not a reference
        // (checked above): its value is moved out (released after the
        // state is updated, as releasing may run a destructor) and the type
        // word set to IS_UNDEF, keeping the property flags in `u2`.
        let old = unsafe {
            let p = slot(obj);
            let old = std::ptr::read(p);
            (*p).u1.type_info = 0;
            old
        };
        drop(old);
        return;
    }
    state.expires_pending = None;
    let value = expires.map_or_else(Zval::null, date_time_immutable);
    token_provider::set_property(obj, "expiresAt", value);
}

/// Builds the pending `$expiresAt` of `obj`, if any.
pub fn materialise(obj: &mut ZendObject) {
    let Some(micros) = exec_provider::state_quiet(obj).and_then(|s| s.expires_pending.take())
    else {
        return;
    };
    let p = slot(obj);
    // SAFETY: the slot of a live object of our class.
    if !matches!(
        unsafe { &*p }.get_type(),
        ext_php_rs::flags::DataType::Undef
    ) {
        // Every write to the slot goes through a handler below, which
        // materialises first; should anything else have filled it, it wins.
        return;
    }
    let date = std::mem::ManuallyDrop::new(date_time_immutable(micros));
    // SAFETY: the slot is IS_UNDEF (checked), so nothing is overwritten;
    // value and type word move in, the property flags in `u2` stay. A
    // DateTimeImmutable (or null) satisfies `?DateTimeInterface`.
    unsafe {
        (*p).value = date.value;
        (*p).u1 = date.u1;
    }
}

/// The `$expiresAt` slot of `obj`.
fn slot(obj: &mut ZendObject) -> *mut Zval {
    token_provider::expires_at_slot(obj)
}

// ---------------------------------------------------------------------------
// Handlers: each builds the pending date, then does what the handler it
// replaces (the standard one, or ours in ffi.rs) does.

static BASE: OnceLock<Base> = OnceLock::new();
struct Base(zend_object_handlers);
// SAFETY: written once at MINIT, read-only afterwards (function pointers).
unsafe impl Sync for Base {}
// SAFETY: as above.
unsafe impl Send for Base {}

fn base() -> &'static zend_object_handlers {
    &BASE.get().expect("handlers installed at MINIT").0
}

/// Wraps the handlers of the native class's table (at MINIT).
pub fn wrap_handlers(h: &mut zend_object_handlers) {
    let _ = BASE.set(Base(*h));
    h.read_property = Some(read_property);
    h.write_property = Some(write_property);
    h.get_property_ptr_ptr = Some(get_property_ptr_ptr);
    h.has_property = Some(has_property);
    h.unset_property = Some(unset_property);
    h.get_properties = Some(get_properties);
    h.get_gc = Some(get_gc);
    h.compare = Some(compare);
    h.clone_obj = Some(clone_obj);
}

/// Materialises behind the panic boundary (a handler cannot throw here).
///
/// # Safety
/// `obj` is a live object carrying these handlers.
unsafe fn prepare(obj: *mut zend_object) {
    // SAFETY: per the contract.
    let obj = unsafe { &mut *obj };
    super::boundary::guard_quiet("building $expiresAt", (), false, || materialise(obj));
}

unsafe extern "C" fn read_property(
    obj: *mut zend_object,
    name: *mut ext_php_rs::ffi::zend_string,
    ty: c_int,
    cache_slot: *mut *mut c_void,
    rv: *mut zval,
) -> *mut zval {
    // SAFETY: the engine's arguments, passed on.
    unsafe {
        prepare(obj);
        base().read_property.expect("standard handler")(obj, name, ty, cache_slot, rv)
    }
}

unsafe extern "C" fn write_property(
    obj: *mut zend_object,
    name: *mut ext_php_rs::ffi::zend_string,
    value: *mut zval,
    cache_slot: *mut *mut c_void,
) -> *mut zval {
    // SAFETY: as above (a failed typed write must leave the old value).
    unsafe {
        prepare(obj);
        base().write_property.expect("standard handler")(obj, name, value, cache_slot)
    }
}

unsafe extern "C" fn get_property_ptr_ptr(
    obj: *mut zend_object,
    name: *mut ext_php_rs::ffi::zend_string,
    ty: c_int,
    cache_slot: *mut *mut c_void,
) -> *mut zval {
    // SAFETY: as above.
    unsafe {
        prepare(obj);
        base().get_property_ptr_ptr.expect("standard handler")(obj, name, ty, cache_slot)
    }
}

unsafe extern "C" fn has_property(
    obj: *mut zend_object,
    name: *mut ext_php_rs::ffi::zend_string,
    check: c_int,
    cache_slot: *mut *mut c_void,
) -> c_int {
    // SAFETY: as above.
    unsafe {
        prepare(obj);
        base().has_property.expect("standard handler")(obj, name, check, cache_slot)
    }
}

unsafe extern "C" fn unset_property(
    obj: *mut zend_object,
    name: *mut ext_php_rs::ffi::zend_string,
    cache_slot: *mut *mut c_void,
) {
    // SAFETY: as above.
    unsafe {
        prepare(obj);
        base().unset_property.expect("standard handler")(obj, name, cache_slot)
    }
}

unsafe extern "C" fn get_properties(obj: *mut zend_object) -> *mut HashTable {
    // SAFETY: as above.
    unsafe {
        prepare(obj);
        base().get_properties.expect("standard handler")(obj)
    }
}

/// zend_std_get_gc calls `get_properties` when a class replaced it; the
/// collector must not build objects, so this is its standard branch.
unsafe extern "C" fn get_gc(
    obj: *mut zend_object,
    table: *mut *mut zval,
    n: *mut c_int,
) -> *mut HashTable {
    // SAFETY: the engine's object and out-parameters (Zend/zend_object_handlers.c).
    unsafe {
        if !(*obj).properties.is_null() {
            *table = std::ptr::null_mut();
            *n = 0;
            return (*obj).properties;
        }
        *table = (*obj).properties_table.as_mut_ptr();
        *n = (*(*obj).ce).default_properties_count;
        std::ptr::null_mut()
    }
}

unsafe extern "C" fn compare(a: *mut zval, b: *mut zval) -> c_int {
    // SAFETY: the engine's operands; either may be a non-object.
    unsafe {
        for z in [a, b] {
            // Any object: materialise() leaves foreign ones alone.
            if (*z).is_object() {
                prepare((*z).value.obj);
            }
        }
        base().compare.expect("standard handler")(a, b)
    }
}

/// A clone shares the original's `$expiresAt` object, as in PHP.
unsafe extern "C" fn clone_obj(old: *mut zend_object) -> *mut zend_object {
    // SAFETY: as above.
    unsafe {
        prepare(old);
        base().clone_obj.expect("ffi's clone handler")(old)
    }
}
