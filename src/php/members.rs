//! The protected properties PHP K8s's `ExecCredentialProvider` declares,
//! filled from the constructor as PHP K8s fills them. Subclasses may read
//! and change them; a change is noticed (the property no longer holds the
//! value we wrote) and the configuration rebuilt from them, re-validated,
//! before the next plugin run. Dumps show env names, never values.

use ext_php_rs::types::{ZendHashTable, ZendObject, Zval};
use ext_php_rs::zend::ClassEntry;
use serde_json::{Value, json};

use super::convert;
use super::ffi::{
    self, ACC_PROTECTED, MAY_BE_ARRAY, MAY_BE_BOOL, MAY_BE_NULL, MAY_BE_STRING, PropSlot, PropType,
};
use crate::core::cluster_info::ClusterInfo;
use crate::core::exec_config::ExecConfig;
use crate::core::{AuthError, Result};

/// Name, type and default (`None`: no default) of each property, in
/// PHP K8s's order.
const COMMAND: usize = 0;
const ARGS: usize = 1;
const ENV: usize = 2;
const API_VERSION: usize = 3;
const INSTALL_HINT: usize = 4;
const PROVIDE_CLUSTER_INFO: usize = 5;
const CLUSTER_INFO: usize = 6;
const NAMES: [&str; 7] = [
    "command",
    "args",
    "env",
    "apiVersion",
    "installHint",
    "provideClusterInfo",
    "clusterInfo",
];

static SLOTS: [PropSlot; 7] = [
    PropSlot::new(),
    PropSlot::new(),
    PropSlot::new(),
    PropSlot::new(),
    PropSlot::new(),
    PropSlot::new(),
    PropSlot::new(),
];

/// What the dumps show for each env value.
const HIDDEN: &str = "(hidden)";
const ENV_KEY: &str = "\0*\0env";

/// Declares the properties (at MINIT).
pub fn declare(ce: &mut ClassEntry) {
    let null = || Some(Zval::null());
    let mut no = Zval::new();
    no.set_bool(false);
    let decls: [(Option<Zval>, u32); 7] = [
        (None, MAY_BE_STRING),
        (Some(ffi::empty_array()), MAY_BE_ARRAY),
        (Some(ffi::empty_array()), MAY_BE_ARRAY),
        (None, MAY_BE_STRING),
        (null(), MAY_BE_STRING | MAY_BE_NULL),
        (Some(no), MAY_BE_BOOL),
        (null(), MAY_BE_ARRAY | MAY_BE_NULL),
    ];
    for (i, (default, mask)) in decls.into_iter().enumerate() {
        ffi::declare_typed_property(ce, NAMES[i], default, ACC_PROTECTED, PropType::Mask(mask));
    }
    for (slot, name) in SLOTS.iter().zip(NAMES) {
        slot.find(ce, name);
    }
}

/// The values last written to the properties, to notice a subclass's change.
/// Held inline (no allocation per constructor call).
pub struct Written([Zval; 7]);

impl Written {
    pub fn duplicate(&self) -> Written {
        Written(std::array::from_fn(|i| self.0[i].shallow_clone()))
    }
}

fn set(scope: &ClassEntry, obj: &mut ZendObject, i: usize, mut value: Zval) {
    // On the native class itself no PHP code can observe the write (no
    // subclass hook), and our values have the declared types: straight
    // into the slot, without the engine's name lookup and type check.
    if std::ptr::eq(obj.ce, scope) && SLOTS[i].replace(obj, value.shallow_clone()) {
        return;
    }
    ffi::update_property(scope, obj, NAMES[i], &mut value);
}

/// A PHP list of strings.
fn string_list(items: &[String]) -> Zval {
    let mut ht = ZendHashTable::with_capacity(u32::try_from(items.len()).unwrap_or(u32::MAX));
    for item in items {
        let _ = ht.push(item.as_str());
    }
    let mut z = Zval::new();
    z.set_hashtable(ht);
    z
}

fn string(s: &str) -> Zval {
    let mut z = Zval::new();
    let _ = z.set_string(s, false);
    z
}

