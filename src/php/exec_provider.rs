//! `ExecCredentialProvider`: a native object whose state (configuration and
//! credential) lives in Rust, next to the PHP object it belongs to. The token
//! is never stored in a PHP property, so no dump, cast or trace can show it.

use std::sync::atomic::{AtomicPtr, Ordering};

use ext_php_rs::args::Arg;
use ext_php_rs::builders::{ClassBuilder, FunctionBuilder};
use ext_php_rs::ffi::{
    ext_php_rs_zend_object_alloc, object_properties_init, std_object_handlers, zend_class_entry,
    zend_object, zend_object_handlers, zend_object_std_dtor, zend_object_std_init,
    zend_objects_clone_members,
};
use ext_php_rs::flags::{DataType, MethodFlags};
use ext_php_rs::types::ZendCallable;
use ext_php_rs::types::{ZendObject, Zval};
use ext_php_rs::zend::{ClassEntry, ExecuteData};
use serde_json::Value;

use super::convert;
use super::errors;
use super::settings;
use super::token_provider::{self, exception_pending, no_args, num_args};
use super::zend;
use crate::core::cluster_info::ClusterInfo;
use std::sync::Arc;

use crate::core::credential::Credential;
use crate::core::credential_cache::{self, Fetched, Slot};
use crate::core::exec_config::ExecConfig;
use crate::core::expiry;
use crate::core::kubeconfig;
use crate::core::provider::{ExecProvider, Host};
use crate::core::{AuthError, Result};

pub const CLASS: &str = "RenokiCo\\PhpK8s\\Auth\\ExecCredentialProvider";

static CE: AtomicPtr<ClassEntry> = AtomicPtr::new(std::ptr::null_mut());
static mut HANDLERS: std::mem::MaybeUninit<zend_object_handlers> = std::mem::MaybeUninit::uninit();

pub fn ce() -> &'static ClassEntry {
    // SAFETY: set once at MINIT.
    unsafe { &*CE.load(Ordering::Acquire) }
}

/// The Rust half of a provider object.
struct State {
    core: ExecProvider,
    credential: Option<Arc<Credential>>,
    /// The token as a PHP string, handed out by reference count on every call.
    token: Zval,
    /// The shared cache entry the credential came from and its generation
    /// then: when another provider replaces the entry, this one follows.
    slot: Option<Arc<Slot>>,
    generation: u64,
}

impl State {
    fn new(core: ExecProvider) -> Self {
        State {
            core,
            credential: None,
            token: Zval::null(),
            slot: None,
            generation: 0,
        }
    }

    fn forget_credential(&mut self) {
        self.credential = None;
        self.token = Zval::null();
        self.slot = None;
    }
}

/// Our object layout: Rust state in front of the standard object, which must
/// stay last because the engine appends the property table to it.
#[repr(C)]
struct ProviderObject {
    state: *mut State,
    std: zend_object,
}

const STD_OFFSET: usize = std::mem::offset_of!(ProviderObject, std);

fn handlers() -> *const zend_object_handlers {
    // SAFETY: initialised at MINIT before the class can be instantiated.
    (&raw const HANDLERS).cast::<zend_object_handlers>()
}

unsafe extern "C" fn create_object(ce: *mut zend_class_entry) -> *mut zend_object {
    // SAFETY: the engine's own allocation and initialisation sequence for
    // objects with a custom layout (zend_object_alloc, std_init, properties_init).
    unsafe {
        let p = ext_php_rs_zend_object_alloc(std::mem::size_of::<ProviderObject>(), ce)
            .cast::<ProviderObject>();
        (*p).state = std::ptr::null_mut();
        zend_object_std_init(&raw mut (*p).std, ce);
        object_properties_init(&raw mut (*p).std, ce);
        (*p).std.handlers = handlers();
        &raw mut (*p).std
    }
}

unsafe fn container(obj: *mut zend_object) -> *mut ProviderObject {
    unsafe { obj.cast::<u8>().sub(STD_OFFSET).cast::<ProviderObject>() }
}

unsafe extern "C" fn free_object(obj: *mut zend_object) {
    // SAFETY: only installed on objects made by create_object.
    unsafe {
        let p = container(obj);
        if !(*p).state.is_null() {
            drop(Box::from_raw((*p).state));
            (*p).state = std::ptr::null_mut();
        }
        zend_object_std_dtor(obj);
    }
}

