//! Unit tests of the kubeconfig package (schema, merging, selection, messages).

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::load::{expand_tilde, parse_yaml};
use super::merge::{Doc, Merged, Origin, parse_doc};
use super::schema::{Cluster, Context, User};
use super::select::{base64_encode, select};
use super::*;

fn loader(home: Option<&Path>, var: Option<&str>) -> Loader {
    Loader {
        home: home.map(Path::to_path_buf),
        cwd: std::env::current_dir().unwrap(),
        kubeconfig_var: var.map(str::to_string),
    }
}

fn from_yaml(yaml: &str, context: Option<&str>) -> Result<Selected> {
    loader(None, None).yaml(yaml, context)
}

fn from_value(doc: &Value, context: Option<&str>) -> Result<Selected> {
    loader(None, None).value(doc, context)
}

fn from_file(path: &str, context: Option<&str>, home: Option<&Path>) -> Result<Selected> {
    loader(home, None).file(path, context)
}

fn from_env(var: Option<&str>, home: Option<&Path>, context: Option<&str>) -> Result<Selected> {
    loader(home, var).variable(context)
}

const EXEC_YAML: &str = r#"
apiVersion: v1
kind: Config
preferences: {colors: true}
current-context: prod
clusters:
- name: prod
  unknownEntryField: 1
  cluster:
    server: https://prod.example:6443
    certificate-authority-data: Q0EK
    tls-server-name: api.prod
    proxy-url: http://proxy:3128
    disable-compression: true
    insecure-skip-tls-verify: false
    somethingNew: [1, 2]
    extensions:
    - name: other
      extension: {x: 1}
    - name: client.authentication.k8s.io/exec
      extension:
        audience: sts
        port: 8443
contexts:
- name: prod
  context: {cluster: prod, user: aws, namespace: default, extra: x}
users:
- name: aws
  user:
    futureField: {a: b}
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: [eks, get-token, --cluster-name, prod, "8080"]
      env: [{name: AWS_PROFILE, value: prod}]
      provideClusterInfo: true
      interactiveMode: Never
"#;

fn msg(r: Result<Selected>) -> String {
    let e = r.unwrap_err();
    assert!(matches!(e, AuthError::KubeConfig(_)), "{e:?}");
    let s = e.to_string();
    assert!(s.starts_with("Invalid kubeconfig: "), "{s}");
    s
}

fn has(s: &str, parts: &[&str]) {
    for p in parts {
        assert!(s.contains(p), "missing {p:?} in: {s}");
    }
}

fn with_user(user: Value) -> Value {
    json!({
        "current-context": "c",
        "contexts": [{"name": "c", "context": {"cluster": "k", "user": "u"}}],
        "clusters": [{"name": "k", "cluster": {"server": "https://k"}}],
        "users": [{"name": "u", "user": user}],
    })
}

#[test]
fn reads_the_full_schema_and_ignores_unknown_fields() {
    let s = from_yaml(EXEC_YAML, None).unwrap();
    assert_eq!(
        (s.context.as_str(), s.cluster_name.as_str()),
        ("prod", "prod")
    );
    assert_eq!(s.user_name, "aws");
    assert_eq!(s.exec["command"], "aws");
    assert_eq!(
        s.exec["args"][4],
        json!("8080"),
        "quoted numbers are strings"
    );
    assert_eq!(s.exec["args"][0], json!("eks"));
    assert_eq!(s.exec["provideClusterInfo"], json!(true));
    assert_eq!(s.base_dir, std::env::current_dir().unwrap());
    assert_eq!(
        s.cluster,
        ClusterInfo {
            server: Some("https://prod.example:6443".into()),
            tls_server_name: Some("api.prod".into()),
            insecure_skip_tls_verify: false,
            certificate_authority_data: Some("Q0EK".into()),
            proxy_url: Some("http://proxy:3128".into()),
            disable_compression: true,
            config: Some(r#"{"audience":"sts","port":8443}"#.into()),
        }
    );
    // The exec block passes unchanged (key order too) and validates.
    let keys: Vec<&String> = s.exec.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "apiVersion",
            "command",
            "args",
            "env",
            "provideClusterInfo",
            "interactiveMode"
        ]
    );
    crate::core::exec_config::ExecConfig::from_value(&s.exec).unwrap();
}

