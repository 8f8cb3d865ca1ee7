//! `ExecCredentialProvider`: a native object whose state (configuration and
//! credential) lives in Rust, next to the PHP object it belongs to. The token
//! is never stored in a PHP property, so no dump, cast or trace can show it.

use std::sync::Arc;

use ext_php_rs::args::Arg;
use ext_php_rs::builders::{ClassBuilder, FunctionBuilder};
use ext_php_rs::flags::{DataType, MethodFlags};
use ext_php_rs::types::{ZendCallable, ZendObject, Zval};
use ext_php_rs::zend::{ClassEntry, ExecuteData};
use serde_json::Value;

use super::args;
use super::boundary::handler;
use super::config_memo;
use super::convert;
use super::errors::{self, exception_pending};
use super::expires_at;
use super::ffi::{self, ClassSlot, Native};
use super::loaders;
use super::members::{self, Written};
use super::settings;
use super::token_provider::{self, refresh_buffer};
use crate::core::cluster_info::ClusterInfo;
use crate::core::credential::Credential;
use crate::core::credential_cache::{self, Fetched};
use crate::core::exec_config::ExecConfig;
use crate::core::expiry;
use crate::core::provider::{ExecProvider, Host};
use crate::core::whoami;
use crate::core::{AuthError, Result};

pub const CLASS: &str = "RenokiCo\\PhpK8s\\Auth\\ExecCredentialProvider";

static CE: ClassSlot = ClassSlot::new();

pub fn ce() -> &'static ClassEntry {
    CE.get()
}

/// The Rust half of a provider object.
pub struct State {
    pub core: ExecProvider,
    /// The credential held, with the cache entry it came from (whether it
    /// is still usable is the core's rule: `Fetched::usable_at`).
    held: Option<Fetched>,
    /// The token as a PHP string, handed out by reference count on every call.
    token: Zval,
    /// What the protected properties held when we last wrote them.
    written: Option<Written>,
    /// The token the last refresh stored; kept when a re-configuration
    /// forgets the credential, for a subclass's refresh() that re-configures
    /// after parent::refresh() (PHP's class returns the token just stored).
    refreshed: Zval,
    /// The expiry `$expiresAt` stands for while its slot is left
    /// uninitialised until something reads it (see `expires_at`).
    pub expires_pending: Option<expiry::Micros>,
}

impl State {
    fn new(core: ExecProvider) -> Self {
        State {
            core,
            held: None,
            token: Zval::null(),
            written: None,
            refreshed: Zval::null(),
            expires_pending: None,
        }
    }

    /// The state of a `clone`: same configuration and credential.
    pub fn duplicate(&self) -> State {
        State {
            core: self.core.clone(),
            held: self.held.clone(),
            token: self.token.shallow_clone(),
            written: self.written.as_ref().map(Written::duplicate),
            refreshed: self.refreshed.shallow_clone(),
            expires_pending: self.expires_pending,
        }
    }

    pub fn set_written(&mut self, written: Written) {
        self.written = Some(written);
    }

    fn forget_credential(&mut self) {
        self.held = None;
        self.token = Zval::null();
    }

    fn credential(&self) -> Option<&Arc<Credential>> {
        self.held.as_ref().map(|h| &h.credential)
    }

    /// Whether the held token can be handed out as it is.
    #[inline]
    fn held_and_valid(&self, buffer: i64) -> bool {
        self.token.is_string()
            && self
                .held
                .as_ref()
                .is_some_and(|h| h.usable_at(expiry::coarse_now_micros(), buffer))
    }
}

/// The state of `obj` when it has one; never throws (for object handlers).
pub fn state_quiet(obj: &mut ZendObject) -> Option<&mut State> {
    match ffi::native(obj) {
        Native::Ready(s) => Some(s),
        _ => None,
    }
}

/// The state of `$this`, or `None` after throwing an `Error` (a subclass
/// constructor that never called `parent::__construct()`).
pub fn state_of(obj: &mut ZendObject) -> Option<&mut State> {
    match ffi::native(obj) {
        Native::Ready(s) => Some(s),
        Native::Foreign => {
            errors::error(format!("{CLASS} method called on a foreign object"));
            None
        }
        Native::Uninitialised => {
            errors::error(format!(
                "{CLASS} is not initialised: a subclass constructor must call parent::__construct($execConfig)"
            ));
            None
        }
    }
}

