//! The PHP shell: registers the classes and converts between PHP and the core.

mod convert;
mod errors;
mod exec_provider;
mod settings;
mod token_provider;
mod zend;

use ext_php_rs::prelude::*;
use ext_php_rs::zend::ModuleEntry;
use ext_php_rs::{info_table_end, info_table_row, info_table_start};

pub const VERSION: &str = env!("CARGO_PKG_VERSION");

extern "C" fn startup(_ty: i32, module_number: i32) -> i32 {
    let result = std::panic::catch_unwind(|| -> ext_php_rs::error::Result<()> {
        settings::register(module_number);
        errors::register()?;
        token_provider::register()?;
        exec_provider::register()?;
        Ok(())
    });
    match result {
        Ok(Ok(())) => 0,
        Ok(Err(e)) => {
            eprintln!("php_k8s_auth: cannot register classes: {e}");
            -1
        }
        Err(_) => -1,
    }
}

extern "C" fn info(module: *mut ModuleEntry) {
    let stats = crate::core::credential_cache::global().stats();
    info_table_start!();
    info_table_row!("php_k8s_auth support", "enabled");
    info_table_row!("version", VERSION);
    info_table_row!("cached credentials", stats.entries.to_string());
    info_table_row!("cache hits", stats.hits.to_string());
    info_table_row!("cache misses", stats.misses.to_string());
    info_table_row!("plugin runs", stats.plugin_runs.to_string());
    info_table_row!("plugin failures", stats.failures.to_string());
    info_table_row!("runs skipped after a failure", stats.throttled.to_string());
    info_table_row!(
        "last plugin run",
        format!("{:.3} ms", stats.last_run_micros as f64 / 1000.0)
    );
    info_table_end!();
    settings::display(module);
}

#[php_module]
pub fn get_module(module: ModuleBuilder) -> ModuleBuilder {
    module
        .name("php_k8s_auth")
        .version(VERSION)
        .startup_function(startup)
        .info_function(info)
}