#[test]
fn json_form_kubeconfig_works() {
    let text = r#"{"apiVersion":"v1","current-context":"c",
          "clusters":[{"name":"k","cluster":{"server":"https://k","insecure-skip-tls-verify":true}}],
          "contexts":[{"name":"c","context":{"cluster":"k","user":"u"}}],
          "users":[{"name":"u","user":{"exec":{"command":"gke-gcloud-auth-plugin","env":null}}}]}"#;
    let s = from_yaml(text, None).unwrap();
    assert_eq!(
        s.exec,
        json!({"command": "gke-gcloud-auth-plugin", "env": null})
    );
    assert!(s.cluster.insecure_skip_tls_verify);
    assert_eq!(s.cluster.config, None);
    assert_eq!(s.cluster.certificate_authority_data, None);
}

#[test]
fn php_arrays_are_accepted() {
    // yaml_parse gives [] for {} and ints for numeric names.
    let doc = json!({
        "current-context": "",
        "preferences": [],
        "clusters": [{"name": 7, "cluster": []}],
        "contexts": {"3": {"name": "c", "context": {"cluster": 7, "user": "u"}}},
        "users": [{"name": "u", "user": {"exec": {"command": "x"}}}],
    });
    let s = from_value(&doc, Some("c")).unwrap();
    assert_eq!(s.cluster_name, "7");
    assert_eq!(s.cluster, ClusterInfo::default());
    let s = from_value(&with_user(json!({"exec": []})), None).unwrap();
    assert_eq!(s.exec, json!({}));
}

#[test]
fn unquoted_numbers_and_booleans_in_args_are_refused_as_kubectl_does() {
    let e = msg(from_yaml(
        "users: [{name: u, user: {exec: {command: x, args: [get-token, on]}}}]",
        None,
    ));
    has(
        &e,
        &[
            "users[0].user.exec.args[1]: expected a string, got a boolean",
            "quote the value",
        ],
    );
}

