//! php-k8s-auth: Kubernetes exec credential plugins for PHP.
//!
//! `core` is plain Rust (configuration, spawning, wire format, expiry,
//! caching, kubeconfig) and is what `cargo test` covers; `php` only converts
//! values between PHP and the core and is compiled into the loadable module.
#![cfg_attr(windows, feature(abi_vectorcall))]

pub mod core;

#[cfg(feature = "extension")]
mod php;
