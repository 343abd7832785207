//! OpenAPI 3.0 and 3.1 documents (YAML or JSON): the OAuth scopes their security schemes declare
//! and the scopes each operation's `security` requires, to a scope set with operations; and a
//! set's scopes as the `scopes` map of an OAuth flow.
//!
//! Reading: scopes come from `components.securitySchemes.*.flows.*.scopes` (a scope declared in
//! several flows or schemes is one scope with the first description). Each operation of `paths`
//! and of `webhooks` (keyed `METHOD webhook:NAME`) gets its own `security`, or the root's, or none
//! (`security: []`, or no `security` anywhere). `$ref`s between security schemes in the same
//! document are followed; anything else that cannot be carried over (external or path-item
//! `$ref`s, role names on API-key schemes, invalid names) is listed in
//! [`Imported::unmapped`](super::Imported). A bare `name: description` map, what
//! [`export_scopes`] writes, is read as the scopes alone, so export and import round-trip.

mod doc;
mod read;
mod write;

use crate::model::ScopeSet;
use crate::scopeset::LoadError;

use super::Imported;

/// What a malformed file is said not to be.
pub const KIND: &str = "OpenAPI document";

/// Rules about fields an OpenAPI document cannot express (a scope's resource, actions and
/// sensitivity): `lint --openapi` skips them unless `--select` names rules, since no edit of the
/// document could fix what they find.
pub const RULES_NOT_FOR_SPECS: &[&str] = &["M002", "M003", "M004"];

/// Reads an OpenAPI 3.x document, or a bare scopes map.
///
/// # Errors
/// When the text is neither YAML nor JSON, is a Swagger 2.0 document, or is neither an OpenAPI
/// 3.x document nor a scopes map; a field scopectl reads with the wrong type. Located.
pub fn import(label: &str, text: &str) -> Result<Imported, LoadError> {
    read::import(label, text)
}

/// The set's scopes as the `scopes` map of an OAuth flow: YAML `name: description`, sorted by
/// name, quoted where YAML needs it.
///
/// # Errors
/// When serialization fails (it does not for string maps; kept fallible for the caller's `?`).
pub fn export_scopes(set: &ScopeSet) -> anyhow::Result<String> {
    write::scopes_map(set)
}

#[cfg(test)]
mod tests;