unsafe extern "C" fn clone_object(old: *mut zend_object) -> *mut zend_object {
    // SAFETY: `old` is one of our objects; the clone gets a copy of its state.
    unsafe {
        let new = create_object((*old).ce);
        zend_objects_clone_members(new, old);
        let from = container(old);
        if !(*from).state.is_null() {
            let s = &*(*from).state;
            let copy = State {
                core: s.core.clone(),
                credential: s.credential.clone(),
                token: s.token.shallow_clone(),
                slot: s.slot.clone(),
                generation: s.generation,
            };
            (*container(new)).state = Box::into_raw(Box::new(copy));
        }
        new
    }
}

/// The state of `$this`, or an `Error` thrown when the constructor never ran
/// (a PHP subclass that overrides it without calling `parent::__construct()`).
fn state_of(obj: &mut ZendObject) -> Option<&'static mut State> {
    if !std::ptr::eq(obj.handlers, handlers()) {
        errors::error(format!("{CLASS} method called on a foreign object"));
        return None;
    }
    // SAFETY: the handlers check above proves the layout.
    let p = unsafe { (*container(obj)).state };
    if p.is_null() {
        errors::error(format!(
            "{CLASS} is not initialised: a subclass constructor must call parent::__construct($execConfig)"
        ));
        return None;
    }
    // SAFETY: owned by the object, which outlives this call.
    Some(unsafe { &mut *p })
}

fn method(
    name: &str,
    handler: extern "C" fn(&mut ExecuteData, &mut Zval),
) -> FunctionBuilder<'static> {
    FunctionBuilder::new(name, handler)
}

/// `static fromKubeConfig…(<source>, ?string $context = null): static`.
fn kubeconfig_ctor(
    name: &str,
    handler: extern "C" fn(&mut ExecuteData, &mut Zval),
    source: Option<(&str, DataType)>,
) -> FunctionBuilder<'static> {
    let mut f = method(name, handler);
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

pub fn register() -> ext_php_rs::error::Result<()> {
    // SAFETY: MINIT runs once, before any object exists.
    unsafe {
        let h = (&raw mut HANDLERS).cast::<zend_object_handlers>();
        std::ptr::copy_nonoverlapping(&raw const std_object_handlers, h, 1);
        (*h).offset = STD_OFFSET as i32;
        (*h).free_obj = Some(free_object);
        (*h).clone_obj = Some(clone_object);
    }
    let public = MethodFlags::Public;
    ClassBuilder::new(CLASS)
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
            kubeconfig_ctor(
                "fromKubeConfigYamlFile",
                from_kubeconfig_yaml_file,
                Some(("path", DataType::String)),
            ),
            public | MethodFlags::Static,
        )
        .method(
            kubeconfig_ctor(
                "fromKubeConfigYaml",
                from_kubeconfig_yaml,
                Some(("yaml", DataType::String)),
            ),
            public | MethodFlags::Static,
        )
        .method(
            kubeconfig_ctor(
                "fromKubeConfigArray",
                from_kubeconfig_array,
                Some(("kubeconfig", DataType::Array)),
            ),
            public | MethodFlags::Static,
        )
        .method(
            kubeconfig_ctor("fromKubeConfigVariable", from_kubeconfig_variable, None),
            public | MethodFlags::Static,
        )
        .method(
            method("clearCache", clear_cache).returns(DataType::Void, false, false),
            public | MethodFlags::Static,
        )
        .method(
            method("cacheStats", cache_stats).returns(DataType::Array, false, false),
            public | MethodFlags::Static,
        )
        .registration(|ce, args| {
            std::mem::forget(args);
            for m in [
                "setClusterInfo",
                "fromKubeConfigYamlFile",
                "fromKubeConfigYaml",
                "fromKubeConfigArray",
                "fromKubeConfigVariable",
            ] {
                zend::return_static(ce, m);
            }
            zend::sensitive_parameter(ce, "fromKubeConfigYaml", 0);
            zend::sensitive_parameter(ce, "fromKubeConfigArray", 0);
            zend::sensitive_parameter(ce, "__construct", 0);
            ce.ce_flags |= zend::ACC_NOT_SERIALIZABLE;
            ce.__bindgen_anon_2.create_object = Some(create_object);
            CE.store(ce, Ordering::Release);
        })
        .register()
}

