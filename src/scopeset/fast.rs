//! The fast path of loading: walks the toml crate's spanned document tree ([`DeTable`]) straight
//! into the raw structs of [`raw`](super::raw), without serde's per-value `Spanned` protocol.
//!
//! It builds exactly what `toml::from_str::<RawFile>` builds, and gives up (returns `None`) on
//! anything that serde would refuse or that it does not handle itself (an unknown key, a value of
//! the wrong type, the rare `[lint]` table): the caller then runs serde, whose messages are the
//! ones users see. So well-formed files take this path and every error keeps its wording.

use std::collections::BTreeMap;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::raw::{Keyed, List, RawClient, RawFile, RawGrant, RawOperation, RawRole, RawScope, RawSettings};

type Value<'i> = Spanned<DeValue<'i>>;

/// The raw file of a parsed document, or `None` when serde has to decide (see the module docs).
pub(super) fn raw_file(root: &DeTable<'_>) -> Option<RawFile> {
    let mut file = RawFile::default();
    for (key, value) in root {
        match key.get_ref().as_ref() {
            "settings" => file.settings = Some(spanned(value, settings)?),
            "scopes" => file.scopes = keyed(value, scope)?,
            "roles" => file.roles = keyed(value, role)?,
            "clients" => file.clients = keyed(value, client)?,
            "operations" => file.operations = keyed(value, operation)?,
            _ => return None,
        }
    }
    Some(file)
}

fn spanned<'i, T>(value: &Value<'i>, f: impl FnOnce(&DeTable<'i>) -> Option<T>) -> Option<Spanned<T>> {
    match value.get_ref() {
        DeValue::Table(t) => Some(Spanned::new(value.span(), f(t)?)),
        _ => None,
    }
}

fn keyed<'i, T>(value: &Value<'i>, f: impl Fn(&DeTable<'i>) -> Option<T>) -> Option<Keyed<T>> {
    let DeValue::Table(table) = value.get_ref() else { return None };
    let mut entries = Vec::with_capacity(table.len());
    for (key, value) in table {
        entries.push((Spanned::new(key.span(), key.get_ref().to_string()), spanned(value, &f)?));
    }
    Some(Keyed::in_file_order(entries))
}

fn string(value: &Value<'_>) -> Option<Spanned<String>> {
    match value.get_ref() {
        DeValue::String(s) => Some(Spanned::new(value.span(), s.to_string())),
        _ => None,
    }
}

fn list(value: &Value<'_>) -> Option<List> {
    let DeValue::Array(items) = value.get_ref() else { return None };
    let items: Option<Vec<_>> = items.into_iter().map(string).collect();
    Some(Spanned::new(value.span(), items?))
}

/// A date field, kept as a value for validation to judge: serde takes strings and dates as well.
fn date(value: &Value<'_>) -> Option<Spanned<toml::Value>> {
    let v = match value.get_ref() {
        DeValue::String(s) => toml::Value::String(s.to_string()),
        DeValue::Datetime(d) => toml::Value::Datetime(*d),
        _ => return None,
    };
    Some(Spanned::new(value.span(), v))
}

/// Sets `slot` once; a key written twice never gets here (TOML refuses it), but stay safe.
fn set<T>(slot: &mut Option<T>, value: Option<T>) -> Option<()> {
    if slot.is_some() {
        return None;
    }
    *slot = Some(value?);
    Some(())
}

fn settings(t: &DeTable<'_>) -> Option<RawSettings> {
    let mut s = RawSettings {
        naming: None,
        broad_words: None,
        max_phi_scopes_per_role: None,
        broad_scopes: None,
        narrow_scopes: None,
    };
    for (key, value) in t {
        match key.get_ref().as_ref() {
            "naming" => set(&mut s.naming, string(value))?,
            "broad_words" => set(&mut s.broad_words, list(value))?,
            "max_phi_scopes_per_role" => {
                let DeValue::Integer(i) = value.get_ref() else { return None };
                let n = i64::from_str_radix(i.as_str(), i.radix()).ok()?;
                set(&mut s.max_phi_scopes_per_role, Some(Spanned::new(value.span(), n)))?;
            }
            _ => return None,
        }
    }
    Some(s)
}

