//! Selecting the context, its user and its cluster, as client-go's
//! `DirectClientConfig` does, and reading what the cluster tells the plugin.

use serde_json::{Map, Value};

use super::load::read_bounded;
use super::merge::{Entry, Merged, Origin};
use super::messages::{legacy_auth_provider, no_exec};
use super::schema::Cluster;
use super::{EXEC_EXTENSION_NAME, Selected, err};
use crate::core::cluster_info::ClusterInfo;
use crate::core::error::Result;
use crate::core::exec_config::quote;

pub(super) fn select(merged: &Merged, context: Option<&str>) -> Result<Selected> {
    let context_name = match context.filter(|c| !c.is_empty()) {
        Some(c) => c.to_string(),
        None => match &merged.current_context {
            Some((c, _)) => c.clone(),
            None => {
                return Err(err(format!(
                    "no context was given and current-context is not set {}; name the context to use ({}) or set current-context (kubectl config use-context NAME)",
                    merged.sources(),
                    available("contexts", &merged.contexts)
                )));
            }
        },
    };
    let how = match (context.filter(|c| !c.is_empty()), &merged.current_context) {
        (Some(_), _) => "the requested context".to_string(),
        (None, Some((_, o))) => format!("current-context (set in {})", merged.origins[*o].label),
        (None, None) => "the context".to_string(),
    };

    let ctx = find(&merged.contexts, &context_name).ok_or_else(|| {
        err(format!(
            "{how} {} was not found {}; {}",
            quote(&context_name),
            merged.sources(),
            available("contexts", &merged.contexts)
        ))
    })?;
    let ctx_where = &merged.origins[ctx.origin].label;

    let user_name = ctx.item.user.clone().ok_or_else(|| {
        err(format!(
            "context {} ({ctx_where}) names no user; set context.user to the name of a user with an exec section",
            quote(&context_name)
        ))
    })?;
    let cluster_name = ctx.item.cluster.clone().ok_or_else(|| {
        err(format!(
            "context {} ({ctx_where}) names no cluster; set context.cluster to the name of a cluster",
            quote(&context_name)
        ))
    })?;

    let user = find(&merged.users, &user_name).ok_or_else(|| {
        err(format!(
            "user {} (named by context {}) was not found {}; {}",
            quote(&user_name),
            quote(&context_name),
            merged.sources(),
            available("users", &merged.users)
        ))
    })?;
    let user_where = &merged.origins[user.origin].label;
    let exec = match &user.item.exec {
        Value::Null => {
            let msg = match &user.item.auth_provider {
                Some(ap) => legacy_auth_provider(&user_name, user_where, ap.name.as_deref()),
                None => no_exec(&user_name, user_where, &user.item),
            };
            return Err(err(msg));
        }
        Value::Array(a) if a.is_empty() => Value::Object(Map::new()),
        other => other.clone(),
    };

    let cluster = find(&merged.clusters, &cluster_name).ok_or_else(|| {
        err(format!(
            "cluster {} (named by context {}) was not found {}; {}",
            quote(&cluster_name),
            quote(&context_name),
            merged.sources(),
            available("clusters", &merged.clusters)
        ))
    })?;
    let info = cluster_info(&cluster_name, cluster, &merged.origins[cluster.origin])?;

    Ok(Selected {
        context: context_name,
        cluster_name,
        user_name,
        exec,
        base_dir: merged.origins[user.origin].dir.clone(),
        cluster: info,
    })
}

pub(super) fn find<'a, T>(entries: &'a [Entry<T>], name: &str) -> Option<&'a Entry<T>> {
    entries.iter().find(|e| e.name == name)
}

pub(super) fn available<T>(what: &str, entries: &[Entry<T>]) -> String {
    if entries.is_empty() {
        format!("the kubeconfig defines no {what}")
    } else {
        let names: Vec<String> = entries.iter().map(|e| quote(&e.name)).collect();
        format!("available {what}: {}", names.join(", "))
    }
}