/// Runs a slow-path body with panics turned into exceptions and core errors
/// into `AuthenticationException`.
fn guarded(f: impl FnOnce() -> Result<()>) {
    ext_php_rs::zend::run_handler(std::panic::AssertUnwindSafe(|| {
        if let Err(e) = f() {
            errors::throw(&e);
        }
    }));
}

fn array_arg<'a>(ex: &'a mut ExecuteData, method: &str, name: &str) -> Option<&'a Zval> {
    let n = num_args(ex);
    if n != 1 {
        errors::argument_count(method, 1, n);
        return None;
    }
    // SAFETY: one argument was passed.
    let zv = unsafe { ex.zend_call_arg(0) }?.dereference();
    if !zv.is_array() {
        errors::type_error(format!(
            "{method}(): Argument #1 (${name}) must be of type array, {} given",
            convert::type_name(zv)
        ));
        return None;
    }
    Some(zv)
}

/// The method's one array argument, converted and validated by `parse`;
/// `None` after throwing (TypeError, ArgumentCountError or the core's error).
fn parsed_array_arg<T>(
    ex: &mut ExecuteData,
    method: &str,
    name: &str,
    invalid: fn(String) -> AuthError,
    parse: fn(&Value) -> Result<T>,
) -> Option<T> {
    let arg = array_arg(ex, &format!("{CLASS}::{method}"), name)?;
    match convert::to_json(arg, name)
        .map_err(invalid)
        .and_then(|v| parse(&v))
    {
        Ok(t) => Some(t),
        Err(e) => {
            errors::throw(&e);
            None
        }
    }
}

extern "C" fn construct(ex: &mut ExecuteData, _retval: &mut Zval) {
    let Some(config) = parsed_array_arg(
        ex,
        "__construct",
        "execConfig",
        AuthError::Config,
        ExecConfig::from_value,
    ) else {
        return;
    };
    let Some(this) = ex.get_self() else { return };
    if !std::ptr::eq(this.handlers, handlers()) {
        return;
    }
    let state = Box::new(State::new(ExecProvider::new(config)));
    // SAFETY: our object; a second __construct call replaces the old state.
    unsafe {
        let p = container(this);
        if !(*p).state.is_null() {
            drop(Box::from_raw((*p).state));
        }
        (*p).state = Box::into_raw(state);
    }
}

/// Whether `$this`'s class replaced the method `lc_name` (lower case) in PHP.
fn overrides(obj: &ZendObject, lc_name: &str) -> bool {
    if std::ptr::eq(obj.ce, ce()) {
        return false;
    }
    // SAFETY: looking a method up in the object's class function table.
    let f = unsafe {
        ext_php_rs::ffi::zend_hash_str_find_ptr_lc(
            &raw const (*obj.ce).function_table,
            lc_name.as_ptr().cast(),
            lc_name.len(),
        )
    }
    .cast::<ext_php_rs::ffi::zend_function>();
    // SAFETY: non-null function entries have a common header.
    !f.is_null() && unsafe { !std::ptr::eq((*f).common.scope, ce()) }
}

/// Fetches a credential (from the shared cache, or by running the plugin;
/// `force` always runs it) and installs it on `this`.
fn refresh_native(this: &mut ZendObject, force: bool) -> Result<()> {
    let Some(state) = state_of(this) else {
        return Ok(());
    };
    let settings = settings::current()?;
    // Only a relative command with a '/' and no kubeconfig folder needs it.
    let command = &state.core.config.command;
    let needs_cwd =
        state.core.config.base_dir.is_none() && command.contains('/') && !command.starts_with('/');
    let host = Host::current(settings.limits, needs_cwd.then(php_cwd).flatten());
    let buffer = token_provider::refresh_buffer(this);
    let fetched = state
        .core
        .fetch(&host, &settings, credential_cache::global(), buffer, force)?;
    install(this, state, fetched);
    Ok(())
}

fn install(this: &mut ZendObject, state: &mut State, fetched: Fetched) {
    let same = state
        .credential
        .as_ref()
        .is_some_and(|c| Arc::ptr_eq(c, &fetched.credential));
    state.slot = fetched.slot;
    state.generation = fetched.generation;
    if same {
        return;
    }
    let credential = fetched.credential;
    let mut token = Zval::new();
    let _ = token.set_string(credential.token.expose(), false);
    state.token = token;
    let expires = match credential.expires_at {
        Some(micros) => date_time_immutable(micros),
        None => Zval::null(),
    };
    state.credential = Some(credential);
    token_provider::set_property(this, "expiresAt", expires);
}