fn method(
    name: &str,
    handler: extern "C" fn(&mut ExecuteData, &mut Zval),
) -> FunctionBuilder<'static> {
    FunctionBuilder::new(name, handler)
}

pub fn register() -> ext_php_rs::error::Result<()> {
    let public = MethodFlags::Public;
    let mut class = ClassBuilder::new(CLASS)
        .extends((
            token_provider::token_provider_ce,
            token_provider::TOKEN_PROVIDER,
        ))
        .method(
            method("__construct", construct).arg(Arg::new("execConfig", DataType::Array)),
            public,
        )
        .method(
            method("getToken", get_token).returns(DataType::String, false, false),
            public,
        )
        .method(
            method("isExpired", is_expired).returns(DataType::Bool, false, false),
            public,
        )
        .method(
            method("refresh", refresh).returns(DataType::Void, false, false),
            public,
        )
        .method(
            method("setClusterInfo", set_cluster_info)
                .arg(Arg::new("clusterInfo", DataType::Array))
                .returns(DataType::Mixed, false, false),
            public,
        )
        .method(
            method("getClusterInfo", get_cluster_info).returns(DataType::Array, false, false),
            public,
        )
        .method(
            method("getClientCertificateData", get_client_certificate_data).returns(
                DataType::String,
                false,
                true,
            ),
            public,
        )
        .method(
            method("getClientKeyData", get_client_key_data).returns(DataType::String, false, true),
            public,
        )
        .method(
            method("forgetCredential", forget_credential).returns(DataType::Bool, false, false),
            public,
        )
        .method(
            method("whoami", whoami).returns(DataType::Array, false, false),
            public,
        )
        .method(
            method("parseExecCredential", parse_exec_credential)
                .arg(Arg::new("output", DataType::String))
                .returns(DataType::Void, false, false),
            MethodFlags::Protected,
        );
    for (m, flags) in loaders::methods() {
        class = class.method(m, flags);
    }
    class
        .registration(|ce, args| {
            std::mem::forget(args);
            ffi::return_static(ce, "setClusterInfo");
            loaders::patch(ce);
            ffi::sensitive_parameter(ce, "__construct", 0);
            // The plugin's stdout (the token) and the cluster's CA data
            // must not show in a trace's arguments.
            ffi::sensitive_parameter(ce, "parseExecCredential", 0);
            ffi::sensitive_parameter(ce, "setClusterInfo", 0);
            ffi::forbid_serialization(ce);
            members::declare(ce);
            ffi::install_native_layout(ce, members::mask);
            CE.set(ce);
        })
        .register()
}

/// Runs a slow-path body (one that may start a plugin or call PHP code) with
/// PHP fatal errors passed on as the engine expects and core errors thrown
/// as `AuthenticationException`.
fn slow_path(what: &str, f: impl FnOnce() -> Result<()>) {
    let result = ext_php_rs::zend::try_catch(std::panic::AssertUnwindSafe(f));
    // Plugin runs of this call (and of background refreshes) queued their
    // log lines; this is the request thread, so write them now.
    super::log::flush();
    match result {
        Ok(Ok(())) => {}
        Ok(Err(e)) => errors::throw(&e),
        Err(ext_php_rs::zend::CatchError::Bailout) => ffi::rethrow_bailout(),
        Err(other) => errors::throw_internal(what, &other.to_string()),
    }
}

/// The method's array argument, converted and validated by `parse`;
/// `None` after throwing (TypeError, ArgumentCountError or the core's error).
/// `method` is qualified (`Class::method`).
fn parsed_array_arg<T>(
    ex: &mut ExecuteData,
    method: &str,
    name: &str,
    invalid: fn(String) -> AuthError,
    parse: fn(&Value) -> Result<T>,
) -> Option<(Value, T)> {
    if !args::accept(ex) {
        return None;
    }
    let arg = args::array(ex, method, 0, name)?;
    match convert::to_json_map(arg, name)
        .map_err(invalid)
        .and_then(|v| parse(&v).map(|t| (v, t)))
    {
        Ok(t) => Some(t),
        Err(e) => {
            errors::throw(&e);
            None
        }
    }
}

