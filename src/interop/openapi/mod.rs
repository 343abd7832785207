//! OpenAPI 3.0 and 3.1 documents (YAML or JSON): the OAuth scopes its security schemes declare
//! and the scopes each operation requires, to a scope set; and a set's scopes as a `scopes` map.

use crate::model::ScopeSet;
use crate::scopeset::LoadError;

use super::Imported;

/// What a malformed file is said not to be.
pub const KIND: &str = "OpenAPI document";

/// Reads an OpenAPI document.
///
/// # Errors
/// When the text is neither YAML nor JSON or is not an OpenAPI 3.x document.
pub fn import(label: &str, text: &str) -> Result<Imported, LoadError> {
    Err(LoadError::one(label, Some(text.to_owned()), "reading OpenAPI documents is not built yet".into(), None)
        .of_kind(KIND))
}

/// The set's scopes as the `scopes` map of an OAuth flow.
///
/// # Errors
/// Never in practice; kept fallible for serialization.
pub fn export_scopes(set: &ScopeSet) -> anyhow::Result<String> {
    let _ = set;
    anyhow::bail!("exporting OpenAPI scopes is not built yet")
}