/// PHP's working folder: under ZTS `chdir()` moves only the thread's own
/// (virtual) one, so the process's may be somewhere else.
fn php_cwd() -> Option<std::path::PathBuf> {
    ZendCallable::try_from_name("getcwd")
        .ok()
        .and_then(|f| f.try_call(vec![]).ok())
        .and_then(|z| z.string())
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::current_dir().ok())
}

/// `new DateTimeImmutable(<expiry>, UTC)`, built through PHP's own date parser.
fn date_time_immutable(micros: expiry::Micros) -> Zval {
    let text = expiry::format_for_php(micros);
    // Not ext-php-rs's Function::try_from_function: it copies a whole
    // zend_function out of the smaller internal-function allocation.
    ZendCallable::try_from_name("date_create_immutable")
        .ok()
        .and_then(|f| f.try_call(vec![&text]).ok())
        .filter(Zval::is_object)
        .unwrap_or_else(Zval::null)
}

/// Brings the credential up to date through `refresh()`, dispatched to a PHP
/// override when there is one.
fn ensure_fresh(this: &mut ZendObject) -> Result<()> {
    if overrides(this, "refresh") {
        let _ = this.try_call_method("refresh", vec![]);
        return Ok(());
    }
    refresh_native(this, false)
}

#[inline]
fn held_and_valid(this: &ZendObject, state: &State) -> bool {
    state.token.is_string()
        && state
            .slot
            .as_ref()
            .is_none_or(|s| s.generation() == state.generation)
        && match state.credential.as_ref().and_then(|c| c.expires_at) {
            None => true,
            Some(exp) => !expiry::is_expired(
                Some(exp),
                expiry::coarse_now_micros(),
                token_provider::refresh_buffer(this),
            ),
        }
}

extern "C" fn get_token(ex: &mut ExecuteData, retval: &mut Zval) {
    if num_args(ex) != 0 && !no_args(ex, &format!("{CLASS}::getToken")) {
        return;
    }
    let Some(this) = ex.get_self() else { return };
    let Some(state) = state_of(this) else { return };
    if !std::ptr::eq(this.ce, ce()) && (overrides(this, "refresh") || overrides(this, "isexpired"))
    {
        return subclass_get_token(this, retval);
    }
    if held_and_valid(this, state) {
        *retval = state.token.shallow_clone();
        return;
    }
    guarded(|| refresh_native(this, false));
    if exception_pending() {
        return;
    }
    if let Some(state) = state_of(this) {
        *retval = state.token.shallow_clone();
    }
}

/// The token a PHP subclass ends up with: the native one, or the `$token`
/// property its own `refresh()` may have set.
fn current_token(this: &mut ZendObject) -> Option<Zval> {
    let state = state_of(this)?;
    if state.token.is_string() {
        return Some(state.token.shallow_clone());
    }
    let prop = token_provider::token_slot(this);
    prop.is_string().then(|| prop.shallow_clone())
}

/// `getToken()` for a PHP subclass that overrides `refresh()` or
/// `isExpired()`: the base class's algorithm, with every call dispatched.
fn subclass_get_token(this: &mut ZendObject, retval: &mut Zval) {
    token_provider::get_token_dispatched(this, retval, CLASS, current_token);
}

extern "C" fn is_expired(ex: &mut ExecuteData, retval: &mut Zval) {
    if num_args(ex) != 0 && !no_args(ex, &format!("{CLASS}::isExpired")) {
        return;
    }
    let Some(this) = ex.get_self() else { return };
    let Some(state) = state_of(this) else { return };
    let Some(credential) = state.credential.as_ref() else {
        // A subclass's own refresh() may have set $this->expiresAt.
        if let Some(expired) = token_provider::expired_from_property(this) {
            retval.set_bool(expired);
        }
        return;
    };
    let buffer = token_provider::refresh_buffer(this);
    retval.set_bool(expiry::is_expired(
        credential.expires_at,
        expiry::coarse_now_micros(),
        buffer,
    ));
}

