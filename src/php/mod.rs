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

extern "C" fn startup(_ty: i32, _module_number: i32) -> i32 {
    let result = std::panic::catch_unwind(|| -> ext_php_rs::error::Result<()> {
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

extern "C" fn info(_module: *mut ModuleEntry) {
    info_table_start!();
    info_table_row!("php_k8s_auth support", "enabled");
    info_table_row!("version", VERSION);
    info_table_end!();
}

#[php_module]
pub fn get_module(module: ModuleBuilder) -> ModuleBuilder {
    module
        .name("php_k8s_auth")
        .version(VERSION)
        .startup_function(startup)
        .info_function(info)
}
