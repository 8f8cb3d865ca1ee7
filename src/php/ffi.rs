//! The one boundary to the Zend engine: every raw access (class-entry
//! statics, registration patches, property slots, function-table lookups,
//! call frames, our object layout and handler table, ini entries) is a typed
//! helper here with its safety argument; the class modules hold no `unsafe`.
//!
//! Engine functions come from ext-php-rs's bindgen declarations where it has
//! them. The few it does not bind are declared below from PHP 8.2/8.4's
//! headers and resolved by the dynamic loader when PHP loads the module: a
//! missing one refuses the module at startup, naming the symbol.

use std::ffi::{CString, c_char, c_int, c_void};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};

use ext_php_rs::ffi::{
    HashTable, ext_php_rs_zend_object_alloc, object_properties_init, std_object_handlers,
    zend_class_entry, zend_function, zend_hash_str_find, zend_hash_str_find_ptr_lc, zend_ini_entry,
    zend_module_entry, zend_object, zend_object_handlers, zend_object_std_dtor,
    zend_object_std_init, zend_objects_clone_members, zend_property_info, zend_read_property,
    zend_string, zend_type, zval,
};
use ext_php_rs::types::{ZendObject, ZendStr, Zval};
use ext_php_rs::zend::{ClassEntry, ExecuteData, IniEntryDef, ModuleEntry};

use super::boundary;
use super::exec_provider::State;

mod entries;
pub use entries::{Entries, Key, entries};

// SAFETY: signatures as in Zend/zend_API.h, zend_attributes.h and
// zend_ini.h of PHP 8.2 and 8.4 (unchanged between them); ZEND_FASTCALL is
// the default convention on x86-64 and aarch64.
unsafe extern "C" {
    fn zend_declare_typed_property(
        ce: *mut zend_class_entry,
        name: *mut zend_string,
        property: *mut zval,
        access_type: c_int,
        doc_comment: *mut zend_string,
        ty: zend_type,
    ) -> *mut zend_property_info;
    fn zend_update_property(
        scope: *mut zend_class_entry,
        object: *mut zend_object,
        name: *const c_char,
        name_length: usize,
        value: *mut zval,
    );
    fn zend_add_attribute(
        attributes: *mut *mut HashTable,
        name: *mut zend_string,
        argc: u32,
        flags: u32,
        offset: u32,
        lineno: u32,
    ) -> *mut c_void;
    fn display_ini_entries(module: *mut zend_module_entry);
    // Zend/zend_object_handlers.h: the standard answer for dumps, which
    // calls a class's `__debugInfo()`.
    fn zend_std_get_properties_for(
        obj: *mut zend_object,
        purpose: ext_php_rs::ffi::zend_prop_purpose,
    ) -> *mut HashTable;
    // Zend/zend_execute.h: the errors and coercions of a user function's
    // parameters (RECV), so our methods take arguments as a PHP method does.
    fn zend_missing_arg_error(execute_data: *mut ext_php_rs::ffi::zend_execute_data);
    fn zend_verify_scalar_type_hint(
        type_mask: u32,
        arg: *mut zval,
        strict: bool,
        is_internal_arg: bool,
    ) -> bool;
    fn zend_verify_arg_error(
        zf: *const zend_function,
        arg_info: *const c_void,
        arg_num: u32,
        value: *mut zval,
    );
}

pub const MAY_BE_NULL: u32 = 1 << 1;
pub const MAY_BE_LONG: u32 = 1 << 4;
pub const MAY_BE_BOOL: u32 = (1 << 2) | (1 << 3);
pub const MAY_BE_STRING: u32 = 1 << 6;
pub const MAY_BE_ARRAY: u32 = 1 << 7;
pub const MAY_BE_STATIC: u32 = 1 << 15;
const TYPE_NAME_BIT: u32 = 1 << 24;
pub const ACC_PROTECTED: c_int = 1 << 1;
const ACC_NOT_SERIALIZABLE: u32 = 1 << 29;
const ATTRIBUTE_PERSISTENT: u32 = 1 << 0;
const E_WARNING: c_int = 1 << 1;

