//! The static members of `ExecCredentialProvider` the extension adds: the
//! kubeconfig constructors (`fromKubeConfig…`) and the cache functions.

use ext_php_rs::args::Arg;
use ext_php_rs::builders::FunctionBuilder;
use ext_php_rs::flags::{DataType, MethodFlags};
use ext_php_rs::types::{ZendObject, Zval};
use ext_php_rs::zend::{ClassEntry, ExecuteData};
use serde_json::Value;

use super::args;
use super::boundary::handler;
use super::convert;
use super::errors::{self, exception_pending};
use super::exec_provider::{CLASS, ce, php_cwd, state_of};
use super::ffi;
use super::members;
use super::settings;
use crate::core::credential_cache::{self, HostState};
use crate::core::host_cache::HostStats;
use crate::core::kubeconfig;
use crate::core::{AuthError, Result};

const CONSTRUCTORS: [&str; 4] = [
    "fromKubeConfigYamlFile",
    "fromKubeConfigYaml",
    "fromKubeConfigArray",
    "fromKubeConfigVariable",
];

/// `static fromKubeConfig…(<source>, ?string $context = null): static`.
fn kubeconfig_ctor(
    name: &str,
    handler: extern "C" fn(&mut ExecuteData, &mut Zval),
    source: Option<(&str, DataType)>,
) -> FunctionBuilder<'static> {
    let mut f = FunctionBuilder::new(name, handler);
    if let Some((arg, ty)) = source {
        f = f.arg(Arg::new(arg, ty));
    }
    f.arg(
        Arg::new("context", DataType::String)
            .allow_null()
            .default("null"),
    )
    .required_args(usize::from(source.is_some()))
    .returns(DataType::Mixed, false, false)
}

/// The methods, with their flags, for the class builder.
pub fn methods() -> Vec<(FunctionBuilder<'static>, MethodFlags)> {
    let public_static = MethodFlags::Public | MethodFlags::Static;
    vec![
        (
            kubeconfig_ctor(
                CONSTRUCTORS[0],
                from_kubeconfig_yaml_file,
                Some(("path", DataType::String)),
            ),
            public_static,
        ),
        (
            kubeconfig_ctor(
                CONSTRUCTORS[1],
                from_kubeconfig_yaml,
                Some(("yaml", DataType::String)),
            ),
            public_static,
        ),
        (
            kubeconfig_ctor(
                CONSTRUCTORS[2],
                from_kubeconfig_array,
                Some(("kubeconfig", DataType::Array)),
            ),
            public_static,
        ),
        (
            kubeconfig_ctor(CONSTRUCTORS[3], from_kubeconfig_variable, None),
            public_static,
        ),
        (
            FunctionBuilder::new("clearCache", clear_cache).returns(DataType::Void, false, false),
            public_static,
        ),
        (
            FunctionBuilder::new("cacheStats", cache_stats).returns(DataType::Array, false, false),
            public_static,
        ),
        (
            FunctionBuilder::new("forget", forget)
                .arg(Arg::new("token", DataType::String))
                .returns(DataType::Long, false, false),
            public_static,
        ),
    ]
}

/// Registration patches: `static` return types, sensitive sources.
pub fn patch(ce: &mut ClassEntry) {
    for m in CONSTRUCTORS {
        ffi::return_static(ce, m);
    }
    ffi::sensitive_parameter(ce, "fromKubeConfigYaml", 0);
    ffi::sensitive_parameter(ce, "fromKubeConfigArray", 0);
    ffi::sensitive_parameter(ce, "forget", 0);
}

/// `new static($exec)` for an exec user picked out of a kubeconfig, then the
/// kubeconfig's folder and cluster are attached to the new provider.
fn construct_from(ex: &ExecuteData, retval: &mut Zval, selected: Result<kubeconfig::Selected>) {
    let selected = match selected {
        Ok(s) => s,
        Err(e) => return errors::throw(&e),
    };
    let class = ffi::called_class(ex, ce());
    // As `new static(...)` inside this class's method would.
    if let Some(message) = ffi::cannot_instantiate(class, ce()) {
        return errors::error(message);
    }
    let mut obj = ZendObject::new(class);
    let exec = convert::from_json(&selected.exec);
    let _ = obj.try_call_method("__construct", vec![&exec]);
    if exception_pending() {
        return;
    }
    let Some(state) = state_of(&mut obj) else {
        return;
    };
    std::sync::Arc::make_mut(&mut state.core.config).base_dir = Some(selected.base_dir);
    // As PHP K8s's loader calls setClusterInfo(): only when the plugin is
    // to be told the cluster.
    let shown = state
        .core
        .config
        .provide_cluster_info
        .then(|| convert::from_json(&Value::Object(selected.cluster.to_full_json())));
    state.core.cluster = Some(selected.cluster);
    if let Some(shown) = shown {
        let written = members::set_cluster_info(ce(), &mut obj, shown);
        if let Some(state) = state_of(&mut obj) {
            state.set_written(written);
        }
    }
    let _ = ext_php_rs::convert::IntoZval::set_zval(obj, retval, false);
}

