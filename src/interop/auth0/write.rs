//! A scope set as a Deploy CLI `tenant.yaml`: `resourceServers` (the scopes, regrouped by the API
//! their `auth0-api:` tag names), `roles` with their `permissions`, `clients`, and `clientGrants`
//! made from the clients' features. Retired scopes are left out: they no longer exist.
//!
//! Scopes without an API tag go to one API, [`DEFAULT_API_NAME`] at [`DEFAULT_API_IDENTIFIER`];
//! tag scopes `auth0-api:IDENTIFIER` to put them elsewhere. The Management API is written into
//! grants and permissions only: the Deploy CLI refuses to configure it as a resource server.
//! Sections with nothing in them are left out rather than written empty, since the Deploy CLI
//! reads an empty list as "delete them all" when AUTH0_ALLOW_DELETE is on.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use anyhow::bail;
use serde::Serialize;

use super::names::{
    API_NAME_TAG, API_TAG, FEATURE_PREFIX, MANAGEMENT_API_NAME, MANAGEMENT_TAG, decode, encode,
    is_management_identifier, qualifier, tagged,
};
use crate::model::{ScopeSet, Status};

/// The name of the API that scopes without an `auth0-api:` tag are exported to.
pub const DEFAULT_API_NAME: &str = "scopectl";
/// The identifier (audience) of that API.
pub const DEFAULT_API_IDENTIFIER: &str = "urn:scopectl:api";

#[derive(Serialize)]
struct TenantOut {
    #[serde(rename = "resourceServers", skip_serializing_if = "Vec::is_empty")]
    resource_servers: Vec<ApiOut>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    roles: Vec<RoleOut>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    clients: Vec<ClientOut>,
    #[serde(rename = "clientGrants", skip_serializing_if = "Vec::is_empty")]
    client_grants: Vec<GrantOut>,
}

#[derive(Serialize)]
struct ApiOut {
    name: String,
    identifier: String,
    scopes: Vec<ScopeOut>,
}

#[derive(Serialize)]
struct ScopeOut {
    value: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<String>,
}

#[derive(Serialize)]
struct RoleOut {
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    permissions: Vec<PermissionOut>,
}

#[derive(Serialize)]
struct PermissionOut {
    permission_name: String,
    resource_server_identifier: String,
}

#[derive(Serialize)]
struct ClientOut {
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<String>,
}

#[derive(Serialize)]
struct GrantOut {
    client_id: String,
    audience: String,
    scope: Vec<String>,
}

/// An API being gathered from its scopes' tags.
#[derive(Default)]
struct ApiAcc {
    names: BTreeSet<String>,
    management: bool,
    /// Value → description.
    scopes: BTreeMap<String, Option<String>>,
}