/// A class entry registered at MINIT, readable from anywhere afterwards.
pub struct ClassSlot(AtomicPtr<ClassEntry>);

impl ClassSlot {
    pub const fn new() -> Self {
        ClassSlot(AtomicPtr::new(std::ptr::null_mut()))
    }

    pub fn set(&self, ce: &mut ClassEntry) {
        self.0.store(ce, Ordering::Release);
    }

    pub fn get(&self) -> &'static ClassEntry {
        let p = self.0.load(Ordering::Acquire);
        assert!(!p.is_null(), "class used before the module registered it");
        // SAFETY: a class entry registered at MINIT lives until MSHUTDOWN,
        // after which no PHP code (and so no caller) runs.
        unsafe { &*p }
    }
}

/// The offset of a declared property's slot inside every instance.
pub struct PropSlot(AtomicUsize);

impl PropSlot {
    pub const fn new() -> Self {
        PropSlot(AtomicUsize::new(0))
    }

    /// Records the slot of `ce`'s declared property `name` (at MINIT).
    pub fn find(&self, ce: &ClassEntry, name: &str) {
        // SAFETY: properties_info of a registered class maps exact names to
        // zvals holding zend_property_info pointers.
        let info = unsafe {
            let zv = zend_hash_str_find(
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
        let offset = unsafe { (*info).offset } as usize;
        self.0.store(offset, Ordering::Release);
    }

    /// The property's value in `obj`, behind any PHP reference; `None` when
    /// the slot is uninitialised (a typed property without default, or unset).
    /// `obj` must be an instance of the class the slot was found on: every
    /// caller passes the `$this` of a method of that class.
    #[inline]
    pub fn read<'a>(&self, obj: &'a ZendObject) -> Option<&'a Zval> {
        let offset = self.0.load(Ordering::Relaxed);
        debug_assert!(offset != 0);
        // SAFETY: `offset` is the property's slot in instances of a class
        // `obj` belongs to (see above), so it lies inside the object and
        // holds an initialised zval (IS_UNDEF when unset).
        let zv = unsafe { &*((std::ptr::from_ref(obj) as *const u8).add(offset) as *const Zval) };
        (!matches!(zv.get_type(), ext_php_rs::flags::DataType::Undef)).then(|| zv.dereference())
    }

    /// Puts `value` in the slot of `obj`, an instance of exactly the class
    /// that declared it (no subclass code sees the write), releasing the old
    /// value; `value` must have the property's type. False, with nothing
    /// done, when the slot holds a PHP reference (its type rules apply):
    /// the caller then writes through the engine.
    pub fn replace(&self, obj: &mut ZendObject, value: Zval) -> bool {
        let p = self.ptr(obj);
        // SAFETY: the slot of a live object (contract of `read`); unless it
        // is a reference, the value and type word are swapped in and the
        // property flags in `u2` kept; the old value is released after.
        unsafe {
            if (*p).is_reference() {
                return false;
            }
            let value = std::mem::ManuallyDrop::new(value);
            let old = std::ptr::read(p);
            (*p).value = value.value;
            (*p).u1 = value.u1;
            drop(old);
        }
        true
    }

    /// The slot itself (same contract as `read`), for `expires_at`.
    pub fn ptr(&self, obj: &mut ZendObject) -> *mut Zval {
        let offset = self.0.load(Ordering::Relaxed);
        std::ptr::from_mut(obj)
            .cast::<u8>()
            .wrapping_add(offset)
            .cast()
    }
}

