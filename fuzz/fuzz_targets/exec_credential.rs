//! The plugin's stdout: `credential::parse` for both API versions and the
//! description of unreadable output (`untrusted::describe_stdout`).
//!
//! Beyond "no panic": when the input is a JSON object whose `status.token` is
//! a string of at least 8 characters, a failed parse must not put that token
//! in its error message, and a successful parse must return it unchanged.
//! No message and no description ever holds a NUL or an escape character.
//!
//! An error may legitimately contain the token's text for another reason (the
//! token equals the quoted apiVersion or expirationTimestamp, or a phrase of
//! the fixed message). To tell those apart, the same document is parsed again
//! with the token replaced by a look-alike of the same shape (every character
//! swapped for a different one of the same UTF-8 width, control characters
//! kept in place), which takes the same code path. Only if the original
//! token's text disappears from that second message did it come from
//! status.token.
#![no_main]

use libfuzzer_sys::fuzz_target;
use php_k8s_auth::core::{credential, untrusted};
use php_k8s_auth::core::exec_config::ApiVersion;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let shape = untrusted::describe_stdout(data);
    assert!(!shape.contains(['\0', '\x1b']), "description holds a control byte: {shape:?}");

    // Decoded exactly as the core decodes JSON (same serde_json features).
    let doc: Option<Value> = serde_json::from_slice(data).ok();
    let token: Option<&str> = doc
        .as_ref()
        .filter(|d| d.is_object())
        .and_then(|d| d.get("status"))
        .and_then(|s| s.get("token"))
        .and_then(Value::as_str)
        .filter(|t| t.chars().count() >= 8);

    for api in [ApiVersion::V1, ApiVersion::V1Beta1] {
        let result = credential::parse(data, api);
        if let Err(e) = &result {
            let msg = e.to_string();
            assert!(!msg.contains(['\0', '\x1b']), "message holds a control byte: {msg:?}");
        }
        let Some(token) = token else { continue };
        match result {
            Ok(c) => assert_eq!(
                c.token.expose(),
                token,
                "parse succeeded but returned a different token than status.token"
            ),
            Err(e) => {
                let msg = e.to_string();
                if !msg.contains(token) {
                    continue;
                }
                let mut alt = doc.clone().expect("token implies a document");
                alt["status"]["token"] = Value::String(look_alike(token));
                let alt_bytes = serde_json::to_vec(&alt).expect("re-encode");
                let alt_msg = match credential::parse(&alt_bytes, api) {
                    Ok(_) => String::new(),
                    Err(e) => e.to_string(),
                };
                assert!(
                    alt_msg.contains(token),
                    "error message for {api:?} contains status.token {token:?}:\n{msg}\n(with the token replaced: {alt_msg})"
                );
            }
        }
    }
});

/// Same byte length per character and same ASCII control characters, but no
/// character in common with `s` at any position.
fn look_alike(s: &str) -> String {
    s.chars()
        .map(|c| match c.len_utf8() {
            1 if c.is_ascii_control() => c,
            1 => if c == 'x' { 'y' } else { 'x' },
            2 => if c == 'é' { 'ß' } else { 'é' },
            3 => if c == '中' { '文' } else { '中' },
            _ => if c == '😀' { '😁' } else { '😀' },
        })
        .collect()
}
