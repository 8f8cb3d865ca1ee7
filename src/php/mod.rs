//! The PHP shell: registers the classes and converts between PHP and the core.
//! All raw engine access is in `ffi`; every entry point runs behind `boundary`.

mod args;
mod boundary;
mod config_memo;
mod convert;
mod errors;
mod exec_provider;
mod expires_at;
mod ffi;
mod loaders;
mod log;
mod members;
mod settings;
mod token_provider;

use ext_php_rs::prelude::*;
use ext_php_rs::zend::ModuleEntry;
use ext_php_rs::{info_table_end, info_table_row, info_table_start};

use crate::core::credential_cache::HostState;

pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Whether the classes were registered (`php_k8s_auth.enable`, read once at startup).
static ENABLED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

extern "C" fn startup(_ty: i32, module_number: i32) -> i32 {
    boundary::install_silent_hook();
    boundary::guard_quiet("module startup", -1, true, || {
        // Every engine symbol resolved at run time is resolved here, once;
        // a missing one fails startup loudly.
        if let Err(e) = crate::core::environment::resolve_env_lock(ext_php_rs::ffi::USING_ZTS != 0)
        {
            ffi::php_warning(&format!("php_k8s_auth: cannot start: {e}"));
            return -1;
        }
        let registered = (|| -> ext_php_rs::error::Result<()> {
            settings::register(module_number);
            // The kill switch: loaded but no classes, so Composer's
            // autoloader loads PHP K8s's own.
            let enabled = settings::current().enabled;
            ENABLED.store(enabled, std::sync::atomic::Ordering::Relaxed);
            if !enabled {
                return Ok(());
            }
            errors::register()?;
            token_provider::register()?;
            exec_provider::register()?;
            Ok(())
        })();
        match registered {
            Ok(()) => 0,
            Err(e) => {
                ffi::php_warning(&format!("php_k8s_auth: cannot register classes: {e}"));
                -1
            }
        }
    })
}

extern "C" fn info(module: *mut ModuleEntry) {
    boundary::guard_quiet("phpinfo()", (), false, || {
        let stats = crate::core::credential_cache::global().stats();
        info_table_start!();
        info_table_row!("php_k8s_auth support", "enabled");
        info_table_row!("version", VERSION);
        info_table_row!(
            "native classes",
            if ENABLED.load(std::sync::atomic::Ordering::Relaxed) {
                "registered"
            } else {
                "not registered (php_k8s_auth.enable = Off): PHP K8s's own classes are used"
            }
        );
        // This process's figures: every php-fpm worker has its own cache.
        info_table_row!(
            "cached credentials (this process)",
            stats.entries.to_string()
        );
        info_table_row!("cache hits", stats.hits.to_string());
        info_table_row!("cache misses", stats.misses.to_string());
        info_table_row!("plugin runs", stats.plugin_runs.to_string());
        info_table_row!("plugin failures", stats.failures.to_string());
        info_table_row!("runs skipped after a failure", stats.throttled.to_string());
        info_table_row!(
            "last plugin run",
            format!("{:.3} ms", stats.last_run_micros as f64 / 1000.0)
        );
        // The host-wide figures: every process of this user.
        let settings = settings::current();
        let host = crate::core::credential_cache::current_host_state(&settings);
        let (state, figures) = match &host {
            HostState::Off(setting) => (format!("off ({setting} = Off)"), None),
            HostState::Unavailable(reason) => (format!("unavailable: {reason}"), None),
            HostState::On(h) => (format!("on ({})", h.path().display()), Some(h.stats())),
        };
        info_table_row!("host-wide cache", state);
        // Figures only when there is a host-wide cache to count;
        // cacheStats()['host'] always has its keys, for scrapers.
        if let Some(h) = figures {
            info_table_row!("cached credentials (host)", h.entries.to_string());
            info_table_row!("plugin runs (host)", h.plugin_runs.to_string());
            info_table_row!("plugin failures (host)", h.failures.to_string());
            info_table_row!(
                "background refreshes (host)",
                h.background_refreshes.to_string()
            );
            info_table_row!(
                "calls that waited for a plugin (host)",
                h.waited.to_string()
            );
        }
        info_table_end!();
        ffi::display_ini(module);
    });
}

/// The module's code is unloaded after this: no refresh thread may still
/// run it. A running refresh gets 2 s to land its result for the other
/// processes, then its plugin is killed.
extern "C" fn shutdown(_ty: i32, _module_number: i32) -> i32 {
    boundary::guard_quiet("module shutdown", 0, true, || {
        crate::core::refresher::shutdown(std::time::Duration::from_secs(2));
        0
    })
}

#[php_module]
pub fn get_module(module: ModuleBuilder) -> ModuleBuilder {
    module
        .name("php_k8s_auth")
        .version(VERSION)
        .startup_function(startup)
        .shutdown_function(shutdown)
        .info_function(info)
}
