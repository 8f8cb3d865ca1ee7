//! `whoami()`: which identity does the cluster give this credential? The
//! question behind every 401. It POSTs a `SelfSubjectReview` (as
//! `kubectl auth whoami` does) to the cluster of `getClusterInfo()`,
//! `authentication.k8s.io/v1` first and `v1beta1` when v1 answers 404, and on
//! a 401 asks for a fresh credential once and retries once, as kubectl does
//! after an exec plugin's token is rejected.
//!
//! Messages name the server, the HTTP status and the server's
//! `Status.message`; never the token or key (a server that echoes the token
//! gets it replaced by "…").

pub mod tls;

use std::sync::Arc;
use std::time::Duration;

use serde_json::{Map, Value, json};

use super::cluster_info::ClusterInfo;
use super::credential::Credential;
use super::error::{AuthError, Result};
use tls::{TlsConnector, TlsSettings};

/// Longest server answer read; a SelfSubjectReview is a few hundred bytes.
const MAX_BODY: u64 = 1 << 20;
/// Longest `Status.message` quoted in an error.
const MAX_MESSAGE: usize = 300;

pub const REVIEW_PATHS: [(&str, &str); 2] = [
    (
        "authentication.k8s.io/v1",
        "/apis/authentication.k8s.io/v1/selfsubjectreviews",
    ),
    (
        "authentication.k8s.io/v1beta1",
        "/apis/authentication.k8s.io/v1beta1/selfsubjectreviews",
    ),
];

/// `status.userInfo` of the review.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Identity {
    pub username: String,
    pub uid: String,
    pub groups: Vec<String>,
    /// name => list of values, in the server's order.
    pub extra: Vec<(String, Vec<String>)>,
}

impl Identity {
    /// The array `whoami()` returns.
    pub fn to_json(&self) -> Map<String, Value> {
        let mut m = Map::new();
        m.insert("username".into(), json!(self.username));
        m.insert("uid".into(), json!(self.uid));
        m.insert("groups".into(), json!(self.groups));
        let extra: Map<String, Value> = self
            .extra
            .iter()
            .map(|(k, v)| (k.clone(), json!(v)))
            .collect();
        m.insert("extra".into(), Value::Object(extra));
        m
    }
}

/// What one HTTP answer means.
#[derive(Debug, PartialEq, Eq)]
pub enum Answer {
    Identity(Identity),
    /// This API version is not served: try the next one.
    NotFound,
    /// 401: the credential was rejected; the server's message.
    Unauthorized(String),
    Failed(String),
}

/// Reads one answer of the API server. `secrets` are redacted from any text
/// quoted from the body.
pub fn read_answer(status: u16, body: &[u8], secrets: &[&str]) -> Answer {
    let doc: Option<Value> = serde_json::from_slice(body).ok();
    let message = || {
        let m = doc
            .as_ref()
            .and_then(|d| d.get("message"))
            .and_then(Value::as_str)
            .map(str::to_owned)
            .unwrap_or_else(|| {
                if doc.is_some() {
                    "(no Status.message)".into()
                } else {
                    "(the answer is not a Kubernetes Status)".into()
                }
            });
        quote_message(&m, secrets)
    };
    match status {
        200 | 201 => match doc.as_ref().and_then(identity) {
            Some(id) => Answer::Identity(id),
            None => Answer::Failed(format!(
                "HTTP {status}, but the answer is not a SelfSubjectReview with status.userInfo"
            )),
        },
        404 => Answer::NotFound,
        401 => Answer::Unauthorized(message()),
        403 => Answer::Failed(format!(
            "HTTP 403: {}; the identity may not create selfsubjectreviews (kubectl auth whoami needs the same permission)",
            message()
        )),
        _ => Answer::Failed(format!("HTTP {status}: {}", message())),
    }
}

fn identity(doc: &Value) -> Option<Identity> {
    let user = doc.get("status")?.get("userInfo")?.as_object()?;
    let s = |k: &str| {
        user.get(k)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    let list = |v: &Value| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    };
    Some(Identity {
        username: s("username"),
        uid: s("uid"),
        groups: user.get("groups").map(list).unwrap_or_default(),
        extra: user
            .get("extra")
            .and_then(Value::as_object)
            .map(|m| m.iter().map(|(k, v)| (k.clone(), list(v))).collect())
            .unwrap_or_default(),
    })
}