#[test]
fn yaml_merge_keys_and_yaml11_booleans() {
    let text = r#"
current-context: c
x-common: &common {command: kubelogin, args: [get-token]}
clusters: [{name: k, cluster: {server: https://k, insecure-skip-tls-verify: yes}}]
contexts: [{name: c, context: {cluster: k, user: u}}]
users:
- name: u
  user:
    exec:
      <<: *common
      apiVersion: client.authentication.k8s.io/v1
"#;
    let s = from_yaml(text, None).unwrap();
    assert_eq!(s.exec["command"], "kubelogin");
    assert_eq!(s.exec["args"], json!(["get-token"]));
    assert!(s.cluster.insecure_skip_tls_verify);
}

#[test]
fn explicit_context_beats_current_context() {
    let mut doc = with_user(json!({"exec": {"command": "x"}}));
    doc["contexts"]
        .as_array_mut()
        .unwrap()
        .push(json!({"name": "d", "context": {"cluster": "k", "user": "u"}}));
    assert_eq!(from_value(&doc, Some("d")).unwrap().context, "d");
    assert_eq!(from_value(&doc, Some("")).unwrap().context, "c");
    assert_eq!(from_value(&doc, None).unwrap().context, "c");
}

#[test]
fn base64_matches_rfc4648_vectors() {
    let cases: [(&[u8], &str); 8] = [
        (b"", ""),
        (b"f", "Zg=="),
        (b"fo", "Zm8="),
        (b"foo", "Zm9v"),
        (b"foob", "Zm9vYg=="),
        (b"fooba", "Zm9vYmE="),
        (b"foobar", "Zm9vYmFy"),
        (&[0xfb, 0xff, 0xfe], "+//+"),
    ];
    for (input, want) in cases {
        assert_eq!(base64_encode(input), want, "{input:?}");
    }
}

#[test]
fn tilde_expansion() {
    let home = Path::new("/home/me");
    assert_eq!(
        expand_tilde("~", Some(home)).unwrap(),
        PathBuf::from("/home/me")
    );
    assert_eq!(
        expand_tilde("~/.kube/config", Some(home)).unwrap(),
        PathBuf::from("/home/me/.kube/config")
    );
    assert_eq!(
        expand_tilde("~bob/config", Some(home)).unwrap(),
        PathBuf::from("~bob/config")
    );
    assert_eq!(
        expand_tilde("/etc/~/x", Some(home)).unwrap(),
        PathBuf::from("/etc/~/x")
    );
    assert_eq!(
        expand_tilde("rel/config", None).unwrap(),
        PathBuf::from("rel/config")
    );
    let e = expand_tilde("~/.kube/config", None)
        .unwrap_err()
        .to_string();
    has(&e, &["~/.kube/config", "HOME is not set"]);
}

fn doc(
    origin: usize,
    clusters: &[(&str, &str)],
    users: &[(&str, &str)],
    contexts: &[&str],
    current: Option<&str>,
) -> Doc {
    Doc {
        origin,
        clusters: clusters
            .iter()
            .map(|(n, server)| {
                (
                    n.to_string(),
                    Cluster {
                        server: Some(server.to_string()),
                        ..Default::default()
                    },
                )
            })
            .collect(),
        users: users
            .iter()
            .map(|(n, cmd)| {
                (
                    n.to_string(),
                    User {
                        exec: json!({"command": cmd}),
                        ..Default::default()
                    },
                )
            })
            .collect(),
        contexts: contexts
            .iter()
            .map(|n| {
                (
                    n.to_string(),
                    Context {
                        cluster: Some("k".into()),
                        user: Some("u".into()),
                        namespace: None,
                    },
                )
            })
            .collect(),
        current_context: current.map(str::to_string),
    }
}

#[test]
fn merge_first_definition_wins_and_first_current_context() {
    let mut m = Merged::default();
    for dir in ["/a", "/b", "/c"] {
        m.add_origin(Origin {
            label: format!("{dir}/config"),
            dir: PathBuf::from(dir),
        });
    }
    m.add(doc(0, &[("k", "https://first")], &[], &["c"], None));
    m.add(doc(
        1,
        &[("k", "https://second"), ("k2", "https://k2")],
        &[("u", "second-cmd")],
        &[],
        Some("c"),
    ));
    m.add(doc(2, &[], &[("u", "third-cmd")], &["c", "d"], Some("d")));
    let s = select(&m, None).unwrap();
    assert_eq!(
        s.context, "c",
        "current-context from the first file that sets one"
    );
    assert_eq!(s.cluster.server.as_deref(), Some("https://first"));
    assert_eq!(s.exec["command"], "second-cmd");
    assert_eq!(
        s.base_dir,
        PathBuf::from("/b"),
        "folder of the file defining the user"
    );
    let names: Vec<&str> = m.clusters.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["k", "k2"]);
    assert_eq!(m.contexts.iter().find(|e| e.name == "c").unwrap().origin, 0);
}

#[test]
fn later_same_named_entries_are_not_field_merged() {
    let a = r#"
clusters: [{name: k, cluster: {server: https://a}}]
"#;
    let b = r#"
current-context: c
clusters: [{name: k, cluster: {server: https://b, tls-server-name: b, proxy-url: http://p}}]
contexts: [{name: c, context: {cluster: k, user: u}}]
users: [{name: u, user: {exec: {command: x}}}]
"#;
    let mut m = Merged::default();
    for (i, text) in [a, b].iter().enumerate() {
        let o = m.add_origin(Origin {
            label: format!("f{i}"),
            dir: PathBuf::from("/"),
        });
        let v = parse_yaml(text, "t").unwrap();
        m.add(parse_doc(&v, o, "t").unwrap());
    }
    let s = select(&m, None).unwrap();
    assert_eq!(s.cluster.server.as_deref(), Some("https://a"));
    assert_eq!(s.cluster.tls_server_name, None);
    assert_eq!(s.cluster.proxy_url, None);
}

#[test]
fn empty_documents_say_so() {
    has(
        &msg(from_yaml("", None)),
        &["the kubeconfig string is empty"],
    );
    has(&msg(from_yaml("# just a comment\n", None)), &["is empty"]);
    has(
        &msg(from_value(&json!([]), None)),
        &["the kubeconfig array is empty"],
    );
    has(&msg(from_value(&Value::Null, None)), &["is empty"]);
}

#[test]
fn non_mapping_documents_are_refused() {
    has(
        &msg(from_yaml("- a\n- b\n", None)),
        &["not a kubeconfig", "got a list"],
    );
    has(
        &msg(from_yaml("just text", None)),
        &["not a kubeconfig", "got a string"],
    );
    has(&msg(from_value(&json!(false), None)), &["got a boolean"]);
}

#[test]
fn fifos_and_devices_are_refused_without_blocking() {
    let dir = std::env::temp_dir().join(format!("pk8s-fifo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fifo = dir.join("kubeconfig");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: mkfifo on a path in our own temp folder.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let e = msg(from_file(fifo.to_str().unwrap(), None, None));
    assert!(e.contains("not a regular file"), "{e}");
    let yaml = format!(
        "current-context: c\ncontexts: [{{name: c, context: {{cluster: k, user: u}}}}]\nclusters: [{{name: k, cluster: {{server: 'https://k', certificate-authority: {}}}}}]\nusers: [{{name: u, user: {{exec: {{command: aws}}}}}}]\n",
        fifo.display()
    );
    let e = msg(from_yaml(&yaml, None));
    assert!(e.contains("not a regular file"), "{e}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn yaml_syntax_errors_carry_line_and_column() {
    let e = msg(from_yaml(
        "clusters:\n- name: a\n  cluster: {server: [x\n",
        None,
    ));
    has(&e, &["the kubeconfig string", "YAML syntax error at line"]);
    let e = msg(from_yaml("a: b: c\n", None));
    has(&e, &["line 1, column 5", "mapping values are not allowed"]);
    assert!(!e.contains("at line 1 column 5"), "{e}");
    // Only the first document is read, as kubectl reads it.
    let two = "current-context: c\n---\ncurrent-context: d\n";
    has(&msg(from_yaml(two, None)), &["\"c\" was not found"]);
}

#[test]
fn wrong_types_name_the_entry_and_field_but_not_the_value() {
    let mut d = with_user(json!({"exec": {"command": "x"}}));
    d["clusters"][0]["cluster"]["server"] = json!(["https://k"]);
    has(
        &msg(from_value(&d, None)),
        &["clusters[0] (\"k\").cluster.server: expected a string, got a list"],
    );
    let mut d = with_user(json!({"exec": {"command": "x"}}));
    d["clusters"][0]["cluster"]["insecure-skip-tls-verify"] = json!("maybe");
    has(
        &msg(from_value(&d, None)),
        &["insecure-skip-tls-verify: expected true or false, got a string"],
    );
    let d = with_user(json!("s3cr3t-token"));
    let e = msg(from_value(&d, None));
    has(
        &e,
        &["users[0] (\"u\").user must be a mapping, got a string"],
    );
    assert!(!e.contains("s3cr3t"), "{e}");
    let d = with_user(json!({"auth-provider": "s3cr3t"}));
    let e = msg(from_value(&d, None));
    has(
        &e,
        &["user.auth-provider: expected a mapping, got a string"],
    );
    assert!(!e.contains("s3cr3t"), "{e}");
    let mut d = with_user(json!({"exec": {"command": "x"}}));
    d["contexts"] = json!("c");
    has(
        &msg(from_value(&d, None)),
        &["contexts must be a list", "got a string"],
    );
    let mut d = with_user(json!({"exec": {"command": "x"}}));
    d["clusters"][0]["cluster"]["extensions"] = json!([1]);
    has(
        &msg(from_value(&d, None)),
        &["cluster.extensions: item 0 must be a mapping"],
    );
}

#[test]
fn duplicate_names_in_one_file_are_refused() {
    let mut d = with_user(json!({"exec": {"command": "x"}}));
    d["users"]
        .as_array_mut()
        .unwrap()
        .push(json!({"name": "u", "user": {}}));
    has(&msg(from_value(&d, None)), &["users defines \"u\" twice"]);
}

#[test]
fn missing_current_context_lists_contexts() {
    let mut d = with_user(json!({"exec": {"command": "x"}}));
    d.as_object_mut().unwrap().remove("current-context");
    d["contexts"]
        .as_array_mut()
        .unwrap()
        .push(json!({"name": "staging", "context": {}}));
    has(
        &msg(from_value(&d, None)),
        &[
            "no context was given and current-context is not set",
            "available contexts: \"c\", \"staging\"",
        ],
    );
    has(
        &msg(from_yaml("kind: Config\n", None)),
        &["current-context is not set", "defines no contexts"],
    );
}

#[test]
fn not_found_names_and_lists() {
    let d = with_user(json!({"exec": {"command": "x"}}));
    has(
        &msg(from_value(&d, Some("nope"))),
        &[
            "context \"nope\" was not found in the kubeconfig array",
            "available contexts: \"c\"",
        ],
    );
    let mut d2 = d.clone();
    d2["current-context"] = json!("gone");
    has(
        &msg(from_value(&d2, None)),
        &["current-context", "\"gone\" was not found"],
    );
    let mut d2 = d.clone();
    d2["contexts"][0]["context"]["cluster"] = json!("missing-cluster");
    has(
        &msg(from_value(&d2, None)),
        &[
            "cluster \"missing-cluster\"",
            "named by context \"c\"",
            "not found",
            "available clusters: \"k\"",
        ],
    );
    let mut d2 = d.clone();
    d2["contexts"][0]["context"]["user"] = json!("missing-user");
    has(
        &msg(from_value(&d2, None)),
        &[
            "user \"missing-user\"",
            "not found",
            "available users: \"u\"",
        ],
    );
    let mut d2 = d.clone();
    d2["contexts"][0]["context"] = json!({"cluster": "k"});
    has(
        &msg(from_value(&d2, None)),
        &["context \"c\"", "names no user"],
    );
    let mut d2 = d;
    d2["contexts"][0]["context"] = json!({"user": "u"});
    has(
        &msg(from_value(&d2, None)),
        &["context \"c\"", "names no cluster"],
    );
}

#[test]
fn non_exec_users_say_what_they_have() {
    let cases = [
        (json!({"token": "s3cr3t"}), vec!["a bearer token (token)"]),
        (
            json!({"tokenFile": "/var/run/s3cr3t"}),
            vec!["a token file (tokenFile)"],
        ),
        (
            json!({"client-certificate-data": "s3cr3t", "client-key-data": "s3cr3t"}),
            vec!["a client certificate (client-certificate-data, client-key-data)"],
        ),
        (
            json!({"client-certificate": "/s3cr3t.crt", "client-key": "/s3cr3t.key"}),
            vec!["a client certificate (client-certificate, client-key)"],
        ),
        (
            json!({"username": "admin-s3cr3t", "password": "s3cr3t"}),
            vec!["basic authentication (username, password)"],
        ),
        (
            json!({"token": "s3cr3t", "password": "s3cr3t"}),
            vec!["a bearer token (token) and basic authentication (password)"],
        ),
        (json!({}), vec!["no credentials at all"]),
        (json!(null), vec!["no credentials at all"]),
        (json!({"token": ""}), vec!["no credentials at all"]),
    ];
    for (user, wants) in cases {
        let e = msg(from_value(&with_user(user.clone()), None));
        has(&e, &wants);
        has(
            &e,
            &[
                "user \"u\" (the kubeconfig array) has no exec section",
                "only handles exec users",
            ],
        );
        assert!(!e.contains("s3cr3t"), "{e}");
    }
}

#[test]
fn legacy_auth_providers_point_to_their_exec_plugin() {
    let secret_cfg = json!({"access-token": "s3cr3t", "client-secret": "s3cr3t", "id-token": "s3cr3t",
        "refresh-token": "s3cr3t", "idp-issuer-url": "https://issuer", "client-id": "cid"});
    let cases = [
        (
            "gcp",
            vec!["gke-gcloud-auth-plugin", "command: gke-gcloud-auth-plugin"],
        ),
        (
            "azure",
            vec!["kubelogin", "kubelogin convert-kubeconfig -l azurecli"],
        ),
        (
            "oidc",
            vec!["kubelogin", "kubectl oidc-login", "int128/kubelogin"],
        ),
        ("openstack", vec!["exec credential plugin", "user.exec"]),
    ];
    for (name, wants) in cases {
        let user = json!({"auth-provider": {"name": name, "config": secret_cfg}});
        let e = msg(from_value(&with_user(user), None));
        has(&e, &wants);
        has(
            &e,
            &[&format!("legacy auth-provider \"{name}\""), "user \"u\""],
        );
        assert!(!e.contains("s3cr3t"), "{e}");
    }
}

#[test]
fn exec_wins_over_other_credentials() {
    let s = from_value(
        &with_user(
            json!({"exec": {"command": "x"}, "token": "t", "auth-provider": {"name": "gcp"}}),
        ),
        None,
    )
    .unwrap();
    assert_eq!(s.exec, json!({"command": "x"}));
}

#[test]
fn missing_certificate_authority_file_is_an_error_with_the_resolved_path() {
    let mut d = with_user(json!({"exec": {"command": "x"}}));
    d["clusters"][0]["cluster"]["certificate-authority"] = json!("no-such-dir-kc/ca.crt");
    let e = msg(from_value(&d, None));
    let resolved = std::env::current_dir()
        .unwrap()
        .join("no-such-dir-kc/ca.crt");
    has(
        &e,
        &[
            &resolved.display().to_string(),
            "cluster \"k\"",
            "certificate-authority",
        ],
    );
    // Data wins over the file, which is then not read.
    d["clusters"][0]["cluster"]["certificate-authority-data"] = json!("Q0E=");
    let s = from_value(&d, None).unwrap();
    assert_eq!(
        s.cluster.certificate_authority_data.as_deref(),
        Some("Q0E=")
    );
}

#[test]
fn missing_file_names_path_and_reason() {
    let e = msg(from_file("/nonexistent-kc-dir/config", None, None));
    has(
        &e,
        &[
            "/nonexistent-kc-dir/config",
            "does not exist",
            "No such file or directory",
        ],
    );
    let e = msg(from_file(
        "~/.kube/nope-kc",
        None,
        Some(Path::new("/nonexistent-home")),
    ));
    has(&e, &["/nonexistent-home/.kube/nope-kc"]);
    has(&msg(from_file("~/x", None, None)), &["HOME is not set"]);
    has(&msg(from_file("", None, None)), &["path is empty"]);
}

#[test]
fn kubeconfig_of_only_separators_loads_nothing_like_kubectl() {
    let e = msg(from_env(Some(":"), Some(Path::new("/")), None));
    has(
        &e,
        &[
            "KUBECONFIG is set to \":\"",
            "lists no file",
            "unset KUBECONFIG",
        ],
    );
    let e = msg(from_env(Some("::"), None, None));
    has(&e, &["lists no file"]);
}

#[test]
fn env_defaults_and_missing_lists() {
    has(
        &msg(from_env(None, Some(Path::new("/nonexistent-home")), None)),
        &[
            "/nonexistent-home/.kube/config does not exist",
            "KUBECONFIG is not set",
        ],
    );
    has(
        &msg(from_env(Some(""), None, None)),
        &["neither KUBECONFIG nor HOME is set"],
    );
    has(
        &msg(from_env(
            Some("/nonexistent-a:/nonexistent-b::"),
            None,
            None,
        )),
        &["none of the files listed in KUBECONFIG exists: /nonexistent-a, /nonexistent-b"],
    );
    let many: Vec<String> = (0..5000).map(|i| format!("/nonexistent-{i}")).collect();
    let m = msg(from_env(Some(&many.join(":")), None, None));
    has(
        &m,
        &[
            "exists: /nonexistent-0, /nonexistent-1, /nonexistent-2, /nonexistent-3, /nonexistent-4, and 4995 more; fix KUBECONFIG",
        ],
    );
    assert!(m.len() < 400, "{} bytes", m.len());
}
