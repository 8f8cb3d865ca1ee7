//! The response half of the protocol: the ExecCredential a plugin prints,
//! validated as client-go validates it.

use serde_json::Value;

use super::error::{AuthError, Result};
use super::exec_config::ApiVersion;
use super::expiry::{self, Micros};
use super::secret::Secret;
use super::untrusted::{self, is_api_version, is_kind, is_timestamp_like, value_or_length};

/// What a plugin run yields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credential {
    /// Empty when the plugin answered with a client certificate.
    pub token: Secret,
    pub client_certificate_data: Option<Secret>,
    pub client_key_data: Option<Secret>,
    pub expires_at: Option<Micros>,
}

/// `gcloud config config-helper --format=json` is shown as the GKE example in
/// the PHP K8s documentation, but prints gcloud's own format. Neither kubectl
/// nor the PHP provider accepts it; the user needs Google's exec plugin.
const GCLOUD_CONFIG_HELPER: &str = "missing status.token: the plugin printed the output of `gcloud config config-helper`, which is not an ExecCredential. \
Use Google's exec plugin instead: set command: gke-gcloud-auth-plugin and apiVersion: client.authentication.k8s.io/v1beta1 with no args \
(install it with `gcloud components install gke-gcloud-auth-plugin` or the google-cloud-cli-gke-gcloud-auth-plugin package)";

/// Parses and validates a plugin's stdout for the configured API version.
pub fn parse(stdout: &[u8], api: ApiVersion) -> Result<Credential> {
    let doc = decode(stdout)?;
    let obj = doc.as_object().ok_or_else(|| {
        AuthError::InvalidResponse(format!(
            "expected a JSON object of kind ExecCredential, got {}",
            describe_shape(&doc)
        ))
    })?;

    if obj.get("credential").is_some_and(Value::is_object) && obj.contains_key("configuration") {
        return Err(AuthError::InvalidResponse(GCLOUD_CONFIG_HELPER.into()));
    }

    // client-go sniffs apiVersion and kind with Go's case-insensitive field
    // matching (the last matching key wins); the rest is case-sensitive.
    let sniff = |name: &str| {
        obj.iter()
            .rev()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    };
    let version = match sniff("apiVersion") {
        None | Some(Value::Null) => {
            return Err(AuthError::InvalidResponse(format!(
                "missing apiVersion: the plugin must print {{\"apiVersion\": \"{}\", \"kind\": \"ExecCredential\", \"status\": {{...}}}}",
                api.as_str()
            )));
        }
        Some(Value::String(v)) => v,
        Some(other) => {
            return Err(AuthError::InvalidResponse(format!(
                "apiVersion must be a string, got {}",
                describe_shape(other)
            )));
        }
    };
    if version != api.as_str() {
        return Err(AuthError::InvalidResponse(format!(
            "the exec plugin is configured to use API version {}, plugin returned version {}; set \"apiVersion\" in the exec configuration to the version the plugin speaks",
            api.as_str(),
            value_or_length(version, is_api_version)
        )));
    }
    // A missing kind is accepted, as client-go accepts it.
    match sniff("kind") {
        None | Some(Value::Null) => {}
        Some(Value::String(k)) if k == "ExecCredential" => {}
        Some(Value::String(k)) => {
            return Err(AuthError::InvalidResponse(format!(
                "kind must be \"ExecCredential\", got {}",
                value_or_length(k, is_kind)
            )));
        }
        Some(other) => {
            return Err(AuthError::InvalidResponse(format!(
                "kind must be \"ExecCredential\", got {}",
                describe_shape(other)
            )));
        }
    }

    let status = match obj.get("status") {
        None | Some(Value::Null) => {
            return Err(AuthError::InvalidResponse(
                "missing status: the exec plugin didn't return a status field (missing status.token)".into(),
            ));
        }
        Some(Value::Object(s)) => s,
        Some(other) => {
            return Err(AuthError::InvalidResponse(format!(
                "status must be an object, got {}",
                describe_shape(other)
            )));
        }
    };

    let field = |name: &str| -> Result<String> {
        match status.get(name) {
            None | Some(Value::Null) => Ok(String::new()),
            Some(Value::String(s)) => Ok(s.clone()),
            Some(other) => Err(AuthError::InvalidResponse(format!(
                "status.{name} must be a string, got {}",
                describe_shape(other)
            ))),
        }
    };
    let token = field("token")?;
    let cert = field("clientCertificateData")?;
    let key = field("clientKeyData")?;

    if token.is_empty() && cert.is_empty() && key.is_empty() {
        return Err(AuthError::InvalidResponse(
            "missing status.token: the exec plugin didn't return a token or a client certificate and key pair".into(),
        ));
    }
    if cert.is_empty() != key.is_empty() {
        let (has, lacks) = if cert.is_empty() {
            ("clientKeyData", "clientCertificateData")
        } else {
            ("clientCertificateData", "clientKeyData")
        };
        return Err(AuthError::InvalidResponse(format!(
            "the exec plugin returned status.{has} without status.{lacks}; a client certificate needs both"
        )));
    }
    if !cert.is_empty() {
        check_pem("clientCertificateData", &cert, "CERTIFICATE")?;
        check_pem("clientKeyData", &key, "PRIVATE KEY")?;
        super::client_cert::verify_pair(&cert, &key).map_err(|reason| {
            AuthError::InvalidResponse(format!(
                "failed parsing client key/certificate: {reason} (status.clientCertificateData and status.clientKeyData must be a matching pair)"
            ))
        })?;
    }
    // Tab is legal in a header value; every other control character breaks it.
    if let Some(pos) = token
        .bytes()
        .position(|c| c.is_ascii_control() && c != b'\t')
    {
        return Err(AuthError::InvalidResponse(format!(
            "status.token contains a control character (byte 0x{:02x} at offset {pos}) and cannot be sent in an HTTP Authorization header; fix the plugin's output",
            token.as_bytes()[pos]
        )));
    }

    let expires_at = match status.get("expirationTimestamp") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => {
            let t = expiry::parse_rfc3339(s).ok_or_else(|| {
                AuthError::InvalidResponse(format!(
                    "status.expirationTimestamp ({}) is not an RFC 3339 timestamp such as \"2030-01-01T00:00:00Z\"",
                    value_or_length(s, is_timestamp_like)
                ))
            })?;
            // Go's zero time is what a Go plugin prints for an unset
            // time; client-go reads it as "no expiry".
            (!expiry::is_go_zero(&t)).then(|| expiry::to_micros(&t))
        }
        Some(other) => {
            return Err(AuthError::InvalidResponse(format!(
                "status.expirationTimestamp must be an RFC 3339 string, got {}",
                describe_shape(other)
            )));
        }
    };

    Ok(Credential {
        token: Secret::new(token),
        client_certificate_data: (!cert.is_empty()).then(|| Secret::new(cert)),
        client_key_data: (!key.is_empty()).then(|| Secret::new(key)),
        expires_at,
    })
}

