//! PHP values given as configuration: the core side of the conversion the
//! PHP layer does (`src/php/convert.rs` turns a PHP array into a JSON tree,
//! refusing recursion and nesting past `MAX_NESTING`; this target builds such
//! trees from the input bytes, including the deepest accepted ones, and
//! hands them to everything that reads them).
//!
//! Input bytes are read as instructions: `[` opens a list, `{` a map (the
//! next byte is a key), `]` closes, other bytes are leaves (string, number,
//! bool, null). Trees deeper than `MAX_NESTING` are cut there, as the PHP
//! layer refuses them. Every tree is used as the exec array, as its `args`,
//! `env` and an unknown key, and as a cluster and its `config`; accepted
//! configurations are encoded for the plugin and hashed for the cache key,
//! all on a thread with a 512 KiB stack, as ZTS servers run PHP.
#![no_main]

use std::hash::{Hash, Hasher};

use libfuzzer_sys::fuzz_target;
use php_k8s_auth::core::cluster_info::ClusterInfo;
use php_k8s_auth::core::exec_config::{ExecConfig, MAX_NESTING};
use php_k8s_auth::core::exec_info;
use serde_json::{Map, Value, json};

fn tree(data: &[u8]) -> Value {
    // An explicit stack: building must not recurse either.
    let mut stack: Vec<(Value, Option<String>)> = vec![(Value::Array(Vec::new()), None)];
    let mut i = 0;
    let push = |stack: &mut Vec<(Value, Option<String>)>, v: Value| {
        let (top, key) = stack.last_mut().expect("root");
        match top {
            Value::Array(a) => a.push(v),
            Value::Object(m) => {
                m.insert(key.take().unwrap_or_default(), v);
            }
            _ => {}
        }
    };
    while i < data.len() {
        let b = data[i];
        i += 1;
        match b {
            b'[' | b'{' if stack.len() < MAX_NESTING => {
                let v = if b == b'[' { Value::Array(Vec::new()) } else { Value::Object(Map::new()) };
                stack.push((v, None));
                if b == b'{' {
                    let k = data.get(i).copied().unwrap_or(b'k');
                    i += 1;
                    stack.last_mut().expect("just pushed").1 = Some(match k % 4 {
                        0 => "name".into(),
                        1 => "value".into(),
                        2 => "command".into(),
                        _ => format!("k{k}"),
                    });
                }
            }
            b']' if stack.len() > 1 => {
                let (v, _) = stack.pop().expect("len > 1");
                push(&mut stack, v);
            }
            _ => push(
                &mut stack,
                match b % 5 {
                    0 => Value::String(format!("s{b}")),
                    1 => json!(b as i64 - 100),
                    2 => json!(f64::from(b) / 7.0),
                    3 => Value::Bool(b % 2 == 0),
                    _ => Value::Null,
                },
            ),
        }
    }
    while stack.len() > 1 {
        let (v, _) = stack.pop().expect("len > 1");
        push(&mut stack, v);
    }
    stack.pop().expect("root").0
}

fn exercise(v: Value) {
    let shapes = [
        v.clone(),
        json!({"command": "/bin/true", "args": v.clone()}),
        json!({"command": "/bin/true", "env": v.clone()}),
        json!({"command": "/bin/true", "unknown": v.clone(), "provideClusterInfo": true}),
    ];
    for exec in &shapes {
        let Ok(config) = ExecConfig::from_value(exec) else { continue };
        for cluster in [v.clone(), json!({"server": "https://k", "config": v.clone()})] {
            let cluster = ClusterInfo::from_value(&cluster).ok();
            let info = exec_info::encode(config.api_version, false, cluster.as_ref());
            assert!(info.ends_with('\n'));
            let mut h = std::collections::hash_map::DefaultHasher::new();
            config.hash(&mut h);
            cluster.hash(&mut h);
            let _ = h.finish();
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let v = tree(data);
    std::thread::Builder::new()
        .stack_size(512 * 1024)
        .spawn(move || exercise(v))
        .expect("thread")
        .join()
        .expect("no panic and no stack overflow on a 512 KiB stack");
});