/// The property's PHP type.
pub enum PropType {
    Mask(u32),
    NullableClass(&'static str),
}

fn interned(s: &str) -> *mut zend_string {
    ZendStr::new_interned(s, true).into_raw()
}

/// Declares a typed property on one of our classes at MINIT (ext-php-rs
/// only declares untyped ones). `default: None` declares it without default.
pub fn declare_typed_property(
    ce: &mut ClassEntry,
    name: &str,
    default: Option<Zval>,
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
    let mut default = std::mem::ManuallyDrop::new(default.unwrap_or_else(|| {
        let mut undef = Zval::new();
        undef.u1.type_info = 0; // IS_UNDEF: no default value
        undef
    }));
    // SAFETY: at MINIT on a class we registered; the engine takes the
    // interned name and the (persistent or scalar) default value.
    unsafe {
        zend_declare_typed_property(
            ce,
            interned(name),
            &raw mut *default as *mut zval,
            flags,
            std::ptr::null_mut(),
            t,
        );
    }
}

fn method_ptr(ce: &ClassEntry, lc_name: &str) -> *mut zend_function {
    // SAFETY: looking a lower-case name up in a class's function table.
    unsafe {
        zend_hash_str_find_ptr_lc(
            &raw const ce.function_table,
            lc_name.as_ptr().cast(),
            lc_name.len(),
        )
    }
    .cast()
}

fn registered_method(ce: &ClassEntry, name: &str) -> *mut zend_function {
    let f = method_ptr(ce, &name.to_ascii_lowercase());
    assert!(!f.is_null(), "method {name} not registered");
    f
}

/// Turns the declared return type of `ce::name` into `static`.
pub fn return_static(ce: &mut ClassEntry, name: &str) {
    let f = registered_method(ce, name);
    // SAFETY: internal functions keep their return type in arg_info[-1]; the
    // method was built with a return type, so that slot exists, and at MINIT
    // it is ours to write.
    unsafe {
        let info = (*f).common.arg_info.offset(-1);
        (*info).type_ = zend_type {
            ptr: std::ptr::null_mut(),
            type_mask: MAY_BE_STATIC,
        };
    }
}

/// Marks parameter `offset` (0-based) of `ce::name` `#[\SensitiveParameter]`,
/// so traces show a SensitiveParameterValue instead of the argument.
pub fn sensitive_parameter(ce: &mut ClassEntry, name: &str, offset: u32) {
    let f = registered_method(ce, name);
    // SAFETY: what the inline zend_add_parameter_attribute does, on a
    // registered internal method at MINIT (parameter offsets are 1-based).
    unsafe {
        zend_add_attribute(
            &raw mut (*f).common.attributes,
            interned("SensitiveParameter"),
            0,
            ATTRIBUTE_PERSISTENT,
            offset + 1,
            0,
        );
    }
}

/// `serialize()` / `unserialize()` refuse instances (and subclasses').
pub fn forbid_serialization(ce: &mut ClassEntry) {
    ce.ce_flags |= ACC_NOT_SERIALIZABLE;
}

/// Whether `obj`'s class replaced `lc_name` (lower case) of `native` in PHP.
pub fn overrides(obj: &ZendObject, lc_name: &str, native: &ClassEntry) -> bool {
    if std::ptr::eq(obj.ce, native) {
        return false;
    }
    // SAFETY: a live object's class entry.
    let f = method_ptr(unsafe { &*obj.ce }, lc_name);
    // SAFETY: non-null function entries start with the common header.
    !f.is_null() && unsafe { !std::ptr::eq((*f).common.scope, native) }
}

/// Why `new static` on a class would fail, as PHP words it.
pub fn cannot_instantiate(class: &ClassEntry, scope: &ClassEntry) -> Option<String> {
    use ext_php_rs::ffi::{ZEND_ACC_ABSTRACT, ZEND_ACC_IMPLICIT_ABSTRACT_CLASS, ZEND_ACC_PRIVATE};
    let name = |ce: &ClassEntry| ce.name().unwrap_or_default().to_owned();
    if class.ce_flags & (ZEND_ACC_ABSTRACT | ZEND_ACC_IMPLICIT_ABSTRACT_CLASS) != 0 {
        return Some(format!("Cannot instantiate abstract class {}", name(class)));
    }
    let ctor = class.constructor;
    if ctor.is_null() {
        return None;
    }
    // SAFETY: a class's constructor entry starts with the common header;
    // its scope is the class that declared it, alive as long as `class`.
    let (flags, ctor_scope) = unsafe { ((*ctor).common.fn_flags, &*(*ctor).common.scope) };
    // A protected constructor is callable from a parent's scope (ours), as
    // zend_check_protected() decides; a private one only from its own class.
    if flags & ZEND_ACC_PRIVATE != 0 && !std::ptr::eq(ctor_scope, scope) {
        return Some(format!(
            "Call to private {}::__construct() from scope {}",
            name(ctor_scope),
            name(scope)
        ));
    }
    None
}

/// Whether `a` and `b` are the very same value: same type and, for strings
/// and arrays, the same engine allocation (any change to a property we
/// wrote makes a new one, since we keep a reference to the old).
pub fn same_value(a: &Zval, b: &Zval) -> bool {
    let (a, b) = (a.dereference(), b.dereference());
    // SAFETY: reading the type word and the value word of two live zvals;
    // the value is compared as a pointer only for refcounted types, whose
    // value word is that pointer.
    unsafe {
        if a.u1.type_info != b.u1.type_info {
            return false;
        }
        match a.get_type() {
            ext_php_rs::flags::DataType::String
            | ext_php_rs::flags::DataType::Array
            | ext_php_rs::flags::DataType::Object(_) => {
                std::ptr::eq(a.value.counted, b.value.counted)
            }
            ext_php_rs::flags::DataType::Long => a.value.lval == b.value.lval,
            ext_php_rs::flags::DataType::Double => a.value.dval.to_bits() == b.value.dval.to_bits(),
            _ => true,
        }
    }
}

/// An empty PHP array (the engine's immutable one), for property defaults.
pub fn empty_array() -> Zval {
    let mut zv = Zval::new();
    // zend_empty_array is immutable and never freed; a zval may point at it
    // with the IS_ARRAY type (what ZVAL_EMPTY_ARRAY does).
    zv.value.arr = (&raw const ext_php_rs::ffi::zend_empty_array).cast_mut();
    zv.u1.type_info = ext_php_rs::ffi::IS_ARRAY;
    zv
}

/// Writes a declared property through the engine (its type check and any
/// reference to it included); `scope` grants access to protected members.
pub fn update_property(scope: &ClassEntry, obj: &mut ZendObject, name: &str, value: &mut Zval) {
    // SAFETY: a live object and a property name; the engine copies the value.
    unsafe {
        zend_update_property(
            std::ptr::from_ref(scope).cast_mut(),
            obj,
            name.as_ptr().cast(),
            name.len(),
            value,
        );
    }
}

/// Reads a property as PHP code in `scope` would (an uninitialised typed
/// property throws PHP's "must not be accessed before initialization").
pub fn read_property(scope: &ClassEntry, obj: &mut ZendObject, name: &str) -> Zval {
    let mut rv = Zval::new();
    // SAFETY: a live object; the engine returns either a pointer into the
    // object or `rv`, which we copy (adding a reference) before returning.
    unsafe {
        let p = zend_read_property(
            std::ptr::from_ref(scope).cast_mut(),
            obj,
            name.as_ptr().cast(),
            name.len(),
            false,
            &mut rv,
        );
        if p.is_null() || std::ptr::eq(p, &raw const rv) {
            return rv;
        }
        (*p).dereference().shallow_clone()
    }
}

/// The number of arguments the caller passed.
#[inline]
pub fn num_args(ex: &ExecuteData) -> usize {
    // SAFETY: the argument count of the current call frame.
    unsafe { ex.This.u2.num_args as usize }
}

/// Argument `index` (0-based), behind any reference; `None` past the end.
#[inline]
pub fn arg(ex: &ExecuteData, index: usize) -> Option<&Zval> {
    if index >= num_args(ex) {
        return None;
    }
    // SAFETY: index < the number of passed arguments.
    unsafe { ex.zend_call_arg(index) }.map(|z| z.dereference())
}

/// `MAY_BE_*` bits of a `zend_type` (null through resource).
const MAY_BE_ANY: u32 = 0x3fe;

/// Throws PHP's ArgumentCountError when fewer arguments were passed than
/// the method requires, worded as for a PHP method ("Too few arguments to
/// function C::m(), 0 passed in … on line … and exactly 1 expected").
pub fn too_few_args(ex: &mut ExecuteData) -> bool {
    let func = ex.func;
    if func.is_null() {
        return false;
    }
    // SAFETY: the running frame's function entry.
    let required = unsafe { (*func).common.required_num_args } as usize;
    if num_args(ex) >= required {
        return false;
    }
    // SAFETY: the running frame; the engine reads its function and caller.
    unsafe { zend_missing_arg_error(ex) };
    true
}

/// Checks argument `index` against its declared type as PHP checks a user
/// function's parameter: coerced in place in coercive mode (with PHP's
/// deprecations), exact in strict mode (the caller's `strict_types`), else
/// PHP's TypeError ("…, called in … on line …"). False after throwing.
pub fn verify_arg(ex: &mut ExecuteData, index: usize) -> bool {
    let func = ex.func;
    if func.is_null() || index >= num_args(ex) {
        return true;
    }
    // SAFETY: the running method's function entry; an internal function's
    // arg_info holds `num_args` zend_internal_arg_info entries.
    let (declared, info) = unsafe {
        let common = &(*func).common;
        (
            common.num_args as usize,
            common
                .arg_info
                .cast::<ext_php_rs::ffi::zend_internal_arg_info>(),
        )
    };
    if index >= declared {
        return true; // extra arguments are ignored, as by a PHP method
    }
    // SAFETY: index < declared, so the entry exists.
    let mask = unsafe { (*info.add(index)).type_.type_mask } & MAY_BE_ANY;
    // SAFETY: index < num_args: the argument slot of the frame.
    let Some(arg) = (unsafe { ex.zend_call_arg(index) }) else {
        return true;
    };
    let zv: *mut zval = arg;
    // SAFETY: a live zval; its type byte.
    let ty = unsafe { (*zv).u1.v.type_ } as u32;
    if mask == 0 || mask & (1 << ty) != 0 {
        return true;
    }
    let strict = caller_is_strict(ex);
    // SAFETY: the engine's own checks on the frame's argument slot, which
    // PHP coerces in place for a user function's parameter too.
    unsafe {
        if zend_verify_scalar_type_hint(mask, zv, strict, false) {
            return !super::errors::exception_pending();
        }
        // zend_verify_arg_error() asserts (in debug builds of PHP) that it
        // reports a user function's parameter, which is the message our
        // methods give; it reads only the function's common header (name,
        // scope, type) and the caller's frame, so it gets a copy of ours
        // marked as a user function.
        let mut user: zend_function = std::mem::zeroed();
        user.common = (*func).common;
        user.common.type_ = ext_php_rs::ffi::ZEND_USER_FUNCTION as u8;
        zend_verify_arg_error(&user, info.add(index).cast(), index as u32 + 1, zv);
    }
    false
}

/// In a debug build of PHP only: more arguments than declared throw PHP's
/// ArgumentCountError, as for any internal function. A PHP method ignores
/// them, and so do our methods in release builds; but a debug engine checks
/// after every internal call that it followed internal arginfo rules, and
/// ends the script with "Arginfo / zpp mismatch" otherwise.
pub fn too_many_args_for_a_debug_php(ex: &ExecuteData) -> bool {
    if ext_php_rs::ffi::ZEND_DEBUG == 0 || ex.func.is_null() {
        return false;
    }
    // SAFETY: the running frame's function entry.
    let (declared, required, variadic) = unsafe {
        let common = &(*ex.func).common;
        (
            common.num_args as usize,
            common.required_num_args,
            common.fn_flags & ext_php_rs::ffi::ZEND_ACC_VARIADIC != 0,
        )
    };
    if variadic || num_args(ex) <= declared {
        return false;
    }
    // SAFETY: reads the current call's argument count, as zpp does.
    unsafe { ext_php_rs::ffi::zend_wrong_parameters_count_error(required, declared as u32) };
    true
}

/// Whether the calling code declared `strict_types=1`.
fn caller_is_strict(ex: &ExecuteData) -> bool {
    let prev = ex.prev_execute_data;
    // SAFETY: the caller's frame and function, alive during our call.
    unsafe {
        !prev.is_null()
            && !(*prev).func.is_null()
            && (*(*prev).func).common.fn_flags & ext_php_rs::ffi::ZEND_ACC_STRICT_TYPES != 0
    }
}

/// The class `static` refers to in a call: `$this`'s class, or the called
/// scope of a static call.
pub fn called_class<'a>(ex: &ExecuteData, fallback: &'a ClassEntry) -> &'a ClassEntry {
    if let Some(obj) = ex.This.object() {
        // SAFETY: a live object's class entry outlives the call.
        return unsafe { &*obj.ce };
    }
    // SAFETY: in a static call, This holds the called scope (or null).
    let ce = unsafe { ex.This.value.ce };
    if ce.is_null() {
        fallback
    } else {
        // SAFETY: non-null called scope, alive for the call.
        unsafe { &*ce }
    }
}

