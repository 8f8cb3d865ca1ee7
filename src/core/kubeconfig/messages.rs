//! Messages for users kubectl could use but this provider cannot: what the
//! user has instead of `exec`, and the exec plugin that replaces a legacy
//! auth-provider. They name fields, never their values.

use super::schema::User;
use crate::core::exec_config::quote;

/// Why a user without `exec` cannot be used, naming what it has instead.
pub(super) fn no_exec(user: &str, origin: &str, u: &User) -> String {
    let mut kinds: Vec<String> = Vec::new();
    if u.token {
        kinds.push("a bearer token (token)".into());
    }
    if u.token_file {
        kinds.push("a token file (tokenFile)".into());
    }
    let cert: Vec<&str> = [
        (u.client_certificate, "client-certificate"),
        (u.client_certificate_data, "client-certificate-data"),
        (u.client_key, "client-key"),
        (u.client_key_data, "client-key-data"),
    ]
    .iter()
    .filter(|(set, _)| *set)
    .map(|(_, n)| *n)
    .collect();
    if !cert.is_empty() {
        kinds.push(format!("a client certificate ({})", cert.join(", ")));
    }
    let basic: Vec<&str> = [(u.username, "username"), (u.password, "password")]
        .iter()
        .filter(|(set, _)| *set)
        .map(|(_, n)| *n)
        .collect();
    if !basic.is_empty() {
        kinds.push(format!("basic authentication ({})", basic.join(", ")));
    }
    let has = if kinds.is_empty() {
        "it has no credentials at all".to_string()
    } else {
        format!("it authenticates with {}", kinds.join(" and "))
    };
    format!(
        "user {} ({origin}) has no exec section: {has}. This provider only handles exec users (a user.exec section naming a credential plugin); choose a context whose user has one, or pass the exec configuration directly",
        quote(user)
    )
}

/// The exec plugin that replaces a legacy `auth-provider`.
pub(super) fn legacy_auth_provider(user: &str, origin: &str, name: Option<&str>) -> String {
    let name = name.unwrap_or("");
    let head = format!(
        "user {} ({origin}) uses the legacy auth-provider {} instead of an exec section, and this provider only runs exec credential plugins.",
        quote(user),
        quote(name)
    );
    let advice = match name {
        "gcp" => "Kubernetes 1.26 removed the gcp auth-provider; its replacement is the exec plugin gke-gcloud-auth-plugin: install it (gcloud components install gke-gcloud-auth-plugin) and replace auth-provider with exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: gke-gcloud-auth-plugin, provideClusterInfo: true}, or regenerate the entry with gcloud container clusters get-credentials CLUSTER.".to_string(),
        "azure" => "Kubernetes 1.26 removed the azure auth-provider; its replacement is the exec plugin kubelogin (https://azure.github.io/kubelogin/): install it and run kubelogin convert-kubeconfig -l azurecli to rewrite the user with an exec section.".to_string(),
        "oidc" => "Use the exec plugin kubelogin, also run as kubectl oidc-login (https://github.com/int128/kubelogin): install it and replace auth-provider with exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: kubectl, args: [oidc-login, get-token, --oidc-issuer-url=ISSUER_URL, --oidc-client-id=CLIENT_ID]}, taking the issuer URL and client id from idp-issuer-url and client-id of the old entry (add --oidc-client-secret if it has a client-secret).".to_string(),
        _ => "auth-provider plugins are a legacy client-go mechanism; ask the provider of this cluster for its exec credential plugin (client.authentication.k8s.io) and configure it in a user.exec section.".to_string(),
    };
    format!("{head} {advice}")
}
