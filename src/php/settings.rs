//! The php.ini entries, registered through PHP's ini machinery so that
//! `ini_get()`, `php -i` and `php --ri` show them, and read back for the core.

use std::ffi::{CStr, CString, c_char, c_int};

use ext_php_rs::flags::IniEntryPermission;
use ext_php_rs::zend::IniEntryDef;

use crate::core::Result;
use crate::core::settings::{ENTRIES, Settings};

/// Registers `core::settings::ENTRIES`, the one list of names and defaults.
/// The engine keeps the table for the life of the process, so it is leaked.
pub fn register(module_number: i32) {
    let leak = |s: &str| -> &'static CStr {
        Box::leak(
            CString::new(s)
                .expect("ini names and defaults have no NUL")
                .into_boxed_c_str(),
        )
    };
    let mut defs: Vec<IniEntryDef> = ENTRIES
        .iter()
        .map(|&(name, default, system_only)| {
            let permission = if system_only {
                IniEntryPermission::System
            } else {
                IniEntryPermission::All
            };
            IniEntryDef::new(leak(name), leak(default), permission)
        })
        .collect();
    defs.push(IniEntryDef::end());
    IniEntryDef::register(Box::leak(defs.into_boxed_slice()), module_number);
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