/// Leaves through the engine's bailout (after a fatal error caught on our
/// stack by `try_catch`), as the engine expects.
pub fn rethrow_bailout() -> ! {
    // SAFETY: only called after ext-php-rs's try_catch caught a bailout;
    // continuing it is what the engine requires.
    unsafe { ext_php_rs::zend::bailout() }
}

/// Emits an E_WARNING through PHP's error handling (log, display, handler).
pub fn php_warning(message: &str) {
    let message = CString::new(message.replace('\0', "\\0")).unwrap_or_default();
    // SAFETY: a printf-style call with a constant "%s" format and one C string.
    unsafe {
        ext_php_rs::ffi::php_error_docref(
            std::ptr::null(),
            E_WARNING,
            c"%s".as_ptr(),
            message.as_ptr(),
        );
    }
}

// ---------------------------------------------------------------------------
// ini entries

/// Validates and applies one setting: `(name, value, at_startup)` → accepted.
pub type IniValidator = fn(&str, &str, bool) -> bool;

static VALIDATOR: OnceLock<IniValidator> = OnceLock::new();
const STAGE_STARTUP: c_int = 1;

unsafe extern "C" fn on_modify(
    entry: *mut zend_ini_entry,
    new_value: *mut zend_string,
    _a1: *mut c_void,
    _a2: *mut c_void,
    _a3: *mut c_void,
    stage: c_int,
) -> c_int {
    boundary::guard_quiet("an ini setting", -1, true, || {
        // SAFETY: the engine passes its entry and the new value (or null).
        let (name, value) = unsafe {
            let name = (*entry)
                .name
                .as_ref()
                .map(|s| s.as_bytes())
                .unwrap_or_default();
            let value = new_value.as_ref().map(|s| s.as_bytes()).unwrap_or_default();
            (
                String::from_utf8_lossy(name).into_owned(),
                String::from_utf8_lossy(value).into_owned(),
            )
        };
        let accepted = VALIDATOR
            .get()
            .is_some_and(|v| v(&name, &value, stage == STAGE_STARTUP));
        if accepted { 0 } else { -1 }
    })
}