pub(super) fn cluster_info(
    name: &str,
    entry: &Entry<Cluster>,
    origin: &Origin,
) -> Result<ClusterInfo> {
    let c = &entry.item;
    let certificate_authority_data = match (&c.certificate_authority_data, &c.certificate_authority)
    {
        (Some(data), _) => Some(data.clone()),
        (None, Some(file)) => {
            let path = origin.dir.join(file); // an absolute `file` replaces dir
            let bytes = read_bounded(&path).map_err(|e| {
                err(format!(
                    "cluster {} ({}) names certificate-authority {}, resolved to {}, which cannot be read: {e}; fix the path (a relative one is resolved against the folder of the kubeconfig that defines the cluster) or use certificate-authority-data",
                    quote(name),
                    origin.label,
                    quote(file),
                    path.display()
                ))
            })?;
            // The file's bytes reach getClusterInfo() and the plugin, so a
            // customer's kubeconfig could name any readable file (a `.env`,
            // /proc/self/environ). kubectl refuses a CA file without a PEM
            // certificate ("unable to load root certificates"); so do we,
            // without showing what the file holds.
            if !holds_pem_certificate(&bytes) {
                return Err(err(format!(
                    "cluster {} ({}) names certificate-authority {}, resolved to {}, which holds no PEM certificate (kubectl refuses it too); point it at the cluster's CA certificate in PEM form, or use certificate-authority-data",
                    quote(name),
                    origin.label,
                    quote(file),
                    path.display()
                )));
            }
            Some(base64_encode(&bytes))
        }
        (None, None) => None,
    };
    let config = c
        .extensions
        .iter()
        .find(|x| x.name.as_deref() == Some(EXEC_EXTENSION_NAME))
        .and_then(|x| match &x.extension {
            Value::Null => None,
            v => Some(crate::core::go_json::encode(v)),
        });
    Ok(ClusterInfo {
        server: c.server.clone(),
        tls_server_name: c.tls_server_name.clone(),
        insecure_skip_tls_verify: c.insecure_skip_tls_verify,
        certificate_authority_data,
        proxy_url: c
            .proxy_url
            .as_deref()
            .map(crate::core::go_url::normalise_proxy_url)
            .transpose()
            .map_err(|reason| {
                // The URL itself is not shown: it may carry a password.
                err(format!(
                    "cluster {} ({}) has an invalid proxy-url: {reason}; kubectl refuses it too. Use http://, https:// or socks5:// with a host and an optional port",
                    quote(name),
                    origin.label
                ))
            })?,
        disable_compression: c.disable_compression,
        config,
    })
}

/// Standard base64 (RFC 4648 alphabet, with padding), as Go's
/// `base64.StdEncoding` writes `certificate-authority-data`.
pub(super) fn base64_encode(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b1 = chunk.get(1).copied().unwrap_or(0);
        let b2 = chunk.get(2).copied().unwrap_or(0);
        let n = (u32::from(chunk[0]) << 16) | (u32::from(b1) << 8) | u32::from(b2);
        let sym = |shift: u32| ALPHABET[((n >> shift) & 63) as usize] as char;
        out.push(sym(18));
        out.push(sym(12));
        out.push(if chunk.len() > 1 { sym(6) } else { '=' });
        out.push(if chunk.len() > 2 { sym(0) } else { '=' });
    }
    out
}

/// Whether `bytes` hold at least one PEM `CERTIFICATE` block, and every
/// PEM block in them is well formed.
fn holds_pem_certificate(bytes: &[u8]) -> bool {
    use rustls_pki_types::CertificateDer;
    use rustls_pki_types::pem::PemObject;
    let mut any = false;
    for cert in CertificateDer::pem_slice_iter(bytes) {
        if cert.is_err() {
            return false;
        }
        any = true;
    }
    any
}
