//! The deepest PHP value the extension accepts as configuration (nesting
//! `MAX_NESTING`) is validated, encoded for the plugin, hashed for the cache
//! key and dropped on a thread with a 512 KiB stack, as ZTS servers run PHP.

use std::hash::Hash;

use php_k8s_auth::core::cluster_info::ClusterInfo;
use php_k8s_auth::core::exec_config::{ExecConfig, MAX_NESTING};
use php_k8s_auth::core::exec_info;
use serde_json::{Value, json};

/// `depth` nested one-element lists around a string.
fn nested(depth: usize) -> Value {
    let mut v = Value::String("leaf".into());
    for _ in 0..depth {
        v = Value::Array(vec![v]);
    }
    v
}

/// 512 KiB in an optimised build (what the module is); unoptimised code
/// uses several times more stack per level, so debug runs get 4×.
/// The claim is checked by `cargo test --release --test php_values`.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let kib = if cfg!(debug_assertions) { 4 * 512 } else { 512 };
    std::thread::Builder::new()
        .stack_size(kib * 1024)
        .spawn(f)
        .expect("thread")
        .join()
        .expect("no stack overflow")
}

#[test]
fn deepest_accepted_exec_config_and_cluster_work_on_a_512_kib_stack() {
    on_small_stack(|| {
        // The PHP argument itself is one level; its members may nest the rest.
        let deep = nested(MAX_NESTING - 2);
        let exec = json!({
            "command": "/bin/true",
            "provideClusterInfo": true,
            "unknown": deep.clone(),
        });
        let config = ExecConfig::from_value(&exec).expect("unknown keys are ignored");
        // `config` is kept as JSON text, which reads back up to 127 levels.
        let cluster = ClusterInfo::from_value(&json!({
            "server": "https://example",
            "config": nested(126),
        }))
        .expect("config may hold any JSON");
        let too_deep = ClusterInfo::from_value(&json!({"config": deep.clone()}));
        assert!(
            too_deep
                .unwrap_err()
                .to_string()
                .contains("nested more than 127 levels")
        );
        let info = exec_info::encode(config.api_version, false, Some(&cluster));
        assert!(info.contains("leaf"));
        let mut h = std::collections::hash_map::DefaultHasher::new();
        config.hash(&mut h);
        cluster.hash(&mut h);
        let bad = ExecConfig::from_value(&json!({"command": "x", "args": [deep]}));
        assert!(bad.is_err());
        drop(exec);
    });
}