/// Registers `(name, default, system_only)` entries whose every change goes
/// through `validate` first (a refused value leaves the old one in force).
pub fn register_ini(
    entries: &[(&'static str, &'static str, bool)],
    module_number: i32,
    validate: IniValidator,
) {
    let _ = VALIDATOR.set(validate);
    let leak = |s: &str| -> &'static std::ffi::CStr {
        Box::leak(
            CString::new(s)
                .expect("ini names and defaults have no NUL")
                .into_boxed_c_str(),
        )
    };
    let mut defs: Vec<IniEntryDef> = entries
        .iter()
        .map(|&(name, default, system_only)| {
            let permission = if system_only {
                ext_php_rs::flags::IniEntryPermission::System
            } else {
                ext_php_rs::flags::IniEntryPermission::All
            };
            let mut def = IniEntryDef::new(leak(name), leak(default), permission);
            def.on_modify = Some(on_modify);
            def
        })
        .collect();
    defs.push(IniEntryDef::end());
    // The engine keeps the table for the life of the process.
    IniEntryDef::register(Box::leak(defs.into_boxed_slice()), module_number);
}

/// Prints the module's ini table in `phpinfo()`.
pub fn display_ini(module: *mut ModuleEntry) {
    // SAFETY: the module entry the engine passed to our info function.
    unsafe { display_ini_entries(module) }
}