/// A server's message, shortened, one line, without control characters and
/// without any secret it may echo.
fn quote_message(m: &str, secrets: &[&str]) -> String {
    let mut m = m.to_owned();
    for s in secrets.iter().filter(|s| s.len() >= 4) {
        m = m.replace(s, "…");
    }
    let mut out: String = m
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(MAX_MESSAGE)
        .collect();
    if m.chars().count() > MAX_MESSAGE {
        out.push('…');
    }
    out
}

/// Where to send the review and how to secure the connection.
#[derive(Debug, Clone)]
pub struct Target {
    /// scheme://host[:port][/path], without user info, for messages.
    pub shown: String,
    /// The server URL, its trailing '/' removed.
    pub base: String,
    pub tls: TlsSettings,
    pub tls_server_name_set: bool,
    pub proxy: Option<String>,
}

/// Checks the cluster and builds the target for `credential`.
pub fn target(cluster: &ClusterInfo, credential: &Credential) -> Result<Target> {
    let server = cluster
        .server
        .as_deref()
        .filter(|s| !s.trim().is_empty())
        .ok_or_else(|| err("(no server)", "the cluster has no server URL: whoami() needs getClusterInfo()['server'] (a kubeconfig loader, or setClusterInfo() with 'server')".into()))?;
    let (scheme, rest) = server.split_once("://").unwrap_or(("", server));
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, path) = rest.split_at(authority_end);
    // Never show user info of a URL (https://user:password@host).
    let host_port = authority.rsplit('@').next().unwrap_or_default();
    let shown = shorten(&format!("{}://{host_port}", scheme.to_ascii_lowercase()));
    if !scheme.eq_ignore_ascii_case("https") {
        return Err(err(
            &shown,
            format!(
                "the server URL must start with https:// (got {:?}); whoami() sends the credential only over TLS",
                if scheme.is_empty() {
                    "no scheme".to_owned()
                } else {
                    shorten(scheme)
                }
            ),
        ));
    }
    if host_port.is_empty() || authority.contains('@') {
        return Err(err(
            &shown,
            "the server URL has no host, or carries user info, which whoami() does not send".into(),
        ));
    }
    let host = host_of(host_port);
    let tls_server_name = cluster.tls_server_name.as_deref().filter(|s| !s.is_empty());
    let ca_pem = match cluster.certificate_authority_data.as_deref() {
        None | Some("") => None,
        Some(b64) => {
            use base64::Engine;
            let clean: String = b64.chars().filter(|c| !c.is_ascii_whitespace()).collect();
            Some(
                base64::engine::general_purpose::STANDARD
                    .decode(clean)
                    .map_err(|_| err(&shown, "certificate-authority-data is not base64".into()))?,
            )
        }
    };
    let client_cert = match (
        &credential.client_certificate_data,
        &credential.client_key_data,
    ) {
        (Some(c), Some(k)) => Some((
            c.expose().as_bytes().to_vec(),
            k.expose().as_bytes().to_vec(),
        )),
        _ => None,
    };
    let from_env = || proxy_from_env(&super::provider::process_environment(), host_of(host_port));
    let proxy = cluster
        .proxy_url
        .as_deref()
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .or_else(from_env)
        .map(|p| {
            let scheme = p.split_once("://").map(|(s, _)| s.to_ascii_lowercase());
            match scheme.as_deref() {
                Some("http") => Ok(p.clone()),
                _ => Err(err(
                    &shown,
                    format!(
                        "proxy-url (or HTTPS_PROXY) {:?} is not supported by whoami(): only http:// CONNECT proxies are",
                        shorten(p.rsplit('@').next().unwrap_or_default())
                    ),
                )),
            }
        })
        .transpose()?;
    Ok(Target {
        base: format!("{shown}{}", path.trim_end_matches('/')),
        shown,
        tls: TlsSettings {
            ca_pem,
            server_name: tls_server_name.unwrap_or(host).to_owned(),
            insecure: cluster.insecure_skip_tls_verify,
            client_cert,
        },
        tls_server_name_set: tls_server_name.is_some(),
        proxy,
    })
}

/// A value from the kubeconfig as a message shows it: one line, at most
/// 120 characters (a hostile kubeconfig may hold a 100 kB URL).
pub fn shorten(s: &str) -> String {
    const MAX: usize = 120;
    let mut out: String = s
        .chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .take(MAX)
        .collect();
    if s.chars().count() > MAX {
        out.push('…');
    }
    out
}