/// Decodes the output as client-go's universal decoder does: a leading UTF-8
/// byte order mark is skipped, JSON is read as JSON, and anything that does not
/// start like a JSON object is tried as YAML. A refusal describes the output
/// (size, format, where parsing stopped) and never quotes it.
fn decode(stdout: &[u8]) -> Result<Value> {
    let body = stdout.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(stdout);
    let json_err = match super::bounded_json::from_slice(body) {
        Ok(v) => return Ok(v),
        Err(e) => e,
    };
    // Go's decoder turns a lone UTF-16 surrogate escape into U+FFFD where
    // serde_json refuses it; read such an answer as kubectl does.
    if let Some(fixed) = replace_lone_surrogates(body)
        && let Ok(v) = super::bounded_json::from_slice(&fixed)
    {
        return Ok(v);
    }
    let invalid = |reason: String| AuthError::InvalidJson {
        reason,
        shape: untrusted::describe_stdout(stdout),
    };
    if stdout.iter().all(u8::is_ascii_whitespace) {
        return Err(invalid("the plugin printed nothing on stdout".into()));
    }
    let json_reason = || json_reason(&json_err);
    let Ok(text) = std::str::from_utf8(body) else {
        return Err(invalid(json_reason()));
    };
    if text.trim_start().starts_with(['{', '[']) {
        return Err(invalid(json_reason()));
    }
    match super::yaml::parse(text) {
        Ok(v @ Value::Object(_)) => Ok(v),
        Ok(_) => Err(invalid(format!(
            "{}, and as YAML it is not a mapping",
            json_reason()
        ))),
        // Only the position: YAML messages can quote the offending value.
        Err(e) => Err(invalid(format!(
            "{}, and it is not valid YAML either (error at line {} column {})",
            json_reason(),
            e.line,
            e.column
        ))),
    }
}