handler!(
    construct,
    "ExecCredentialProvider::__construct()",
    |ex, _retval| {
        if !args::accept(ex) {
            return;
        }
        let Some(arg) = args::array(
            ex,
            "RenokiCo\\PhpK8s\\Auth\\ExecCredentialProvider::__construct",
            0,
            "execConfig",
        ) else {
            return;
        };
        let parsed = config_memo::parsed(arg, || {
            let given = convert::to_json_map(arg, "execConfig").map_err(AuthError::Config)?;
            let config = ExecConfig::from_value(&given)?;
            Ok::<_, AuthError>((given, config))
        });
        let parsed = match parsed {
            Ok(p) => p,
            Err(e) => {
                errors::throw(&e);
                return;
            }
        };
        let Some(this) = ex.get_self() else { return };
        let written = members::populate(ce(), this, &parsed.given, &parsed.config);
        let mut state = State::new(ExecProvider::shared(Arc::clone(&parsed.config)));
        state.written = Some(written);
        if let ffi::Native::Ready(old) = ffi::native(this) {
            state.refreshed = old.refreshed.shallow_clone();
            state.expires_pending = old.expires_pending;
        }
        // A second __construct() call replaces the old state.
        ffi::set_native(this, state);
    }
);

/// Fetches a credential (from the shared cache, or by running the plugin;
/// `force` always runs it) and installs it on `this`.
fn refresh_native(this: &mut ZendObject, force: bool) -> Result<()> {
    let buffer = refresh_buffer(this);
    let settings = settings::current();
    settings.usable()?;
    sync_from_properties(this)?;
    // Checked once per refresh; the native class takes the cached path.
    let custom_parse = ffi::overrides(this, "parseexeccredential", ce());
    let Some(state) = state_of(this) else {
        return Ok(());
    };
    let cwd = if state.core.needs_working_folder() {
        php_cwd()
    } else {
        None
    };
    let host = Host::current(settings.limits, cwd, state.core.config.interactive_mode);
    if custom_parse {
        // As PHP K8s's refresh(): the subclass's parseExecCredential() gets
        // the plugin's stdout (binary-safe) and decides what it means.
        let stdout = state.core.fetch_output(&host, &settings)?;
        let mut output = Zval::new();
        output.set_binary(stdout);
        let _ = this.try_call_method("parseExecCredential", vec![&output]);
        return Ok(());
    }
    let fetched = state
        .core
        .fetch(&host, &settings, credential_cache::global(), buffer, force)?;
    if let Some(expires) = install(state, fetched) {
        expires_at::set(this, expires);
    }
    Ok(())
}

/// Takes in what a subclass changed in the protected properties.
fn sync_from_properties(this: &mut ZendObject) -> Result<()> {
    let Some(state) = state_of(this) else {
        return Ok(());
    };
    let Some(written) = state.written.take() else {
        return Ok(());
    };
    // The usual case, without a copy of the configuration.
    if members::unchanged(this, &written) {
        if let Some(state) = state_of(this) {
            state.written = Some(written);
        }
        return Ok(());
    }
    let Some(state) = state_of(this) else {
        return Ok(());
    };
    let config = state.core.config.clone();
    let outcome = members::changed(this, &written, &config);
    let Some(state) = state_of(this) else {
        return Ok(());
    };
    match outcome {
        Ok(None) => state.written = Some(written),
        Ok(Some((config, cluster, now))) => {
            state.core.config = Arc::new(config);
            if let Some(cluster) = cluster {
                state.core.cluster = cluster;
            }
            state.forget_credential();
            state.written = Some(now);
        }
        Err(e) => {
            state.written = Some(written);
            return Err(e);
        }
    }
    Ok(())
}

/// Takes the fetched credential; `Some(its expiry)` when it is a new one.
fn install(state: &mut State, fetched: Fetched) -> Option<Option<expiry::Micros>> {
    let same = state
        .credential()
        .is_some_and(|c| Arc::ptr_eq(c, &fetched.credential));
    let credential = fetched.credential.clone();
    state.held = Some(fetched);
    if same {
        return None;
    }
    let mut token = Zval::new();
    let _ = token.set_string(credential.token.expose(), false);
    state.refreshed = token.shallow_clone();
    state.token = token;
    Some(credential.expires_at)
}

/// PHP's working folder: under ZTS `chdir()` moves only the thread's own
/// (virtual) one, so the process's may be somewhere else.
pub fn php_cwd() -> Option<std::path::PathBuf> {
    ZendCallable::try_from_name("getcwd")
        .ok()
        .and_then(|f| f.try_call(vec![]).ok())
        .and_then(|z| z.string())
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::current_dir().ok())
}