fn scope(t: &DeTable<'_>) -> Option<RawScope> {
    let mut s = RawScope {
        description: None,
        resource: None,
        actions: None,
        sensitivity: None,
        owner: None,
        tags: None,
        status: None,
        replaced_by: None,
        sunset: None,
        reason: None,
    };
    for (key, value) in t {
        match key.get_ref().as_ref() {
            "description" => set(&mut s.description, string(value))?,
            "resource" => set(&mut s.resource, string(value))?,
            "actions" => set(&mut s.actions, list(value))?,
            "sensitivity" => set(&mut s.sensitivity, string(value))?,
            "owner" => set(&mut s.owner, string(value))?,
            "tags" => set(&mut s.tags, list(value))?,
            "status" => set(&mut s.status, string(value))?,
            "replaced_by" => set(&mut s.replaced_by, list(value))?,
            "sunset" => set(&mut s.sunset, date(value))?,
            "reason" => set(&mut s.reason, string(value))?,
            _ => return None,
        }
    }
    Some(s)
}

fn role(t: &DeTable<'_>) -> Option<RawRole> {
    let mut r = RawRole { description: None, break_glass: None, scopes: None, grants: None };
    for (key, value) in t {
        match key.get_ref().as_ref() {
            "description" => set(&mut r.description, string(value))?,
            "break_glass" => {
                let DeValue::Boolean(b) = value.get_ref() else { return None };
                set(&mut r.break_glass, Some(Spanned::new(value.span(), *b)))?;
            }
            "scopes" => set(&mut r.scopes, list(value))?,
            "grants" => {
                let DeValue::Array(items) = value.get_ref() else { return None };
                let grants: Option<Vec<_>> = items.into_iter().map(|g| spanned(g, grant)).collect();
                set(&mut r.grants, Some(Spanned::new(value.span(), grants?)))?;
            }
            _ => return None,
        }
    }
    Some(r)
}

fn grant(t: &DeTable<'_>) -> Option<RawGrant> {
    let (mut scope, mut justification, mut expires) = (None, None, None);
    for (key, value) in t {
        match key.get_ref().as_ref() {
            "scope" => set(&mut scope, string(value))?,
            "justification" => set(&mut justification, string(value))?,
            "expires" => set(&mut expires, date(value))?,
            _ => return None,
        }
    }
    Some(RawGrant { scope: scope?, justification, expires })
}

fn client(t: &DeTable<'_>) -> Option<RawClient> {
    let mut c = RawClient { description: None, features: None };
    for (key, value) in t {
        match key.get_ref().as_ref() {
            "description" => set(&mut c.description, string(value))?,
            "features" => {
                let DeValue::Table(features) = value.get_ref() else { return None };
                set(&mut c.features, Some(Spanned::new(value.span(), named_lists(features)?)))?;
            }
            _ => return None,
        }
    }
    Some(c)
}

fn operation(t: &DeTable<'_>) -> Option<RawOperation> {
    let mut o = RawOperation { operation_id: None, security: None };
    for (key, value) in t {
        match key.get_ref().as_ref() {
            "operation_id" => set(&mut o.operation_id, string(value))?,
            "security" => {
                let DeValue::Array(items) = value.get_ref() else { return None };
                let requirements: Option<Vec<_>> = items.into_iter().map(|r| spanned(r, named_lists)).collect();
                set(&mut o.security, Some(Spanned::new(value.span(), requirements?)))?;
            }
            _ => return None,
        }
    }
    Some(o)
}

/// A table of string lists: a Security Requirement Object (scheme → scopes), client features
/// (feature → scopes).
fn named_lists(t: &DeTable<'_>) -> Option<BTreeMap<Spanned<String>, List>> {
    let mut map = BTreeMap::new();
    for (scheme, scopes) in t {
        map.insert(Spanned::new(scheme.span(), scheme.get_ref().to_string()), list(scopes)?);
    }
    Some(map)
}

#[cfg(test)]
#[path = "fast_tests.rs"]
mod tests;