/// Fills the properties from the constructor's array (`given`, as converted)
/// and the configuration validated from it, as PHP K8s does: `env` becomes
/// `name => value`, skipping entries that lack either.
pub fn populate(
    scope: &ClassEntry,
    obj: &mut ZendObject,
    given: &Value,
    config: &ExecConfig,
) -> Written {
    set(scope, obj, COMMAND, string(&config.command));
    set(scope, obj, ARGS, string_list(&config.args));
    // A later entry of one name replaces the value in the earlier's place.
    let mut env = ZendHashTable::new();
    for entry in given
        .get("env")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let (Some(Value::String(name)), Some(Value::String(value))) =
            (entry.get("name"), entry.get("value"))
        {
            let _ = env.insert(name.as_str(), value.as_str());
        }
    }
    let mut env_zv = Zval::new();
    env_zv.set_hashtable(env);
    set(scope, obj, ENV, env_zv);
    set(scope, obj, API_VERSION, string(config.api_version.as_str()));
    set(
        scope,
        obj,
        INSTALL_HINT,
        config
            .install_hint
            .as_deref()
            .map_or_else(Zval::null, string),
    );
    let mut b = Zval::new();
    b.set_bool(config.provide_cluster_info);
    set(scope, obj, PROVIDE_CLUSTER_INFO, b);
    written(obj)
}

/// Stores `$clusterInfo` (setClusterInfo()'s argument, or the kubeconfig's
/// cluster) and returns what the properties hold now.
pub fn set_cluster_info(scope: &ClassEntry, obj: &mut ZendObject, value: Zval) -> Written {
    set(scope, obj, CLUSTER_INFO, value);
    written(obj)
}

fn written(obj: &ZendObject) -> Written {
    Written(std::array::from_fn(|i| {
        SLOTS[i]
            .read(obj)
            .map_or_else(Zval::new, Zval::shallow_clone)
    }))
}

/// The usual answer (no property changed since `before`), found without
/// copying anything.
pub fn unchanged(obj: &ZendObject, before: &Written) -> bool {
    let unset = Zval::new();
    SLOTS
        .iter()
        .zip(&before.0)
        .all(|(slot, b)| ffi::same_value(slot.read(obj).unwrap_or(&unset), b))
}

/// A configuration rebuilt from the properties, the cluster when
/// `$clusterInfo` changed, and what the properties hold now.
pub type Rebuilt = (ExecConfig, Option<Option<ClusterInfo>>, Written);

/// The configuration and cluster the properties now describe, when a
/// subclass changed any of them since `before`; re-validated as a
/// constructor's array would be.
pub fn changed(obj: &ZendObject, before: &Written, config: &ExecConfig) -> Result<Option<Rebuilt>> {
    if unchanged(obj, before) {
        return Ok(None);
    }
    let now = written(obj);
    let differs: Vec<bool> = now
        .0
        .iter()
        .zip(&before.0)
        .map(|(a, b)| !ffi::same_value(a, b))
        .collect();
    if !differs.iter().any(|d| *d) {
        return Ok(None);
    }
    let read = |i: usize| -> Result<Value> {
        match SLOTS[i].read(obj) {
            None => Err(AuthError::Config(format!(
                "$this->{} was unset; a subclass must keep every property of {}",
                NAMES[i],
                super::exec_provider::CLASS
            ))),
            Some(z) => {
                convert::to_json(z, &format!("this->{}", NAMES[i])).map_err(AuthError::Config)
            }
        }
    };
    let env = match read(ENV)? {
        Value::Object(map) => map
            .into_iter()
            .map(|(name, value)| json!({"name": name, "value": value}))
            .collect(),
        Value::Array(list) if list.is_empty() => Vec::new(),
        Value::Array(list) => list
            .into_iter()
            .enumerate()
            .map(|(i, value)| json!({"name": i.to_string(), "value": value}))
            .collect(),
        other => vec![other],
    };
    let mut exec = json!({
        "command": read(COMMAND)?,
        "args": read(ARGS)?,
        "env": env,
        "apiVersion": read(API_VERSION)?,
        "installHint": read(INSTALL_HINT)?,
        "provideClusterInfo": read(PROVIDE_CLUSTER_INFO)?,
    });
    exec["interactiveMode"] = Value::String(config.interactive_mode.as_str().into());
    let mut rebuilt = ExecConfig::from_value(&exec)?;
    rebuilt.base_dir = config.base_dir.clone();
    let cluster = if differs[CLUSTER_INFO] {
        Some(match read(CLUSTER_INFO)? {
            Value::Null => None,
            Value::Array(a) if a.is_empty() => Some(ClusterInfo::default()),
            v => Some(ClusterInfo::from_value(&v)?),
        })
    } else {
        None
    };
    Ok(Some((rebuilt, cluster, now)))
}

/// What dumps, casts and exports show: `$env` with its names and every
/// value replaced.
pub fn mask(shown: &mut ZendHashTable) {
    let Some(env) = shown.get(ENV_KEY).and_then(Zval::array) else {
        return;
    };
    let mut masked = ZendHashTable::new();
    for (key, _) in env.iter() {
        let _ = masked.insert(key, HIDDEN);
    }
    let mut z = Zval::new();
    z.set_hashtable(masked);
    let _ = shown.insert(ENV_KEY, z);
}
