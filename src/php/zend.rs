//! The few Zend details ext-php-rs does not wrap: typed properties, `static`
//! return types, sensitive parameters, property slots and our object layout.
//! Engine functions outside ext-php-rs's bindings are resolved with `dlsym`,
//! so the module has no extra link-time symbols.

use std::ffi::{CStr, c_char, c_int, c_void};
use std::sync::OnceLock;

use ext_php_rs::ffi::{
    zend_class_entry, zend_function, zend_hash_str_find_ptr_lc, zend_object, zend_property_info,
    zend_string, zend_type, zval,
};
use ext_php_rs::types::{ZendObject, ZendStr, Zval};
use ext_php_rs::zend::ClassEntry;

pub const MAY_BE_NULL: u32 = 1 << 1;
pub const MAY_BE_LONG: u32 = 1 << 4;
pub const MAY_BE_STRING: u32 = 1 << 6;
pub const MAY_BE_STATIC: u32 = 1 << 15;
const TYPE_NAME_BIT: u32 = 1 << 24;
pub const ACC_PROTECTED: c_int = 1 << 1;
pub const ACC_NOT_SERIALIZABLE: u32 = 1 << 29;

fn sym(name: &CStr) -> *mut c_void {
    // SAFETY: dlsym with RTLD_DEFAULT only looks a name up in loaded objects.
    let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, name.as_ptr()) };
    assert!(!p.is_null(), "PHP engine symbol {name:?} not found");
    p
}

type DeclareTypedProperty = unsafe extern "C" fn(
    *mut zend_class_entry,
    *mut zend_string,
    *mut zval,
    c_int,
    *mut zend_string,
    zend_type,
) -> *mut zend_property_info;
type UpdateProperty =
    unsafe extern "C" fn(*mut zend_class_entry, *mut zend_object, *const c_char, usize, *mut zval);
type AddAttribute = unsafe extern "C" fn(
    *mut *mut ext_php_rs::ffi::HashTable,
    *mut zend_string,
    u32,
    u32,
    u32,
    u32,
) -> *mut c_void;
const ATTRIBUTE_PERSISTENT: u32 = 1 << 0;

struct Syms {
    declare_typed_property: DeclareTypedProperty,
    update_property: UpdateProperty,
    add_attribute: AddAttribute,
}

fn syms() -> &'static Syms {
    static SYMS: OnceLock<Syms> = OnceLock::new();
    SYMS.get_or_init(|| {
        // SAFETY: the signatures match PHP 8.1+'s zend_API.h / zend_attributes.h.
        unsafe {
            Syms {
                declare_typed_property: std::mem::transmute::<*mut c_void, DeclareTypedProperty>(
                    sym(c"zend_declare_typed_property"),
                ),
                update_property: std::mem::transmute::<*mut c_void, UpdateProperty>(sym(
                    c"zend_update_property",
                )),
                add_attribute: std::mem::transmute::<*mut c_void, AddAttribute>(sym(
                    c"zend_add_attribute",
                )),
            }
        }
    })
}

fn interned(s: &str) -> *mut zend_string {
    ZendStr::new_interned(s, true).into_raw()
}

/// The property's PHP type.
pub enum PropType {
    Mask(u32),
    NullableClass(&'static str),
}

/// Declares a typed property on an internal class (ext-php-rs only declares untyped ones).
pub fn declare_typed_property(
    ce: &mut ClassEntry,
    name: &str,
    default: Zval,
    flags: c_int,
    ty: PropType,
) {
    let t = match ty {
        PropType::Mask(m) => zend_type {
            ptr: std::ptr::null_mut(),
            type_mask: m,
        },
        PropType::NullableClass(class) => zend_type {
            ptr: interned(class).cast(),
            type_mask: TYPE_NAME_BIT | MAY_BE_NULL,
        },
    };
    let mut default = std::mem::ManuallyDrop::new(default);
    // SAFETY: called at MINIT on a class we registered; the engine owns the
    // interned name and the default value from here on.
    unsafe {
        (syms().declare_typed_property)(
            ce,
            interned(name),
            &raw mut *default as *mut zval,
            flags,
            std::ptr::null_mut(),
            t,
        );
    }
}

fn method(ce: &mut ClassEntry, name: &str) -> *mut zend_function {
    let lc = name.to_ascii_lowercase();
    // SAFETY: the function table of a registered class, looked up by name.
    let f = unsafe {
        zend_hash_str_find_ptr_lc(&raw const ce.function_table, lc.as_ptr().cast(), lc.len())
    };
    assert!(!f.is_null(), "method {name} not registered");
    f.cast()
}

/// Turns the declared return type of `ce::name` into `static`.
pub fn return_static(ce: &mut ClassEntry, name: &str) {
    let f = method(ce, name);
    // SAFETY: internal functions keep their return type in arg_info[-1]; the
    // method was built with a return type, so that slot exists and is writable.
    unsafe {
        let info = (*f).common.arg_info.offset(-1);
        (*info).type_ = zend_type {
            ptr: std::ptr::null_mut(),
            type_mask: MAY_BE_STATIC,
        };
    }
}

/// Marks a parameter `#[\SensitiveParameter]` so traces show a
/// SensitiveParameterValue instead of the argument.
pub fn sensitive_parameter(ce: &mut ClassEntry, name: &str, offset: u32) {
    let f = method(ce, name);
    // SAFETY: what zend_add_parameter_attribute (an inline helper) does, on a
    // registered internal method at MINIT: parameter offsets are 1-based there.
    unsafe {
        (syms().add_attribute)(
            &raw mut (*f).common.attributes,
            interned("SensitiveParameter"),
            0,
            ATTRIBUTE_PERSISTENT,
            offset + 1,
            0,
        );
    }
}

/// Writes a declared property through the engine, honouring its type and any
/// reference to it. `scope` grants access to protected members.
pub fn update_property(scope: &ClassEntry, obj: &mut ZendObject, name: &str, value: &mut Zval) {
    // SAFETY: a live object and a property name of the given scope.
    unsafe {
        (syms().update_property)(
            std::ptr::from_ref(scope).cast_mut(),
            obj,
            name.as_ptr().cast(),
            name.len(),
            value,
        );
    }
}

/// Byte offset of a declared property's slot inside its objects.
pub fn property_offset(ce: &ClassEntry, name: &str) -> usize {
    // SAFETY: properties_info of a registered class maps exact names to
    // zvals holding zend_property_info pointers.
    let info = unsafe {
        let zv = ext_php_rs::ffi::zend_hash_str_find(
            &raw const ce.properties_info,
            name.as_ptr().cast(),
            name.len(),
        );
        if zv.is_null() {
            std::ptr::null()
        } else {
            (*zv).value.ptr as *const zend_property_info
        }
    };
    assert!(!info.is_null(), "property {name} not declared");
    // SAFETY: checked non-null above.
    unsafe { (*info).offset as usize }
}

/// Reads the slot at `offset`, following a PHP reference.
///
/// # Safety
/// `offset` must come from [`property_offset`] on a class `obj` is an instance of.
pub unsafe fn property_slot(obj: &ZendObject, offset: usize) -> &Zval {
    let zv = unsafe { &*((std::ptr::from_ref(obj) as *const u8).add(offset) as *const Zval) };
    zv.dereference()
}
