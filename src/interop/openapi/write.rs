//! A scope set's scopes as the `scopes` map of an OAuth flow.

use std::collections::BTreeMap;

use crate::model::ScopeSet;

/// `name: description` for every scope (an empty string when it has none), sorted by name.
/// serde-saphyr quotes and escapes whatever YAML would otherwise misread: `*`, `#`, `: `, quotes,
/// YAML 1.1 booleans, line breaks, control characters.
pub(super) fn scopes_map(set: &ScopeSet) -> anyhow::Result<String> {
    let map: BTreeMap<&str, &str> =
        set.scopes.iter().map(|s| (s.name.as_str(), s.description.as_deref().unwrap_or(""))).collect();
    Ok(serde_saphyr::to_string(&map)?)
}
