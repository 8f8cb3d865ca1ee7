//! The php.ini entries: registered through PHP's ini machinery (so
//! `ini_get()`, `php -i` and `php --ri` show them) with a validator on every
//! change, and kept parsed, so a plugin run reads a struct.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;
use std::sync::Mutex;

use crate::core::settings::{ENTRIES, Settings};

thread_local! {
    // Per thread: under ZTS every PHP thread has its own ini values, and the
    // engine runs the validators again on each new thread. Shared with the
    // callers (no copy of its strings per call); a change copies it first.
    static CURRENT: RefCell<Rc<Settings>> = RefCell::new(Rc::new(Settings::default()));
}

/// Registers `core::settings::ENTRIES`, the one list of names and defaults.
pub fn register(module_number: i32) {
    let entries: Vec<_> = ENTRIES
        .iter()
        .map(|e| (e.name, e.default, e.system_only))
        .collect();
    super::ffi::register_ini(&entries, module_number, on_modify);
}

/// The engine's `on_modify`: a refused value makes `ini_set()` return false
/// (the old value stays) and, in php.ini, the default is used instead.
fn on_modify(name: &str, value: &str, at_startup: bool) -> bool {
    CURRENT.with(|c| {
        let mut current = c.borrow_mut();
        let s = Rc::make_mut(&mut current);
        match s.apply(name, value) {
            Ok(None) => true,
            // Accepted, but the setting is broken (a security setting that
            // fails closed): say so once.
            Ok(Some(warning)) => {
                warn_once(&warning);
                true
            }
            Err(message) => {
                let tail = if at_startup {
                    format!("; the default {:?} is used", s.default_of(name))
                } else {
                    "; the value is unchanged".to_owned()
                };
                super::ffi::php_warning(&format!("{message}{tail}"));
                false
            }
        }
    })
}

/// A warning repeated by every ZTS thread's startup would say nothing new.
fn warn_once(message: &str) {
    static SEEN: Mutex<Option<HashSet<String>>> = Mutex::new(None);
    let mut seen = SEEN.lock().unwrap_or_else(|e| e.into_inner());
    if seen
        .get_or_insert_with(HashSet::new)
        .insert(message.to_owned())
    {
        super::ffi::php_warning(message);
    }
}

/// The settings in force now (php.ini, then any ini_set() of this request).
pub fn current() -> Rc<Settings> {
    CURRENT.with(|c| Rc::clone(&c.borrow()))
}