/// `body` with every `\uD800`–`\uDFFF` escape that is not half of a valid
/// pair replaced by `\uFFFD`, as Go's JSON decoder reads them; `None` when
/// there is none. Only backslash escapes inside strings are looked at.
fn replace_lone_surrogates(body: &[u8]) -> Option<Vec<u8>> {
    fn unit(b: &[u8], i: usize) -> Option<u16> {
        if b.get(i..i + 2)? != b"\\u" {
            return None;
        }
        u16::from_str_radix(std::str::from_utf8(b.get(i + 2..i + 6)?).ok()?, 16).ok()
    }
    let mut out = Vec::with_capacity(body.len());
    let (mut i, mut in_string, mut changed) = (0, false, false);
    while i < body.len() {
        let c = body[i];
        if !in_string {
            in_string = c == b'"';
        } else if c == b'"' {
            in_string = false;
        } else if c == b'\\' {
            match unit(body, i) {
                Some(0xD800..=0xDBFF) if matches!(unit(body, i + 6), Some(0xDC00..=0xDFFF)) => {
                    out.extend_from_slice(&body[i..i + 12]);
                    i += 12;
                    continue;
                }
                Some(0xD800..=0xDFFF) => {
                    out.extend_from_slice(b"\\ufffd");
                    changed = true;
                    i += 6;
                    continue;
                }
                _ => {
                    // Any other escape: copy it whole so `\"` does not end the string.
                    out.extend_from_slice(&body[i..(i + 2).min(body.len())]);
                    i += 2;
                    continue;
                }
            }
        }
        out.push(c);
        i += 1;
    }
    changed.then_some(out)
}

/// Client-go parses the pair with `tls.X509KeyPair`; without a TLS stack we
/// check the PEM framing, which catches base64-instead-of-PEM and swapped fields.
fn check_pem(field: &str, data: &str, label_suffix: &str) -> Result<()> {
    let ok = data.lines().any(|l| {
        let l = l.trim();
        l.starts_with("-----BEGIN ") && l.ends_with(&format!("{label_suffix}-----"))
    }) && data.contains("-----END ");
    if ok {
        Ok(())
    } else {
        Err(AuthError::InvalidResponse(format!(
            "failed parsing client key/certificate: status.{field} is not a PEM block ending in \"{label_suffix}-----\""
        )))
    }
}