// ---------------------------------------------------------------------------
// Objects of ExecCredentialProvider: Rust state in front of the standard
// object, which must stay last because the engine appends the property
// table to it.

#[repr(C)]
struct NativeObject {
    state: Option<Box<State>>,
    std: zend_object,
}

const STD_OFFSET: usize = std::mem::offset_of!(NativeObject, std);

struct Handlers(zend_object_handlers);
// SAFETY: written once (OnceLock) at MINIT, read-only afterwards.
unsafe impl Sync for Handlers {}
// SAFETY: as above; the table only holds function pointers and an offset.
unsafe impl Send for Handlers {}

static HANDLERS: OnceLock<Handlers> = OnceLock::new();

fn handlers() -> &'static zend_object_handlers {
    &HANDLERS.get().expect("handlers installed at MINIT").0
}

fn container(obj: *mut zend_object) -> *mut NativeObject {
    obj.cast::<u8>().wrapping_sub(STD_OFFSET).cast()
}

unsafe extern "C" fn create_object(ce: *mut zend_class_entry) -> *mut zend_object {
    // No panic can happen here short of allocation failure, which aborts.
    // SAFETY: the engine's own sequence for objects with a custom layout
    // (zend_object_alloc, std_init, properties_init), on the class given.
    unsafe {
        let p = ext_php_rs_zend_object_alloc(std::mem::size_of::<NativeObject>(), ce)
            .cast::<NativeObject>();
        std::ptr::write(&raw mut (*p).state, None);
        zend_object_std_init(&raw mut (*p).std, ce);
        object_properties_init(&raw mut (*p).std, ce);
        (*p).std.handlers = handlers();
        &raw mut (*p).std
    }
}