/// The set as a Deploy CLI `tenant.yaml`.
///
/// # Errors
/// When two scopes would have the same value in the same API, which Auth0 cannot hold.
pub fn export(set: &ScopeSet) -> anyhow::Result<String> {
    let mut apis: BTreeMap<String, ApiAcc> = BTreeMap::new();
    // Scope name → (API identifier, value).
    let mut placed: HashMap<&str, (String, String)> = HashMap::new();
    let mut owners: HashMap<(String, String), &str> = HashMap::new();
    for scope in set.scopes.iter().filter(|s| s.status != Status::Retired) {
        let (identifier, value) = match tagged(scope, API_TAG) {
            Some(key) => {
                let value = scope.name.strip_prefix(&qualifier(key)).filter(|v| !v.is_empty()).unwrap_or(&scope.name);
                (decode(key), value.to_owned())
            }
            None => (DEFAULT_API_IDENTIFIER.to_owned(), scope.name.clone()),
        };
        if let Some(other) = owners.insert((identifier.clone(), value.clone()), &scope.name) {
            bail!(
                "scopes `{other}` and `{}` would both be the scope `{value}` of the Auth0 API `{identifier}`; rename or retag one",
                scope.name
            );
        }
        let api = apis.entry(identifier.clone()).or_default();
        api.names.extend(scope.tags.iter().filter_map(|t| t.strip_prefix(API_NAME_TAG)).map(decode));
        api.management |= scope.tags.iter().any(|t| t == MANAGEMENT_TAG);
        api.scopes.insert(value.clone(), scope.description.clone());
        placed.insert(&scope.name, (identifier, value));
    }
    let name_of = |identifier: &str, api: &ApiAcc| match api.names.first() {
        Some(name) => name.clone(),
        None if identifier == DEFAULT_API_IDENTIFIER => DEFAULT_API_NAME.to_owned(),
        None => identifier.to_owned(),
    };
    let mut resource_servers: Vec<ApiOut> = apis
        .iter()
        .filter(|(identifier, api)| {
            !(api.management || is_management_identifier(identifier) || api.names.contains(MANAGEMENT_API_NAME))
        })
        .map(|(identifier, api)| ApiOut {
            name: name_of(identifier, api),
            identifier: identifier.clone(),
            scopes: api
                .scopes
                .iter()
                .map(|(value, description)| ScopeOut { value: value.clone(), description: description.clone() })
                .collect(),
        })
        .collect();
    resource_servers.sort_by(|a, b| (&a.name, &a.identifier).cmp(&(&b.name, &b.identifier)));

    let mut roles: Vec<RoleOut> = set
        .roles
        .iter()
        .map(|role| {
            let mut permissions: Vec<PermissionOut> = role
                .grants
                .iter()
                .filter_map(|g| placed.get(g.scope.as_str()))
                .map(|(identifier, value)| PermissionOut {
                    permission_name: value.clone(),
                    resource_server_identifier: identifier.clone(),
                })
                .collect();
            permissions.sort_by(|a, b| {
                (&a.resource_server_identifier, &a.permission_name)
                    .cmp(&(&b.resource_server_identifier, &b.permission_name))
            });
            RoleOut { name: decode(&role.name), description: role.description.clone(), permissions }
        })
        .collect();
    roles.sort_by(|a, b| a.name.cmp(&b.name));

    // A feature with no scopes names its API only by its name: `api:NAME` or `api:IDENTIFIER`.
    let feature_api: HashMap<String, &str> = apis
        .iter()
        .flat_map(|(identifier, api)| {
            let by_name = api.names.iter().map(|n| format!("{FEATURE_PREFIX}{}", encode(n)));
            by_name.chain([format!("{FEATURE_PREFIX}{}", encode(identifier))]).map(move |f| (f, identifier.as_str()))
        })
        .collect();
    let mut clients: Vec<ClientOut> = Vec::new();
    let mut client_grants: Vec<GrantOut> = Vec::new();
    for client in &set.clients {
        let name = decode(&client.name);
        let mut grants: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (feature, scopes) in &client.features {
            if scopes.is_empty()
                && let Some(identifier) = feature_api.get(feature)
            {
                grants.entry((*identifier).to_owned()).or_default();
            }
            for (identifier, value) in scopes.iter().filter_map(|s| placed.get(s.as_str())) {
                grants.entry(identifier.clone()).or_default().insert(value.clone());
            }
        }
        client_grants.extend(grants.into_iter().map(|(audience, scope)| GrantOut {
            client_id: name.clone(),
            audience,
            scope: scope.into_iter().collect(),
        }));
        clients.push(ClientOut { name, description: client.description.clone() });
    }
    clients.sort_by(|a, b| a.name.cmp(&b.name));
    client_grants.sort_by(|a, b| (&a.client_id, &a.audience).cmp(&(&b.client_id, &b.audience)));

    let doc = TenantOut { resource_servers, roles, clients, client_grants };
    let options = serde_saphyr::ser_options! { compact_list_indent: false };
    Ok(serde_saphyr::to_string_with_options(&doc, options)?)
}
