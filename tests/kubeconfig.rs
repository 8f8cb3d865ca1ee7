//! Kubeconfig loading against real files: KUBECONFIG merging, per-file base
//! folders, certificate-authority files, `~` expansion.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use php_k8s_auth::core::kubeconfig::{Loader, Selected};
use serde_json::json;

/// A fresh folder under the system temp folder, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "php-k8s-auth-kubeconfig-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn write(&self, rel: &str, text: &str) -> PathBuf {
        let path = self.0.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, text).unwrap();
        path
    }

    fn path(&self, rel: &str) -> String {
        self.0.join(rel).display().to_string()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn loader(home: Option<&Path>, var: Option<&str>) -> Loader {
    Loader {
        home: home.map(Path::to_path_buf),
        cwd: std::env::current_dir().unwrap(),
        kubeconfig_var: var.map(str::to_string),
    }
}

fn list(paths: &[String]) -> String {
    paths.join(":")
}

fn error(r: php_k8s_auth::core::Result<Selected>) -> String {
    r.unwrap_err().to_string()
}

const FIRST: &str = r#"
clusters:
- name: shared
  cluster:
    server: https://first.example
contexts:
- name: shared
  context: {cluster: shared, user: shared}
users:
- name: shared
  user:
    exec: {command: ./bin/first-plugin, apiVersion: client.authentication.k8s.io/v1}
"#;

const SECOND: &str = r#"
current-context: shared
clusters:
- name: shared
  cluster:
    server: https://second.example
    tls-server-name: second
- name: only-second
  cluster: {server: https://only-second.example}
contexts:
- name: shared
  context: {cluster: only-second, user: other}
- name: second-ctx
  context: {cluster: only-second, user: shared}
users:
- name: shared
  user:
    exec: {command: second-plugin}
- name: other
  user:
    token: never-shown
"#;

#[test]
fn first_file_wins_and_missing_files_are_skipped() {
    let tmp = TempDir::new("merge");
    tmp.write("a/config", FIRST);
    tmp.write("b/config", SECOND);
    let var = list(&[
        tmp.path("missing/config"),
        tmp.path("a/config"),
        String::new(),
        tmp.path("b/config"),
    ]);
    let s = loader(None, Some(&var)).variable(None).unwrap();
    // current-context comes from the second file (the first sets none), but
    // the context, cluster and user of that name come from the first file.
    assert_eq!(s.context, "shared");
    assert_eq!(s.cluster_name, "shared");
    assert_eq!(s.user_name, "shared");
    assert_eq!(s.cluster.server.as_deref(), Some("https://first.example"));
    assert_eq!(
        s.cluster.tls_server_name, None,
        "entries are not field-merged"
    );
    assert_eq!(
        s.exec["command"], "./bin/first-plugin",
        "command is not rewritten"
    );
    assert_eq!(s.base_dir, tmp.0.join("a"));

    // Entries only the second file defines are still there.
    let s = loader(None, Some(&var))
        .variable(Some("second-ctx"))
        .unwrap();
    assert_eq!(
        s.cluster.server.as_deref(),
        Some("https://only-second.example")
    );
    assert_eq!(s.exec["command"], "./bin/first-plugin");
    assert_eq!(s.base_dir, tmp.0.join("a"));

    // The order decides.
    let var = list(&[tmp.path("b/config"), tmp.path("a/config")]);
    let e = error(loader(None, Some(&var)).variable(None));
    assert!(e.contains("user \"other\""), "{e}");
    assert!(e.contains("a bearer token (token)"), "{e}");
    assert!(!e.contains("never-shown"), "{e}");
}

#[test]
fn current_context_comes_from_the_first_file_that_sets_one() {
    let tmp = TempDir::new("current");
    let body = |cc: &str| {
        format!(
            "{cc}\nclusters: [{{name: k, cluster: {{server: https://k}}}}]\n\
             contexts: [{{name: one, context: {{cluster: k, user: u}}}}, {{name: two, context: {{cluster: k, user: u}}}}]\n\
             users: [{{name: u, user: {{exec: {{command: p}}}}}}]\n"
        )
    };
    tmp.write("none", &body("current-context: \"\""));
    tmp.write("two", &body("current-context: two"));
    tmp.write("one", &body("current-context: one"));
    tmp.write("empty", "");
    let var = list(&[
        tmp.path("empty"),
        tmp.path("none"),
        tmp.path("two"),
        tmp.path("one"),
    ]);
    let s = loader(None, Some(&var)).variable(None).unwrap();
    assert_eq!(s.context, "two");
    let s = loader(None, Some(&var)).variable(Some("one")).unwrap();
    assert_eq!(s.context, "one");
}

#[test]
fn user_from_another_folder_gets_that_folder_as_base_dir() {
    let tmp = TempDir::new("basedir");
    tmp.write(
        "clusters/config",
        "current-context: c\nclusters: [{name: k, cluster: {server: https://k}}]\n\
         contexts: [{name: c, context: {cluster: k, user: u}}]\n",
    );
    tmp.write(
        "users/nested/config",
        "users: [{name: u, user: {exec: {command: ../plugins/get-token}}}]\n",
    );
    let var = list(&[tmp.path("clusters/config"), tmp.path("users/nested/config")]);
    let s = loader(None, Some(&var)).variable(None).unwrap();
    assert_eq!(s.base_dir, tmp.0.join("users/nested"));
    assert_eq!(s.exec, json!({"command": "../plugins/get-token"}));
    assert_eq!(s.cluster.server.as_deref(), Some("https://k"));
}

#[test]
fn none_of_the_listed_files_exists() {
    let tmp = TempDir::new("nofiles");
    let var = list(&[tmp.path("x"), tmp.path("y")]);
    let e = error(loader(None, Some(&var)).variable(None));
    assert!(e.starts_with("Invalid kubeconfig: "), "{e}");
    assert!(
        e.contains(&tmp.path("x")) && e.contains(&tmp.path("y")),
        "{e}"
    );
}

#[test]
fn default_file_is_home_kube_config() {
    let tmp = TempDir::new("home");
    tmp.write(
        ".kube/config",
        "current-context: c\nclusters: [{name: k, cluster: {}}]\n\
         contexts: [{name: c, context: {cluster: k, user: u}}]\n\
         users: [{name: u, user: {exec: {command: p}}}]\n",
    );
    for var in [None, Some("")] {
        let s = loader(Some(&tmp.0), var).variable(None).unwrap();
        assert_eq!(s.base_dir, tmp.0.join(".kube"));
    }
}

#[test]
fn certificate_authority_file_is_read_relative_to_the_cluster_file() {
    let tmp = TempDir::new("ca");
    // Only the PEM framing is checked (a file without a certificate block is refused).
    let pem = "-----BEGIN CERTIFICATE-----\nZm9vYmFy\n-----END CERTIFICATE-----\n";
    tmp.write("kube/certs/ca.crt", pem);
    // The cluster is defined in kube/config; the user in another folder.
    tmp.write(
        "kube/config",
        "current-context: c\nclusters:\n- name: k\n  cluster:\n    server: https://k\n    certificate-authority: certs/ca.crt\n\
         contexts: [{name: c, context: {cluster: k, user: u}}]\n",
    );
    tmp.write(
        "other/config",
        "users: [{name: u, user: {exec: {command: p}}}]\n",
    );
    let var = list(&[tmp.path("kube/config"), tmp.path("other/config")]);
    let s = loader(None, Some(&var)).variable(None).unwrap();
    use base64::Engine;
    let encoded = base64::engine::general_purpose::STANDARD.encode(pem);
    assert_eq!(
        s.cluster.certificate_authority_data.as_deref(),
        Some(encoded.as_str())
    );
    assert_eq!(s.base_dir, tmp.0.join("other"));

    // An absolute path works too; a missing file names the resolved path.
    let abs = tmp.path("kube/certs/ca.crt");
    let cfg = format!(
        "current-context: c\nclusters: [{{name: k, cluster: {{certificate-authority: {abs}}}}}]\n\
         contexts: [{{name: c, context: {{cluster: k, user: u}}}}]\n\
         users: [{{name: u, user: {{exec: {{command: p}}}}}}]\n"
    );
    let file = tmp.write("abs/config", &cfg);
    let s = loader(None, None)
        .file(file.to_str().unwrap(), None)
        .unwrap();
    assert_eq!(
        s.cluster.certificate_authority_data.as_deref(),
        Some(encoded.as_str())
    );

    let file = tmp.write("missing/config", &cfg.replace(&abs, "nope/ca.crt"));
    let e = error(loader(None, None).file(file.to_str().unwrap(), None));
    assert!(e.contains(&tmp.path("missing/nope/ca.crt")), "{e}");

    // Any other readable file (a .env, /proc/self/environ) is refused unread into the message.
    tmp.write("kube/certs/env", "APP_KEY=base64:s3cr3t\n");
    let file = tmp.write(
        "env/config",
        &cfg.replace(&abs, &tmp.path("kube/certs/env")),
    );
    let e = error(loader(None, None).file(file.to_str().unwrap(), None));
    assert!(
        e.contains("holds no PEM certificate") && !e.contains("s3cr3t"),
        "{e}"
    );
}

#[test]
fn exec_extension_becomes_cluster_config() {
    let tmp = TempDir::new("ext");
    let file = tmp.write(
        "config",
        r#"
current-context: c
clusters:
- name: k
  cluster:
    server: https://k
    extensions:
    - name: client.authentication.k8s.io/exec
      extension:
        audience: https://sts.example
        retries: 3
        nested: {ok: true}
contexts: [{name: c, context: {cluster: k, user: u}}]
users:
- name: u
  user:
    exec:
      command: p
      provideClusterInfo: true
"#,
    );
    let s = loader(None, None)
        .file(file.to_str().unwrap(), None)
        .unwrap();
    // Keys sorted, as kubectl's JSON encoder writes a map.
    assert_eq!(
        s.cluster.config.as_deref(),
        Some(r#"{"audience":"https://sts.example","nested":{"ok":true},"retries":3}"#)
    );
    assert_eq!(s.base_dir, tmp.0);
}

#[test]
fn tilde_path_is_expanded_with_home() {
    let home = TempDir::new("tilde");
    home.write(
        "x/config",
        "current-context: c\nclusters: [{name: k, cluster: {server: https://k}}]\n\
         contexts: [{name: c, context: {cluster: k, user: u}}]\n\
         users: [{name: u, user: {exec: {command: bin/p}}}]\n",
    );
    let s = loader(Some(&home.0), None)
        .file("~/x/config", None)
        .unwrap();
    assert_eq!(s.base_dir, home.0.join("x"));
    assert_eq!(s.cluster.server.as_deref(), Some("https://k"));

    let e = error(loader(Some(&home.0), None).file("~/x/other", None));
    assert!(e.contains(&home.path("x/other")), "{e}");
    assert!(e.contains("No such file or directory"), "{e}");
}

#[test]
fn file_errors_name_the_file() {
    let tmp = TempDir::new("errors");
    let empty = tmp.write("empty", "");
    let e = error(loader(None, None).file(empty.to_str().unwrap(), None));
    assert!(e.contains(&format!("{} is empty", empty.display())), "{e}");

    let bad = tmp.write("bad", "clusters:\n  - name: a\n   cluster: x\n");
    let e = error(loader(None, None).file(bad.to_str().unwrap(), None));
    assert!(e.contains(&bad.display().to_string()), "{e}");
    assert!(e.contains("YAML syntax error at line 3"), "{e}");

    // A folder where a file was expected gives the OS reason.
    let e = error(loader(None, None).file(&tmp.path(""), None));
    assert!(e.contains("cannot be read"), "{e}");

    // An unreadable file in KUBECONFIG is an error, not skipped.
    let var = list(&[tmp.path(""), tmp.path("nope")]);
    let e = error(loader(None, Some(&var)).variable(None));
    assert!(e.contains("cannot be read"), "{e}");

    // Errors from later files in the list name that file.
    let good = tmp.write("good", FIRST);
    let var = list(&[good.display().to_string(), bad.display().to_string()]);
    let e = error(loader(None, Some(&var)).variable(None));
    assert!(e.contains(&bad.display().to_string()), "{e}");
}

#[test]
fn yaml_string_and_array_use_the_working_folder() {
    let yaml = "current-context: c\nclusters: [{name: k, cluster: {}}]\n\
                contexts: [{name: c, context: {cluster: k, user: u}}]\n\
                users: [{name: u, user: {exec: {command: ./p}}}]\n";
    let cwd = std::env::current_dir().unwrap();
    let s = loader(None, None).yaml(yaml, None).unwrap();
    assert_eq!(s.base_dir, cwd);
    let doc: serde_json::Value = php_k8s_auth::core::yaml::parse(yaml).unwrap();
    let s = loader(None, None).value(&doc, None).unwrap();
    assert_eq!(s.base_dir, cwd);
    assert_eq!(Path::new(&s.base_dir), cwd.as_path());
}