/// The proxy for an https request to `host` from the environment, by Go's
/// `ProxyFromEnvironment` rules (what kubectl does): `HTTPS_PROXY` or
/// `https_proxy` (never `HTTP_PROXY` for https), skipped for loopback hosts and
/// for hosts `NO_PROXY` / `no_proxy` names (`*`, a host, or a domain suffix).
pub fn proxy_from_env(
    env: &[(std::ffi::OsString, std::ffi::OsString)],
    host: &str,
) -> Option<String> {
    let get = |names: [&str; 2]| {
        names.iter().find_map(|n| {
            env.iter()
                .find(|(k, _)| k.as_encoded_bytes() == n.as_bytes())
                .and_then(|(_, v)| v.to_str())
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        })
    };
    let proxy = get(["HTTPS_PROXY", "https_proxy"])?;
    let host = host.to_ascii_lowercase();
    let loopback = host == "localhost"
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    if loopback {
        return None;
    }
    if let Some(no_proxy) = get(["NO_PROXY", "no_proxy"]) {
        for entry in no_proxy.split(',').map(|e| e.trim().to_ascii_lowercase()) {
            let entry = entry.split(':').next().unwrap_or_default();
            let domain = entry.trim_start_matches('.');
            if entry == "*"
                || (!domain.is_empty() && (host == domain || host.ends_with(&format!(".{domain}"))))
            {
                return None;
            }
        }
    }
    // Go accepts "host:port" without a scheme as http://host:port.
    Some(if proxy.contains("://") {
        proxy
    } else {
        format!("http://{proxy}")
    })
}

/// "host" of "host:port", "[::1]:443" → "::1".
fn host_of(host_port: &str) -> &str {
    if let Some(rest) = host_port.strip_prefix('[') {
        return rest.split(']').next().unwrap_or_default();
    }
    match host_port.rsplit_once(':') {
        Some((h, p)) if p.chars().all(|c| c.is_ascii_digit()) => h,
        _ => host_port,
    }
}

fn err(server: &str, reason: String) -> AuthError {
    AuthError::Whoami {
        server: server.to_owned(),
        reason,
    }
}

/// One review with one credential: v1, then v1beta1 when v1 is not served.
pub fn review(target: &Target, credential: &Credential, timeout: Duration) -> Result<Answer> {
    let connector = TlsConnector::new(&target.tls).map_err(|m| err(&target.shown, m))?;
    let last_tls_error = connector.last_error.clone();
    let proxy = match &target.proxy {
        Some(p) => Some(
            ureq::Proxy::new(p)
                .map_err(|e| err(&target.shown, format!("proxy-url cannot be used: {e}")))?,
        ),
        // Never ureq's own environment lookup: it takes HTTP_PROXY for https
        // and proxies loopback hosts, unlike kubectl.
        None => None,
    };
    let config = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(timeout))
        .max_redirects(0)
        .proxy(proxy)
        .user_agent("php_k8s_auth whoami")
        .build();
    use ureq::unversioned::transport::{ConnectProxyConnector, Connector, TcpConnector};
    let chain =
        ().chain(ConnectProxyConnector::default())
            .chain(TcpConnector::default())
            .chain(connector);
    let agent = ureq::Agent::with_parts(
        config,
        chain,
        ureq::unversioned::resolver::DefaultResolver::default(),
    );
    let token = credential.token.expose();
    let secrets = [token];
    for (api, path) in REVIEW_PATHS {
        let body =
            json!({"apiVersion": api, "kind": "SelfSubjectReview", "metadata": {}}).to_string();
        let mut request = agent
            .post(format!("{}{path}", target.base))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json");
        if !token.is_empty() {
            request = request.header("Authorization", format!("Bearer {token}"));
        }
        let answer = match request.send(body.as_bytes()) {
            Ok(mut response) => {
                let status = response.status().as_u16();
                let body = response
                    .body_mut()
                    .with_config()
                    .limit(MAX_BODY)
                    .read_to_vec()
                    .map_err(|e| {
                        err(
                            &target.shown,
                            format!(
                                "HTTP {status}, then reading the answer failed: {}",
                                transport_error(&e, timeout)
                            ),
                        )
                    })?;
                read_answer(status, &body, &secrets)
            }
            Err(e) => {
                let tls = last_tls_error
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .take();
                let reason = match tls {
                    Some(t) => tls::explain(&t, &target.tls, target.tls_server_name_set),
                    None => transport_error(&e, timeout),
                };
                return Err(err(&target.shown, reason));
            }
        };
        if answer != Answer::NotFound {
            return Ok(answer);
        }
    }
    Err(err(
        &target.shown,
        "HTTP 404 for SelfSubjectReview in authentication.k8s.io/v1 and v1beta1: the server is not a Kubernetes API server of version 1.27 or later (or server has a wrong path)".into(),
    ))
}