extern "C" fn refresh(ex: &mut ExecuteData, _retval: &mut Zval) {
    if !no_args(ex, &format!("{CLASS}::refresh")) {
        return;
    }
    let Some(this) = ex.get_self() else { return };
    guarded(|| refresh_native(this, true));
}

extern "C" fn set_cluster_info(ex: &mut ExecuteData, retval: &mut Zval) {
    let Some(info) = parsed_array_arg(
        ex,
        "setClusterInfo",
        "clusterInfo",
        AuthError::ClusterInfo,
        ClusterInfo::from_value,
    ) else {
        return;
    };
    let Some(this) = ex.get_self() else { return };
    let Some(state) = state_of(this) else { return };
    if state.core.cluster.as_ref() != Some(&info) {
        // A credential fetched for another cluster must not be reused.
        if state.core.config.provide_cluster_info {
            state.forget_credential();
        }
        state.core.cluster = Some(info);
    }
    retval.set_object(this);
}

extern "C" fn get_cluster_info(ex: &mut ExecuteData, retval: &mut Zval) {
    if !no_args(ex, &format!("{CLASS}::getClusterInfo")) {
        return;
    }
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

fn secret_getter(
    ex: &mut ExecuteData,
    retval: &mut Zval,
    name: &str,
    pick: fn(&Credential) -> Option<&crate::core::secret::Secret>,
) {
    if !no_args(ex, &format!("{CLASS}::{name}")) {
        return;
    }
    let Some(this) = ex.get_self() else { return };
    let Some(state) = state_of(this) else { return };
    if !held_and_valid(this, state) {
        guarded(|| ensure_fresh(this));
        if exception_pending() {
            return;
        }
    }
    let Some(state) = state_of(this) else { return };
    match state.credential.as_deref().and_then(pick) {
        Some(s) => {
            let _ = retval.set_string(s.expose(), false);
        }
        None => retval.set_null(),
    }
}

extern "C" fn get_client_certificate_data(ex: &mut ExecuteData, retval: &mut Zval) {
    secret_getter(ex, retval, "getClientCertificateData", |c| {
        c.client_certificate_data.as_ref()
    });
}

extern "C" fn get_client_key_data(ex: &mut ExecuteData, retval: &mut Zval) {
    secret_getter(ex, retval, "getClientKeyData", |c| {
        c.client_key_data.as_ref()
    });
}

/// Reads argument `index` as a string (`nullable`: null allowed), with PHP's
/// coercion of numbers. `None` after throwing a TypeError.
fn string_arg(
    ex: &mut ExecuteData,
    method: &str,
    index: usize,
    name: &str,
    nullable: bool,
) -> Option<Option<String>> {
    if index >= num_args(ex) {
        return Some(None);
    }
    // SAFETY: index < number of passed arguments.
    let zv = unsafe { ex.zend_call_arg(index) }?.dereference();
    if nullable && zv.is_null() {
        return Some(None);
    }
    if let Some(s) = zv.zend_str() {
        return match std::str::from_utf8(s.as_bytes()) {
            Ok(s) => Some(Some(s.to_owned())),
            Err(_) => {
                errors::value_error(format!(
                    "{method}(): Argument #{} (${name}) must be valid UTF-8",
                    index + 1
                ));
                None
            }
        };
    }
    if zv.is_long() || zv.is_double() {
        return Some(zv.coerce_to_string());
    }
    let want = if nullable { "?string" } else { "string" };
    errors::type_error(format!(
        "{method}(): Argument #{} (${name}) must be of type {want}, {} given",
        index + 1,
        convert::type_name(zv)
    ));
    None
}

fn check_count(ex: &ExecuteData, method: &str, min: usize, max: usize) -> bool {
    let n = num_args(ex);
    if n < min || n > max {
        let (word, count) = if n < min && min == max {
            ("exactly", min)
        } else if n < min {
            ("at least", min)
        } else if min == max {
            ("exactly", max)
        } else {
            ("at most", max)
        };
        let s = if count == 1 { "" } else { "s" };
        errors::argument_count_message(format!(
            "{method}() expects {word} {count} argument{s}, {n} given"
        ));
        return false;
    }
    true
}

/// The class `static` refers to in a static call.
fn called_class(ex: &ExecuteData) -> &'static ClassEntry {
    let this = &ex.This;
    if let Some(obj) = this.object() {
        // SAFETY: a live object's class entry.
        return unsafe { &*obj.ce };
    }
    // SAFETY: in a static call, This holds the called scope.
    let ce = unsafe { this.value.ce };
    if ce.is_null() {
        self::ce()
    } else {
        unsafe { &*ce }
    }
}