unsafe extern "C" fn free_object(obj: *mut zend_object) {
    // SAFETY: only installed on objects made by create_object.
    let state = unsafe { (*container(obj)).state.take() };
    boundary::guard_quiet("freeing a provider", (), false, || drop(state));
    // SAFETY: the standard part of the object, released as the engine does.
    unsafe { zend_object_std_dtor(obj) };
}

unsafe extern "C" fn clone_object(old: *mut zend_object) -> *mut zend_object {
    // SAFETY: `old` is one of our objects (these handlers are only on them).
    unsafe {
        let new = create_object((*old).ce);
        zend_objects_clone_members(new, old);
        let copy = boundary::guard("clone", None, || {
            (*container(old)).state.as_deref().map(State::duplicate)
        });
        (*container(new)).state = copy.map(Box::new);
        new
    }
}

/// Edits the copy of an object's properties that a dump, cast or export
/// shows (never the object's own).
pub type ShownProperties = fn(&mut ext_php_rs::types::ZendHashTable);

static SHOWN: OnceLock<ShownProperties> = OnceLock::new();

unsafe extern "C" fn get_properties_for(
    obj: *mut zend_object,
    purpose: ext_php_rs::ffi::zend_prop_purpose,
) -> *mut HashTable {
    // A PHP subclass's `__debugInfo()` decides what var_dump, print_r and
    // debug_zval_dump show, as for the PHP class (our classes declare none):
    // what it returns is its author's responsibility. Called outside any
    // guard and with nothing to drop, as a fatal error in it unwinds by
    // longjmp.
    // SAFETY: the engine's object and its class entry.
    let has_debug_info = unsafe { !(*(*obj).ce).__debugInfo.is_null() };
    if purpose == ext_php_rs::ffi::_zend_prop_purpose_ZEND_PROP_PURPOSE_DEBUG && has_debug_info {
        // SAFETY: the standard handler on the engine's object and purpose.
        return unsafe { zend_std_get_properties_for(obj, purpose) };
    }
    // SAFETY: the engine's object; the standard table (slots as INDIRECT
    // entries) is copied with zend_array_dup, which follows INDIRECT entries
    // and skips unset ones. The copy has one reference, which the caller
    // (var_dump, print_r, (array), var_export, json_encode, ...) releases.
    unsafe {
        // Through the handler: expires_at builds a pending date first.
        let own = (*(*obj).handlers).get_properties.expect("handler")(obj);
        if own.is_null() {
            return own;
        }
        let copy = ext_php_rs::ffi::zend_array_dup(own);
        if let Some(edit) = SHOWN.get() {
            boundary::guard_quiet("showing a provider's properties", (), false, || {
                edit(&mut *copy)
            });
        }
        copy
    }
}