/// The kubeconfig loader as this request sees it: PHP's working folder.
fn loader() -> kubeconfig::Loader {
    kubeconfig::Loader::from_process(php_cwd())
}

fn name(method: &str) -> String {
    format!("{CLASS}::{method}")
}

handler!(
    from_kubeconfig_yaml_file,
    "ExecCredentialProvider::fromKubeConfigYamlFile()",
    |ex, retval| {
        let m = name("fromKubeConfigYamlFile");
        if !args::accept(ex) {
            return;
        }
        let Some(Some(path)) = args::string(ex, &m, 0, "path", false) else {
            return;
        };
        let Some(context) = args::string(ex, &m, 1, "context", true) else {
            return;
        };
        let selected = loader().file(&path, context.as_deref());
        construct_from(ex, retval, selected);
    }
);

handler!(
    from_kubeconfig_yaml,
    "ExecCredentialProvider::fromKubeConfigYaml()",
    |ex, retval| {
        let m = name("fromKubeConfigYaml");
        if !args::accept(ex) {
            return;
        }
        let Some(Some(yaml)) = args::string(ex, &m, 0, "yaml", false) else {
            return;
        };
        let Some(context) = args::string(ex, &m, 1, "context", true) else {
            return;
        };
        construct_from(ex, retval, loader().yaml(&yaml, context.as_deref()));
    }
);

handler!(
    from_kubeconfig_array,
    "ExecCredentialProvider::fromKubeConfigArray()",
    |ex, retval| {
        let m = name("fromKubeConfigArray");
        if !args::accept(ex) {
            return;
        }
        let Some(arg) = args::array(ex, &m, 0, "kubeconfig") else {
            return;
        };
        let doc = convert::to_json_map(arg, "kubeconfig").map_err(AuthError::KubeConfig);
        let Some(context) = args::string(ex, &m, 1, "context", true) else {
            return;
        };
        let selected = doc.and_then(|d| loader().value(&d, context.as_deref()));
        construct_from(ex, retval, selected);
    }
);

handler!(
    from_kubeconfig_variable,
    "ExecCredentialProvider::fromKubeConfigVariable()",
    |ex, retval| {
        let m = name("fromKubeConfigVariable");
        if !args::accept(ex) {
            return;
        }
        let Some(context) = args::string(ex, &m, 0, "context", true) else {
            return;
        };
        let selected = loader().variable(context.as_deref());
        construct_from(ex, retval, selected);
    }
);

handler!(
    clear_cache,
    "ExecCredentialProvider::clearCache()",
    |_ex, _retval| {
        // This process's entries and, when in use, the host-wide ones.
        let host = credential_cache::current_host_state(&settings::current());
        credential_cache::global().clear(host.cache());
    }
);

handler!(
    cache_stats,
    "ExecCredentialProvider::cacheStats()",
    |_ex, retval| {
        let s = credential_cache::global().stats();
        let mut map = serde_json::Map::new();
        for (k, v) in [
            ("entries", s.entries),
            ("hits", s.hits),
            ("misses", s.misses),
            ("plugin_runs", s.plugin_runs),
            ("failures", s.failures),
            ("throttled", s.throttled),
        ] {
            map.insert(k.into(), Value::from(v));
        }
        map.insert(
            "last_run_ms".into(),
            Value::from(s.last_run_micros as f64 / 1000.0),
        );
        map.insert("host".into(), host_stats(&settings::current()));
        *retval = convert::from_json(&Value::Object(map));
    }
);

handler!(forget, "ExecCredentialProvider::forget()", |ex, retval| {
    // "The cluster rejected this token". Any bytes are accepted: the token
    // is only hashed (keyed), never kept, logged or put in a message.
    let m = name("forget");
    if !args::accept(ex) {
        return;
    }
    let Some(Some(token)) = args::bytes(ex, &m, 0, "token") else {
        return;
    };
    let host = credential_cache::current_host_state(&settings::current());
    let dropped = credential_cache::global().forget(&token, host.cache());
    retval.set_long(i64::try_from(dropped).unwrap_or(i64::MAX));
});

/// `cacheStats()['host']`: the host-wide cache's state and figures, summed
/// over every process of the user (zeros unless it is on).
pub fn host_stats(settings: &crate::core::settings::Settings) -> Value {
    let (state, reason, path, s) = match credential_cache::current_host_state(settings) {
        HostState::Off(_) => ("off", None, None, HostStats::default()),
        HostState::Unavailable(r) => (
            "unavailable",
            Some(r.to_string()),
            None,
            HostStats::default(),
        ),
        HostState::On(h) => (
            "on",
            None,
            Some(h.path().to_string_lossy().into_owned()),
            h.stats(),
        ),
    };
    serde_json::json!({
        "state": state,
        "reason": reason,
        "path": path,
        "entries": s.entries,
        "plugin_runs": s.plugin_runs,
        "failures": s.failures,
        "background_refreshes": s.background_refreshes,
        "waited": s.waited,
    })
}
