//! The php.ini entries, registered through PHP's ini machinery so that
//! `ini_get()`, `php -i` and `php --ri` show them, and read back for the core.

use std::ffi::{CStr, c_char, c_int};

use ext_php_rs::flags::IniEntryPermission;
use ext_php_rs::zend::{IniEntryDef, IniEntryDefs};

use crate::core::Result;
use crate::core::settings::{ENTRIES, Settings};

const fn entry(name: &'static CStr, default: &'static CStr, system_only: bool) -> IniEntryDef {
    IniEntryDef::new(
        name,
        default,
        if system_only {
            IniEntryPermission::System
        } else {
            IniEntryPermission::All
        },
    )
}

// Keep in step with `core::settings::ENTRIES` (a startup check compares them).
static INI: IniEntryDefs<9> = IniEntryDefs::new([
    entry(c"php_k8s_auth.cache", c"1", false),
    entry(c"php_k8s_auth.cache_max_age", c"900", false),
    entry(c"php_k8s_auth.failure_backoff", c"1", false),
    entry(c"php_k8s_auth.failure_backoff_max", c"30", false),
    entry(c"php_k8s_auth.exec_timeout", c"60", false),
    entry(c"php_k8s_auth.max_output_bytes", c"16M", false),
    entry(c"php_k8s_auth.plugin_policy", c"AllowAll", true),
    entry(c"php_k8s_auth.plugin_allowlist", c"", true),
    IniEntryDef::end(),
]);

pub fn register(module_number: i32) {
    for (def, (name, default, system)) in INI.as_slice().iter().zip(ENTRIES) {
        // SAFETY: the table's C strings are 'static.
        let (n, d) = unsafe { (CStr::from_ptr(def.name), CStr::from_ptr(def.value)) };
        let want = if system {
            IniEntryPermission::System
        } else {
            IniEntryPermission::All
        };
        assert!(
            n.to_bytes() == name.as_bytes()
                && d.to_bytes() == default.as_bytes()
                && u32::from(def.modifiable) == want.bits(),
            "ini table out of step with core::settings::ENTRIES at {name}"
        );
    }
    IniEntryDef::register(INI.as_slice(), module_number);
}

type IniStringEx = unsafe extern "C" fn(*const c_char, usize, c_int, *mut bool) -> *mut c_char;

fn ini_string(name: &str) -> Option<String> {
    static F: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    // SAFETY: zend_ini_string_ex has this signature in every PHP 8.
    let f = *F.get_or_init(|| unsafe {
        libc::dlsym(libc::RTLD_DEFAULT, c"zend_ini_string_ex".as_ptr()) as usize
    });
    if f == 0 {
        return None;
    }
    let f: IniStringEx = unsafe { std::mem::transmute::<usize, IniStringEx>(f) };
    let mut exists = false;
    // SAFETY: a lookup by name; the returned string is owned by the engine.
    let p = unsafe { f(name.as_ptr().cast(), name.len(), 0, &mut exists) };
    if !exists || p.is_null() {
        return None;
    }
    // SAFETY: NUL-terminated ini value.
    Some(unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned())
}

/// The settings in force now (ini_set() may have changed them).
pub fn current() -> Result<Settings> {
    Settings::parse(ini_string)
}

/// Prints the settings table of `phpinfo()`.
pub fn display(module: *mut ext_php_rs::zend::ModuleEntry) {
    type Display = unsafe extern "C" fn(*mut ext_php_rs::zend::ModuleEntry);
    // SAFETY: display_ini_entries(zend_module_entry *) from ext/standard/info.h.
    unsafe {
        let f = libc::dlsym(libc::RTLD_DEFAULT, c"display_ini_entries".as_ptr());
        if !f.is_null() {
            std::mem::transmute::<*mut libc::c_void, Display>(f)(module);
        }
    }
}