/// Type of a value without its content: response values may be secrets.
fn describe_shape(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// serde_json's message without its text, which are fixed phrases such as
/// "expected value" (never a value), plus where parsing stopped.
fn json_reason(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let what = match e.classify() {
        Category::Eof => "the JSON ends early".to_owned(),
        Category::Syntax | Category::Data | Category::Io => {
            // "expected value at line 1 column 1" -> "expected value"
            let full = e.to_string();
            let suffix = format!(" at line {} column {}", e.line(), e.column());
            full.strip_suffix(&suffix).unwrap_or(&full).to_owned()
        }
    };
    format!(
        "not JSON: {what} at line {} column {}",
        e.line(),
        e.column()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const V1: ApiVersion = ApiVersion::V1;

    fn ok(s: &str) -> Credential {
        parse(s.as_bytes(), V1).unwrap()
    }

    fn err(s: &str) -> String {
        parse(s.as_bytes(), V1).unwrap_err().to_string()
    }

    const CERT: &str = "-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\\n";
    const KEY: &str = "-----BEGIN EC PRIVATE KEY-----\\nMHc\\n-----END EC PRIVATE KEY-----\\n";

    #[test]
    fn token_with_expiry() {
        let c = ok(
            r#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"abc","expirationTimestamp":"2030-01-01T00:00:00Z"}}"#,
        );
        assert_eq!(c.token.expose(), "abc");
        assert_eq!(c.expires_at, Some(1_893_456_000_000_000));
    }

    #[test]
    fn unknown_fields_are_ignored_and_last_duplicate_wins() {
        let c = ok(
            r#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","extra":1,"status":{"token":"a","token":"b","other":{}}}"#,
        );
        assert_eq!(c.token.expose(), "b");
        assert_eq!(c.expires_at, None);
    }

    #[test]
    fn what_kubectl_also_accepts() {
        // A missing kind, case-insensitive envelope keys, a BOM, YAML, a tab.
        for input in [
            r#"{"apiVersion":"client.authentication.k8s.io/v1","status":{"token":"t"}}"#,
            r#"{"APIVERSION":"client.authentication.k8s.io/v1","Kind":"ExecCredential","status":{"token":"t"}}"#,
            "\u{feff}{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"t\"}}",
            "apiVersion: client.authentication.k8s.io/v1\nkind: ExecCredential\nstatus:\n  token: t\n",
        ] {
            assert_eq!(ok(input).token.expose(), "t", "{input}");
        }
        let c = ok(
            r#"{"apiVersion":"client.authentication.k8s.io/v1","status":{"token":"a\tb","Token":"x"}}"#,
        );
        assert_eq!(c.token.expose(), "a\tb");
    }

    #[test]
    fn certificate_pair_that_does_not_parse_is_refused_without_its_text() {
        let e = err(&format!(
            r#"{{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{{"clientCertificateData":"{CERT}","clientKeyData":"{KEY}"}}}}"#
        ));
        assert!(
            e.contains("failed parsing client key/certificate: tls: failed to parse private key"),
            "{e}"
        );
        assert!(!e.contains("MHc") && !e.contains("MIIB"), "{e}");
    }

    #[test]
    fn lone_surrogates_become_replacement_characters_as_in_go() {
        let c = ok(
            r#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"a\ud800b\udc00c\ud83d\ude00d\\ud800"}}"#,
        );
        assert_eq!(c.token.expose(), "a\u{fffd}b\u{fffd}c\u{1f600}d\\ud800");
        assert_eq!(
            replace_lone_surrogates(br#"{"a":"\\ud800"}"#),
            None,
            "an escaped backslash is not an escape"
        );
    }

    #[test]
    fn go_zero_time_means_no_expiry_as_in_client_go() {
        for t in ["0001-01-01T00:00:00Z", "0001-01-01T01:00:00+01:00"] {
            let c = ok(&format!(
                r#"{{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{{"token":"a","expirationTimestamp":"{t}"}}}}"#
            ));
            assert_eq!(c.expires_at, None, "{t}");
        }
        let c = ok(
            r#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"a","expirationTimestamp":"0001-01-01T00:00:01Z"}}"#,
        );
        assert!(c.expires_at.is_some());
    }

    #[test]
    fn yaml_answer_token_yes_is_a_boolean_and_refused_as_kubectl_does() {
        let e = err(
            "apiVersion: client.authentication.k8s.io/v1\nkind: ExecCredential\nstatus:\n  token: yes\n",
        );
        assert!(e.contains("status.token") && e.contains("boolean"), "{e}");
        let c = ok(
            "apiVersion: client.authentication.k8s.io/v1\nkind: ExecCredential\nstatus:\n  token: 'yes'\n",
        );
        assert_eq!(c.token.expose(), "yes");
    }

    #[test]
    fn rejections_name_the_problem() {
        let cases = [
            (
                "",
                "Invalid JSON output from exec credential provider: the plugin printed nothing",
            ),
            (
                "not json",
                "Invalid JSON output from exec credential provider",
            ),
            ("[]", "expected a JSON object"),
            (
                r#"{"kind":"ExecCredential","status":{"token":"a"}}"#,
                "missing apiVersion",
            ),
            (
                r#"{"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","status":{"token":"a"}}"#,
                "plugin returned version \"client.authentication.k8s.io/v1beta1\"",
            ),
            (
                r#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"Secret","status":{"token":"a"}}"#,
                "kind must be \"ExecCredential\"",
            ),
            (
                r#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","Status":{"token":"a"}}"#,
                "missing status",
            ),
            (
                r#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"a","clientCertificateData":"garbage","clientKeyData":"garbage"}}"#,
                "failed parsing client key/certificate",
            ),
            ("null", "expected a JSON object"),
            ("just some text", "Invalid JSON output"),
            (" \n\t\n", "printed nothing"),
            (
                r#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential"}"#,
                "missing status",
            ),
            (
                r#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{}}"#,
                "missing status.token",
            ),
            (
                r#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":""}}"#,
                "missing status.token",
            ),
            (
                r#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":5}}"#,
                "status.token must be a string",
            ),
            (
                r#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"a\r\nX-Evil: 1"}}"#,
                "control character",
            ),
            (
                r#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"clientKeyData":"k"}}"#,
                "status.clientKeyData without status.clientCertificateData",
            ),
            (
                r#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"clientCertificateData":"c","clientKeyData":"k"}}"#,
                "failed parsing client key/certificate",
            ),
            (
                r#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"a","expirationTimestamp":"tomorrow"}}"#,
                "(a string of 8 characters (not shown)) is not an RFC 3339 timestamp",
            ),
            (
                r#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"a","expirationTimestamp":"2030-13-01T00:00:00Z"}}"#,
                "(\"2030-13-01T00:00:00Z\") is not an RFC 3339 timestamp",
            ),
            (
                r#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"a","expirationTimestamp":1}}"#,
                "must be an RFC 3339 string",
            ),
            (
                r#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"a"}} trailing"#,
                "trailing characters",
            ),
        ];
        for (input, want) in cases {
            let got = err(input);
            assert!(got.contains(want), "{input}\n=> {got}");
        }
    }

    #[test]
    fn gcloud_config_helper_output_names_the_replacement_plugin() {
        let out = r#"{"configuration":{"active_configuration":"default"},"credential":{"access_token":"ya29.SEKRIT","token_expiry":"2030-01-01T00:00:00Z"},"sentinels":{}}"#;
        let e = err(out);
        assert!(
            e.contains("gke-gcloud-auth-plugin") && e.contains("missing status.token"),
            "{e}"
        );
        assert!(!e.contains("SEKRIT"));
    }

    #[test]
    fn errors_never_echo_the_token() {
        for input in [
            r#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"SEKRIT-123"}} x"#,
            r#"{"apiVersion":"v9","kind":"ExecCredential","status":{"token":"SEKRIT-123"}}"#,
            r#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"SEKRIT-123\n"}}"#,
            "SEKRIT-123SEKRIT-123SEKRIT-123",
            r#"{"status":{"token":"SEKRIT-123""#,
        ] {
            let got = err(input);
            assert!(!got.contains("SEKRIT"), "{got}");
        }
    }

    #[test]
    fn unparsable_output_is_described_never_quoted() {
        let t = "SEKRIT-9a8b7c";
        let cases = [
            (format!("{{'status': {{'token': '{t}'}}}}"), "Python dict"),
            (format!("Bearer {t}"), "\"Bearer …\""),
            (
                format!(
                    "apiVersion: client.authentication.k8s.io/v1\nstatus:\n    token: {t}\n  x: 1\n"
                ),
                "not valid YAML either (error at line",
            ),
            (
                format!(
                    "{{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"status\":{{\"token\": {t}}}}}"
                ),
                "not JSON: expected value at line 1 column",
            ),
            (format!("{t}\0{t}"), "a NUL byte at offset 13"),
            (format!("{t}{t}"), "a single word of 26 characters"),
        ];
        for (out, want) in cases {
            let e = err(&out);
            assert!(
                e.starts_with("Invalid JSON output from exec credential provider: "),
                "{e}"
            );
            assert!(e.contains(want), "{out:?}\n=> {e}");
            assert!(!e.contains("SEKRIT"), "{e}");
            assert!(!e.contains('\0'), "{e}");
        }
    }

    #[test]
    fn answer_values_are_quoted_only_when_they_cannot_be_a_credential() {
        let base = |k: &str, v: &str| {
            format!(
                r#"{{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{{"token":"a"}},"{k}":"{v}"}}"#
            )
        };
        let e = err(&base("kind", "Secret"));
        assert!(e.contains("got \"Secret\""), "{e}");
        let e = err(&base("kind", "AKIAIOSFODNN7EXAMPLE"));
        assert!(e.contains("a string of 20 characters (not shown)"), "{e}");
        let e = err(&base("apiVersion", "k8s-aws-v1.SEKRIT"));
        assert!(!e.contains("SEKRIT") && e.contains("17 characters"), "{e}");
        let e = err(
            r#"{"apiVersion":"client.authentication.k8s.io/v1","status":{"token":"a","expirationTimestamp":"SEKRIT"}}"#,
        );
        assert!(!e.contains("SEKRIT") && e.contains("RFC 3339"), "{e}");
    }
}