/// Gives `ce` (and its PHP subclasses, which inherit `create_object`) our
/// object layout with room for a [`State`]; `shown` edits what dumps show.
pub fn install_native_layout(ce: &mut ClassEntry, shown: ShownProperties) {
    let _ = SHOWN.set(shown);
    HANDLERS.get_or_init(|| {
        // SAFETY: std_object_handlers is initialised by the engine before
        // any module starts; we copy it and replace our entries.
        let mut h = unsafe { std_object_handlers };
        h.offset = STD_OFFSET as i32;
        h.free_obj = Some(free_object);
        h.clone_obj = Some(clone_object);
        h.get_properties_for = Some(get_properties_for);
        super::expires_at::wrap_handlers(&mut h);
        Handlers(h)
    });
    ce.__bindgen_anon_2.create_object = Some(create_object);
}

/// What an object holds, seen from one of our methods.
pub enum Native<'a> {
    /// Not made by [`install_native_layout`]'s class (cannot happen through
    /// PHP dispatch, but `$this` is checked rather than trusted).
    Foreign,
    /// A subclass constructor never called `parent::__construct()`.
    Uninitialised,
    Ready(&'a mut State),
}

fn is_native(obj: &ZendObject) -> bool {
    HANDLERS
        .get()
        .is_some_and(|h| std::ptr::eq(obj.handlers, &h.0))
}

/// The Rust state of `obj`.
#[inline]
pub fn native(obj: &mut ZendObject) -> Native<'_> {
    if !is_native(obj) {
        return Native::Foreign;
    }
    // SAFETY: the handler check proves `obj` sits inside a NativeObject;
    // the state is borrowed for as long as the object is.
    match unsafe { (*container(obj)).state.as_deref_mut() } {
        Some(s) => Native::Ready(s),
        None => Native::Uninitialised,
    }
}

/// Installs (or replaces) `obj`'s state; false on a foreign object.
pub fn set_native(obj: &mut ZendObject, state: State) -> bool {
    if !is_native(obj) {
        return false;
    }
    // SAFETY: as in `native`; the old state, if any, is dropped.
    unsafe { (*container(obj)).state = Some(Box::new(state)) };
    true
}
