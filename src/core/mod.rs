//! The functional core: everything the extension does, without PHP types.

pub mod bounded_json;
pub mod client_cert;
pub mod cluster_info;
pub mod credential;
pub mod credential_cache;
pub mod environment;
pub mod error;
pub mod exec_config;
pub mod exec_info;
pub mod expiry;

pub mod go_json;
pub mod go_url;
pub mod held;
pub mod host_cache;
pub mod keyed_hash;
pub mod kubeconfig;
pub mod log;
pub mod plugin_policy;
pub mod plugin_runner;
pub mod provider;
pub mod refresher;
pub mod secret;
pub mod settings;
pub mod shared_dir;
pub mod spawn;
pub mod untrusted;
pub mod whoami;
pub mod yaml;

pub use error::{AuthError, Result};