/// The kubeconfig loader as this request sees it: PHP's working folder.
fn loader() -> kubeconfig::Loader {
    kubeconfig::Loader::from_process(php_cwd())
}

/// `new static($exec)` for an exec user picked out of a kubeconfig, then the
/// kubeconfig's folder and cluster are attached to the new provider.
fn construct_from(ex: &mut ExecuteData, retval: &mut Zval, selected: Result<kubeconfig::Selected>) {
    let selected = match selected {
        Ok(s) => s,
        Err(e) => return errors::throw(&e),
    };
    let class = called_class(ex);
    let mut obj = ZendObject::new(class);
    let exec = convert::from_json(&selected.exec);
    let _ = obj.try_call_method("__construct", vec![&exec]);
    if exception_pending() {
        return;
    }
    let Some(state) = state_of(&mut obj) else {
        return;
    };
    state.core.config.base_dir = Some(selected.base_dir);
    state.core.cluster = Some(selected.cluster);
    let _ = ext_php_rs::convert::IntoZval::set_zval(obj, retval, false);
}

extern "C" fn from_kubeconfig_yaml_file(ex: &mut ExecuteData, retval: &mut Zval) {
    let m = format!("{CLASS}::fromKubeConfigYamlFile");
    if !check_count(ex, &m, 1, 2) {
        return;
    }
    let Some(Some(path)) = string_arg(ex, &m, 0, "path", false) else {
        return;
    };
    let Some(context) = string_arg(ex, &m, 1, "context", true) else {
        return;
    };
    let selected = loader().file(&path, context.as_deref());
    construct_from(ex, retval, selected);
}

extern "C" fn from_kubeconfig_yaml(ex: &mut ExecuteData, retval: &mut Zval) {
    let m = format!("{CLASS}::fromKubeConfigYaml");
    if !check_count(ex, &m, 1, 2) {
        return;
    }
    let Some(Some(yaml)) = string_arg(ex, &m, 0, "yaml", false) else {
        return;
    };
    let Some(context) = string_arg(ex, &m, 1, "context", true) else {
        return;
    };
    construct_from(ex, retval, loader().yaml(&yaml, context.as_deref()));
}

extern "C" fn from_kubeconfig_array(ex: &mut ExecuteData, retval: &mut Zval) {
    let m = format!("{CLASS}::fromKubeConfigArray");
    if !check_count(ex, &m, 1, 2) {
        return;
    }
    // SAFETY: at least one argument was passed.
    let Some(arg) = (unsafe { ex.zend_call_arg(0) }) else {
        return;
    };
    let arg = arg.dereference();
    if !arg.is_array() {
        return errors::type_error(format!(
            "{m}(): Argument #1 ($kubeconfig) must be of type array, {} given",
            convert::type_name(arg)
        ));
    }
    let doc = convert::to_json(arg, "kubeconfig").map_err(AuthError::KubeConfig);
    let Some(context) = string_arg(ex, &m, 1, "context", true) else {
        return;
    };
    let selected = doc.and_then(|d| loader().value(&d, context.as_deref()));
    construct_from(ex, retval, selected);
}

extern "C" fn from_kubeconfig_variable(ex: &mut ExecuteData, retval: &mut Zval) {
    let m = format!("{CLASS}::fromKubeConfigVariable");
    if !check_count(ex, &m, 0, 1) {
        return;
    }
    let Some(context) = string_arg(ex, &m, 0, "context", true) else {
        return;
    };
    let selected = loader().variable(context.as_deref());
    construct_from(ex, retval, selected);
}

extern "C" fn clear_cache(ex: &mut ExecuteData, _retval: &mut Zval) {
    if no_args(ex, &format!("{CLASS}::clearCache")) {
        credential_cache::global().clear();
    }
}

extern "C" fn cache_stats(ex: &mut ExecuteData, retval: &mut Zval) {
    if !no_args(ex, &format!("{CLASS}::cacheStats")) {
        return;
    }
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
    *retval = convert::from_json(&Value::Object(map));
}
