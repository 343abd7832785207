//! `scopes.toml` as written: every value keeps its byte span, keywords and dates stay unparsed so
//! that validation can report all bad values at once instead of stopping at the first.

use std::collections::BTreeMap;

use std::fmt;
use std::marker::PhantomData;

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use toml::Spanned;

/// A list whose items each keep their span.
pub(super) type List = Spanned<Vec<Spanned<String>>>;

/// A keyed table whose keys keep their span, in file order (recovered from the spans: the toml
/// crate hands table entries over sorted by key).
#[derive(Debug)]
pub(super) struct Keyed<T>(pub Vec<(Spanned<String>, Spanned<T>)>);

impl<T> Keyed<T> {
    /// `entries` sorted by where their keys were written.
    pub fn in_file_order(entries: Vec<(Spanned<String>, Spanned<T>)>) -> Self {
        // Sort positions, not the (large) entries, then move each entry once.
        let mut order: Vec<(usize, usize)> =
            entries.iter().enumerate().map(|(i, (k, _))| (k.span().start, i)).collect();
        order.sort_unstable();
        let mut slots: Vec<Option<_>> = entries.into_iter().map(Some).collect();
        Keyed(order.into_iter().filter_map(|(_, i)| slots[i].take()).collect())
    }
}

impl<T> Default for Keyed<T> {
    fn default() -> Self {
        Keyed(Vec::new())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Keyed<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entries<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for Entries<T> {
            type Value = Keyed<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a table")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries: Vec<(Spanned<String>, Spanned<T>)> = Vec::with_capacity(map.size_hint().unwrap_or(0));
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Keyed::in_file_order(entries))
            }
        }
        deserializer.deserialize_map(Entries(PhantomData))
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFile {
    pub settings: Option<Spanned<RawSettings>>,
    #[serde(default)]
    pub scopes: Keyed<RawScope>,
    #[serde(default)]
    pub roles: Keyed<RawRole>,
    #[serde(default)]
    pub clients: Keyed<RawClient>,
    #[serde(default)]
    pub operations: Keyed<RawOperation>,
    pub lint: Option<Spanned<RawLint>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSettings {
    pub naming: Option<Spanned<String>>,
    pub broad_words: Option<List>,
    pub max_phi_scopes_per_role: Option<Spanned<i64>>,
    /// Scope name → reason.
    pub broad_scopes: Option<Spanned<Keyed<String>>>,
    pub narrow_scopes: Option<Spanned<Keyed<String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawScope {
    pub description: Option<Spanned<String>>,
    pub resource: Option<Spanned<String>>,
    pub actions: Option<List>,
    pub sensitivity: Option<Spanned<String>>,
    pub owner: Option<Spanned<String>>,
    pub tags: Option<List>,
    pub status: Option<Spanned<String>>,
    pub replaced_by: Option<List>,
    /// A TOML date; any other value is reported by validation.
    pub sunset: Option<Spanned<toml::Value>>,
    pub reason: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRole {
    pub description: Option<Spanned<String>>,
    pub break_glass: Option<Spanned<bool>>,
    pub scopes: Option<List>,
    pub grants: Option<Spanned<Vec<Spanned<RawGrant>>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawGrant {
    pub scope: Spanned<String>,
    pub justification: Option<Spanned<String>>,
    pub expires: Option<Spanned<toml::Value>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawClient {
    pub description: Option<Spanned<String>>,
    pub features: Option<Spanned<BTreeMap<Spanned<String>, List>>>,
}

/// One Security Requirement Object: scheme name → scopes.
pub(super) type RawRequirement = Spanned<BTreeMap<Spanned<String>, List>>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOperation {
    pub operation_id: Option<Spanned<String>>,
    pub security: Option<Spanned<Vec<RawRequirement>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLint {
    pub select: Option<List>,
    pub ignore: Option<List>,
    pub severity: Option<Spanned<BTreeMap<Spanned<String>, Spanned<String>>>>,
    pub allow: Option<Spanned<Vec<Spanned<RawAllow>>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAllow {
    pub rule: Spanned<String>,
    pub scope: Option<Spanned<String>>,
    pub role: Option<Spanned<String>>,
    pub client: Option<Spanned<String>>,
    pub reason: Spanned<String>,
    pub expires: Option<Spanned<toml::Value>>,
}