/// Brings the credential up to date through `refresh()`, dispatched to a PHP
/// override when there is one.
fn ensure_fresh(this: &mut ZendObject) -> Result<()> {
    if ffi::overrides(this, "refresh", ce()) {
        let _ = this.try_call_method("refresh", vec![]);
        return Ok(());
    }
    refresh_native(this, false)
}

handler!(
    get_token,
    "ExecCredentialProvider::getToken()",
    |ex, retval| {
        let Some(this) = ex.get_self() else { return };
        let buffer = refresh_buffer(this);
        let subclass = !std::ptr::eq(this.ce, ce());
        let Some(state) = state_of(this) else { return };
        if state.held_and_valid(buffer) && !subclass {
            *retval = state.token.shallow_clone();
            return;
        }
        if subclass
            && (ffi::overrides(this, "refresh", ce())
                || ffi::overrides(this, "isexpired", ce())
                || ffi::overrides(this, "parseexeccredential", ce()))
        {
            token_provider::get_token_dispatched(
                this,
                retval,
                CLASS,
                current_token,
                refreshed_token,
            );
            return;
        }
        if let Some(state) = state_of(this)
            && state.held_and_valid(buffer)
        {
            *retval = state.token.shallow_clone();
            return;
        }
        slow_path("ExecCredentialProvider::getToken()", || {
            refresh_native(this, false)
        });
        if exception_pending() {
            return;
        }
        if let Some(state) = state_of(this) {
            *retval = state.token.shallow_clone();
        }
    }
);

/// After a subclass's refresh(): the current token, else the one its
/// parent::refresh() stored before the subclass re-configured the provider.
fn refreshed_token(this: &mut ZendObject) -> Option<Zval> {
    current_token(this).or_else(|| {
        state_of(this)
            .map(|s| s.refreshed.shallow_clone())
            .filter(Zval::is_string)
    })
}

/// The token a PHP subclass ends up with: the native one, or the `$token`
/// property its own `refresh()` may have set.
fn current_token(this: &mut ZendObject) -> Option<Zval> {
    let state = state_of(this)?;
    if state.token.is_string() {
        return Some(state.token.shallow_clone());
    }
    token_provider::token_property(this)
}

handler!(
    is_expired,
    "ExecCredentialProvider::isExpired()",
    |ex, retval| {
        let Some(this) = ex.get_self() else { return };
        let buffer = refresh_buffer(this);
        let Some(state) = state_of(this) else { return };
        let Some(credential) = state.credential() else {
            // A subclass's own refresh() may have set $this->expiresAt.
            if let Some(expired) = token_provider::expired_from_property(this) {
                retval.set_bool(expired);
            }
            return;
        };
        retval.set_bool(expiry::is_expired(
            credential.expires_at,
            expiry::coarse_now_micros(),
            buffer,
        ));
    }
);

handler!(
    refresh,
    "ExecCredentialProvider::refresh()",
    |ex, _retval| {
        let Some(this) = ex.get_self() else { return };
        slow_path("ExecCredentialProvider::refresh()", || {
            refresh_native(this, true)
        });
    }
);

handler!(
    set_cluster_info,
    "ExecCredentialProvider::setClusterInfo()",
    |ex, retval| {
        let Some((_, info)) = parsed_array_arg(
            ex,
            "RenokiCo\\PhpK8s\\Auth\\ExecCredentialProvider::setClusterInfo",
            "clusterInfo",
            AuthError::ClusterInfo,
            ClusterInfo::from_value,
        ) else {
            return;
        };
        let Some(given) = ffi::arg(ex, 0).map(Zval::shallow_clone) else {
            return;
        };
        let Some(this) = ex.get_self() else { return };
        if state_of(this).is_none() {
            return;
        }
        let written = members::set_cluster_info(ce(), this, given);
        let Some(state) = state_of(this) else { return };
        state.written = Some(written);
        if state.core.change_cluster(info) {
            state.forget_credential();
        }
        retval.set_object(this);
    }
);

handler!(
    get_cluster_info,
    "ExecCredentialProvider::getClusterInfo()",
    |ex, retval| {
        let Some(this) = ex.get_self() else { return };
        let Some(state) = state_of(this) else { return };
        let map = state
            .core
            .cluster
            .clone()
            .unwrap_or_default()
            .to_full_json();
        *retval = convert::from_json(&Value::Object(map));
    }
);