fn transport_error(e: &ureq::Error, timeout: Duration) -> String {
    match e {
        ureq::Error::Timeout(_) => format!(
            "no answer within {} s (php_k8s_auth.whoami_timeout)",
            timeout.as_secs_f64()
        ),
        ureq::Error::Io(io) => format!("cannot connect: {}", io.kind()),
        ureq::Error::HostNotFound => "the server's host name does not resolve".into(),
        ureq::Error::BodyExceedsLimit(_) => {
            format!("the answer is larger than {MAX_BODY} bytes")
        }
        other => other.to_string(),
    }
}

/// Which credential `whoami()` wants.
pub enum Want<'a> {
    /// The provider's current credential (refreshed if expired).
    Current,
    /// The cluster rejected this one: forget it everywhere and run the plugin again.
    Replace(&'a Credential),
}

/// The whole `whoami()`: review with the current credential; on 401, one
/// new credential and one retry.
pub fn whoami(
    cluster: &ClusterInfo,
    timeout: Duration,
    mut credential: impl FnMut(Want<'_>) -> Result<Arc<Credential>>,
) -> Result<Identity> {
    let first = credential(Want::Current)?;
    let t = target(cluster, &first)?;
    let rejected = match review(&t, &first, timeout)? {
        Answer::Identity(id) => return Ok(id),
        Answer::Unauthorized(m) => m,
        Answer::Failed(m) => return Err(err(&t.shown, m)),
        Answer::NotFound => unreachable!("review() turns 404 into an error"),
    };
    let second = credential(Want::Replace(&first))?;
    let t = target(cluster, &second)?;
    match review(&t, &second, timeout)? {
        Answer::Identity(id) => Ok(id),
        Answer::Unauthorized(m) => Err(err(
            &t.shown,
            format!(
                "the cluster rejected the token: {m} (HTTP 401), also a new one from the plugin (first answer: {rejected}); the plugin's identity is not accepted by this cluster: check that the kubeconfig's context, cluster and plugin belong together, and the cluster's access configuration for that identity"
            ),
        )),
        Answer::Failed(m) => Err(err(&t.shown, m)),
        Answer::NotFound => unreachable!("review() turns 404 into an error"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::secret::Secret;

    fn cred(token: &str) -> Credential {
        Credential {
            token: Secret::new(token.into()),
            client_certificate_data: None,
            client_key_data: None,
            expires_at: None,
        }
    }

    fn cluster(server: &str) -> ClusterInfo {
        ClusterInfo {
            server: Some(server.into()),
            certificate_authority_data: Some("Q0E=".into()),
            ..ClusterInfo::default()
        }
    }

    #[test]
    fn created_review_gives_the_identity() {
        let body = br#"{"kind":"SelfSubjectReview","status":{"userInfo":{"username":"alice","uid":"u1","groups":["g1","system:authenticated"],"extra":{"k":["v1","v2"]}}}}"#;
        let Answer::Identity(id) = read_answer(201, body, &[]) else {
            panic!()
        };
        assert_eq!(id.username, "alice");
        assert_eq!(id.groups, ["g1", "system:authenticated"]);
        assert_eq!(
            id.extra,
            [("k".to_owned(), vec!["v1".to_owned(), "v2".to_owned()])]
        );
        assert_eq!(
            Value::Object(id.to_json()).to_string(),
            r#"{"username":"alice","uid":"u1","groups":["g1","system:authenticated"],"extra":{"k":["v1","v2"]}}"#
        );
    }

    #[test]
    fn unauthorized_quotes_the_status_message_without_the_token() {
        let body =
            br#"{"kind":"Status","message":"token sekrit-token-1 is revoked\nreally","code":401}"#;
        assert_eq!(
            read_answer(401, body, &["sekrit-token-1"]),
            Answer::Unauthorized("token … is revoked really".into())
        );
    }

    #[test]
    fn not_found_and_other_statuses() {
        assert_eq!(read_answer(404, b"", &[]), Answer::NotFound);
        assert_eq!(
            read_answer(500, b"<html>", &[]),
            Answer::Failed("HTTP 500: (the answer is not a Kubernetes Status)".into())
        );
        assert!(
            matches!(read_answer(403, br#"{"message":"forbidden"}"#, &[]), Answer::Failed(m) if m.starts_with("HTTP 403: forbidden;"))
        );
        assert!(matches!(read_answer(200, b"{}", &[]), Answer::Failed(_)));
    }

    #[test]
    fn long_messages_are_cut() {
        let long = format!(r#"{{"message":"{}"}}"#, "x".repeat(1000));
        let Answer::Failed(m) = read_answer(500, long.as_bytes(), &[]) else {
            panic!()
        };
        assert!(m.chars().count() < MAX_MESSAGE + 20, "{m}");
    }

    #[test]
    fn target_uses_tls_server_name_and_hides_user_info() {
        let mut c = cluster("https://10.0.0.1:6443/prefix/");
        c.tls_server_name = Some("api.example".into());
        let t = target(&c, &cred("t")).unwrap();
        assert_eq!(t.base, "https://10.0.0.1:6443/prefix");
        assert_eq!(t.tls.server_name, "api.example");
        assert_eq!(t.tls.ca_pem.as_deref(), Some(&b"CA"[..]));
        let t = target(&cluster("https://[::1]:443"), &cred("t")).unwrap();
        assert_eq!(t.tls.server_name, "::1");
        let e = target(&cluster("https://user:pw@host"), &cred("t")).unwrap_err();
        assert!(!e.to_string().contains("pw"), "{e}");
    }

    #[test]
    fn long_or_multiline_servers_are_shortened_in_messages() {
        let long = format!("https://{}.example", "a".repeat(100_000));
        let t = target(&cluster(&long), &cred("t")).unwrap();
        assert!(t.shown.chars().count() <= 121, "{}", t.shown.len());
        let e = target(&cluster("http://a\nb"), &cred("t"))
            .unwrap_err()
            .to_string();
        assert!(!e.contains('\n'), "{e}");
    }

    #[test]
    fn environment_proxy_follows_go_rules() {
        let env = |pairs: &[(&str, &str)]| -> Vec<(std::ffi::OsString, std::ffi::OsString)> {
            pairs
                .iter()
                .map(|(k, v)| ((*k).into(), (*v).into()))
                .collect()
        };
        let e = env(&[("HTTP_PROXY", "http://plain:1")]);
        assert_eq!(
            proxy_from_env(&e, "api.example"),
            None,
            "HTTP_PROXY is not for https"
        );
        let e = env(&[
            ("https_proxy", "proxy:3128"),
            ("NO_PROXY", "internal.example, .corp"),
        ]);
        assert_eq!(
            proxy_from_env(&e, "api.example").as_deref(),
            Some("http://proxy:3128")
        );
        assert_eq!(proxy_from_env(&e, "k8s.internal.example"), None);
        assert_eq!(proxy_from_env(&e, "a.corp"), None);
        assert_eq!(
            proxy_from_env(&e, "127.0.0.1"),
            None,
            "loopback is never proxied"
        );
        assert_eq!(proxy_from_env(&e, "localhost"), None);
        let e = env(&[("HTTPS_PROXY", "http://p:1"), ("no_proxy", "*")]);
        assert_eq!(proxy_from_env(&e, "api.example"), None);
    }

    #[test]
    fn target_refuses_plain_http_missing_server_and_unsupported_proxies() {
        let e = target(&cluster("http://host"), &cred("t"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("must start with https://"), "{e}");
        let e = target(&ClusterInfo::default(), &cred("t"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("no server URL"), "{e}");
        let mut c = cluster("https://h");
        c.proxy_url = Some("socks5://u:secret@p:1080".into());
        let e = target(&c, &cred("t")).unwrap_err().to_string();
        assert!(e.contains("only http://") && !e.contains("secret"), "{e}");
    }

    #[test]
    fn a_401_asks_for_a_new_credential_once() {
        // Unreachable server: the first review fails before any retry, so
        // the callback is asked once for the current credential only.
        let mut asked = vec![];
        let c = cluster("https://127.0.0.1:1");
        let e = whoami(&c, Duration::from_secs(2), |w| {
            asked.push(matches!(w, Want::Current));
            Ok(Arc::new(cred("t")))
        })
        .unwrap_err();
        assert_eq!(asked, [true]);
        assert!(e.to_string().contains("https://127.0.0.1:1"), "{e}");
    }
}
