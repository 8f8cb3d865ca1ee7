//! Process-wide settings the PHP layer hands to the core.

use crate::core::plugin_runner::Limits;

/// The limits for a plugin run.
pub fn limits() -> Limits {
    Limits::default()
}