fn secret_getter(
    ex: &mut ExecuteData,
    retval: &mut Zval,
    _name: &str,
    pick: fn(&Credential) -> Option<&crate::core::secret::Secret>,
) {
    let Some(this) = ex.get_self() else { return };
    let buffer = refresh_buffer(this);
    let Some(state) = state_of(this) else { return };
    if !state.held_and_valid(buffer) {
        slow_path("ExecCredentialProvider::getClientCertificateData()", || {
            ensure_fresh(this)
        });
        if exception_pending() {
            return;
        }
    }
    let Some(state) = state_of(this) else { return };
    match state.credential().and_then(|c| pick(c)) {
        Some(s) => {
            let _ = retval.set_string(s.expose(), false);
        }
        None => retval.set_null(),
    }
}

handler!(
    get_client_certificate_data,
    "ExecCredentialProvider::getClientCertificateData()",
    |ex, retval| {
        secret_getter(ex, retval, "getClientCertificateData", |c| {
            c.client_certificate_data.as_ref()
        });
    }
);

handler!(
    get_client_key_data,
    "ExecCredentialProvider::getClientKeyData()",
    |ex, retval| {
        secret_getter(ex, retval, "getClientKeyData", |c| {
            c.client_key_data.as_ref()
        });
    }
);

handler!(
    forget_credential,
    "ExecCredentialProvider::forgetCredential()",
    |ex, retval| {
        // This provider's own entry (the instance twin of the static
        // forget($token): PHP allows no static and instance method of one name).
        let Some(this) = ex.get_self() else { return };
        let Some(state) = state_of(this) else { return };
        let dropped = state
            .held
            .as_ref()
            .is_some_and(|held| credential_cache::global().forget_entry(held));
        state.forget_credential();
        retval.set_bool(dropped);
    }
);

handler!(whoami, "ExecCredentialProvider::whoami()", |ex, retval| {
    // The identity the cluster gives this provider's credential; on a 401
    // the token is forgotten, the plugin run once more and the review
    // retried once (kubectl's rule).
    let Some(this) = ex.get_self() else { return };
    let Some(state) = state_of(this) else { return };
    let cluster = state.core.cluster.clone().unwrap_or_default();
    let mut identity = None;
    slow_path("ExecCredentialProvider::whoami()", || {
        let timeout = settings::current().whoami_timeout;
        let id = whoami::whoami(&cluster, timeout, |want| {
            let buffer = refresh_buffer(this);
            let force = match want {
                whoami::Want::Current => false,
                whoami::Want::Replace(old) => {
                    if !old.token.is_empty() {
                        let host = credential_cache::current_host_state(&settings::current());
                        credential_cache::global()
                            .forget(old.token.expose().as_bytes(), host.cache());
                    }
                    true
                }
            };
            if force || !state_of(this).is_some_and(|s| s.held_and_valid(buffer)) {
                refresh_native(this, force)?;
            }
            state_of(this)
                .and_then(|s| s.credential().cloned())
                .ok_or_else(|| AuthError::Whoami {
                    server: cluster.server.clone().unwrap_or_default(),
                    reason: "the provider has no credential".into(),
                })
        })?;
        identity = Some(id);
        Ok(())
    });
    if let Some(id) = identity {
        *retval = convert::from_json(&Value::Object(id.to_json()));
    }
});

handler!(
    parse_exec_credential,
    "ExecCredentialProvider::parseExecCredential()",
    |ex, _retval| {
        let m = format!("{CLASS}::parseExecCredential");
        if !args::accept(ex) {
            return;
        }
        let Some(Some(output)) = args::bytes(ex, &m, 0, "output") else {
            return;
        };
        let Some(this) = ex.get_self() else { return };
        slow_path("ExecCredentialProvider::parseExecCredential()", || {
            sync_from_properties(this)?;
            let Some(state) = state_of(this) else {
                return Ok(());
            };
            let credential =
                crate::core::credential::parse(&output, state.core.config.api_version)?;
            let fetched = Fetched::detached(Arc::new(credential));
            if let Some(expires) = install(state, fetched) {
                expires_at::set(this, expires);
            }
            Ok(())
        });
    }
);
