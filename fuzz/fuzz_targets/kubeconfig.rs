//! Kubeconfig text (YAML or JSON) through `kubeconfig::Loader::yaml`, with the
//! current context and with a fixed context name; the selected exec block and
//! cluster are then used as the provider uses them (`ExecConfig::from_value`,
//! `exec_info::encode`). The same text also goes through
//! `expiry::parse_rfc3339`, whose accepted timestamps must survive a
//! format/parse round trip.
#![no_main]

use chrono::SecondsFormat;
use libfuzzer_sys::fuzz_target;
use php_k8s_auth::core::exec_config::ExecConfig;
use php_k8s_auth::core::{exec_info, expiry, kubeconfig};

/// The context name used by the seeds' second context.
const CONTEXT: &str = "staging";

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);

    if let Some(t) = expiry::parse_rfc3339(&s) {
        use chrono::Datelike;
        // Only 4-digit years can be written back in RFC 3339.
        if (0..=9999).contains(&t.year()) {
            let text = t.to_rfc3339_opts(SecondsFormat::Nanos, true);
            let again = expiry::parse_rfc3339(&text);
            assert_eq!(again, Some(t), "{s:?} -> {text:?} does not parse back");
        }
    }

    for context in [None, Some(CONTEXT)] {
        if let Ok(sel) = kubeconfig::Loader::from_process(None).yaml(&s, context) {
            if let Some(c) = context {
                assert_eq!(sel.context, c);
            }
            if let Ok(exec) = ExecConfig::from_value(&sel.exec) {
                let out = exec_info::encode(exec.api_version, false, Some(&sel.cluster));
                assert!(out.ends_with('\n'));
                assert!(serde_json::from_str::<serde_json::Value>(&out).is_ok(), "{out:?}");
            }
        }
    }
});
