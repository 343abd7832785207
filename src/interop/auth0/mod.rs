//! The Auth0 Deploy CLI format (`a0deploy`): a `tenant.yaml`, or a directory export with one
//! JSON file per resource. Import reads APIs (`resourceServers`) and their scopes, roles and their
//! permissions, client grants and clients; export writes them back as a `tenant.yaml`.
//!
//! How Auth0 maps onto a scope set (see [`names`] for the spelling rules):
//! - each scope of an API becomes a scope named by its value, tagged with its API
//!   (`auth0-api:IDENTIFIER`, `auth0-api-name:NAME`); a value two APIs define is qualified as
//!   `IDENTIFIER/VALUE`, since scope values are unique only per API;
//! - each role becomes a role granting the scopes of its permissions;
//! - each client grant (client × API) becomes the feature `api:NAME` of the client it names;
//!   clients listed without a grant are kept, with no features;
//! - the Auth0 Management API is never in a Deploy CLI export, but grants and permissions name its
//!   scopes (`read:users`…): they are imported, tagged `auth0-management-api`, so reviewers see
//!   which apps may call Auth0's own API;
//! - keyword placeholders (`##KEY##`, `@@KEY@@`) stay as text; a scope or list that is one is
//!   reported as not imported, since its value is only known once the Deploy CLI replaces it.

mod dir;
mod holders;
mod keywords;
pub mod names;
mod raw;
mod read;
mod write;

use std::path::Path;

use self::raw::{Cook, Listed, RawTenant};
use self::read::{Doc, Tenant};
use super::{Imported, yaml_error};
use crate::scopeset::{self, LoadError};

pub use write::{DEFAULT_API_IDENTIFIER, DEFAULT_API_NAME, export};

/// What a malformed file is said not to be.
pub const KIND: &str = "Auth0 tenant export";

/// Reads a `tenant.yaml` file (`-` reads one from standard input) or a Deploy CLI directory export.
///
/// # Errors
/// When the file or directory cannot be read or is not an Auth0 tenant export.
pub fn import(path: &Path) -> Result<Imported, LoadError> {
    if path.as_os_str() != "-" && path.is_dir() {
        return dir::import(path);
    }
    let (label, text) = scopeset::read_text(path, "an Auth0 tenant.yaml or a Deploy CLI directory export")
        .map_err(|e| e.of_kind(KIND))?;
    import_yaml(&label, text)
}

/// The top-level keys a `tenant.yaml` is recognized by.
const TENANT_KEYS: &str = "tenant, resourceServers, roles, clientGrants or clients";

/// Reads the text of a `tenant.yaml`, naming it `label` in messages.
fn import_yaml(label: &str, text: String) -> Result<Imported, LoadError> {
    let neutral = keywords::neutralize_yaml(&text);
    let raw: RawTenant = match from_yaml(&neutral) {
        Ok(raw) => raw,
        Err(e) => return Err(yaml_error(label, &text, &e, KIND)),
    };
    drop(neutral);
    let RawTenant { tenant, clients, resource_servers, roles, client_grants } = raw;
    if tenant.is_none() && clients.is_none() && resource_servers.is_none() && roles.is_none() && client_grants.is_none()
    {
        let message = format!("none of the keys {TENANT_KEYS} is here; expected an Auth0 Deploy CLI tenant.yaml");
        return Err(LoadError::one(label, Some(text), message, None).of_kind(KIND));
    }
    let mut cook = Cook { doc: 0, text: &text, missing: Vec::new() };
    let mut t = Tenant { label: label.to_owned(), ..Tenant::default() };
    let apis = cook.list(resource_servers, Cook::api);
    let roles = cook.list(roles, Cook::role);
    let grants = cook.list(client_grants, Cook::grant);
    let clients = cook.list(clients, Cook::client);
    t.apis = sorted_out(apis, "resourceServers", &mut t.keyword_sections);
    t.roles = sorted_out(roles, "roles", &mut t.keyword_sections);
    t.grants = sorted_out(grants, "clientGrants", &mut t.keyword_sections);
    t.clients = sorted_out(clients, "clients", &mut t.keyword_sections);
    t.refused = cook.missing;
    t.docs.push(Doc { label: label.to_owned(), short: label.to_owned(), text, kind: KIND });
    read::build(t)
}

/// Parses YAML (or JSON) with node and event limits that grow with the text: a real tenant with
/// thousands of clients passes serde-saphyr's defaults (250,000 nodes), and every node or event
/// takes at least a byte of input, so the work stays linear in the file's size.
fn from_yaml<T: for<'de> serde::Deserialize<'de>>(text: &str) -> Result<T, serde_saphyr::Error> {
    let defaults = serde_saphyr::Budget::default();
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_nodes: defaults.max_nodes.max(text.len()),
            max_events: defaults.max_events.max(text.len().saturating_mul(2)),
        },
    };
    serde_saphyr::from_str_with_options(text, options)
}

/// The items of a section; a section that is a placeholder is set aside under `key`.
fn sorted_out<T>(list: Listed<T>, key: &'static str, keywords: &mut Vec<(raw::Str, &'static str)>) -> Vec<T> {
    match list {
        Listed::Items(items) => items,
        Listed::Keyword(k) => {
            keywords.push((k, key));
            Vec::new()
        }
    }
}

#[cfg(test)]
mod tests;
