//! Writing a scope set as a Keycloak realm representation, so that importing it (into Keycloak or
//! back into scopectl) gives the same scopes, descriptions and grants.
//!
//! - Scopes become openid-connect client scopes; the Keycloak tags become their attributes again.
//!   Retired scopes are left out (Keycloak has no lifecycle, and a retired scope must not be
//!   granted), and so are grants of them and clients' requests for them.
//! - A role named `CLIENT:ROLE` whose CLIENT is a client of the set becomes a role of that client
//!   (the longest such client name wins, as client ids may hold colons); every other role is a
//!   realm role under its full name, so Keycloak never needs a client the set does not have.
//! - A grant justified `through composite role member M` is written as M being a member of the
//!   composite role rather than as a scope mapping, when importing that gives the role exactly
//!   the grants it has: M holds the scope by a mapping of its own, and M holds nothing the role
//!   does not. Any other grant is a scope mapping.
//! - A client's `default` feature gives its `defaultClientScopes`; the scopes of its other
//!   features, its `optionalClientScopes`.
//! - The realm is named [`EXPORT_REALM`] (the model has no realm) and written enabled, as
//!   `kc.sh export` writes a working realm.
//!
//! Keycloak has no place for a scope's resource, actions, sensitivity, owner or other tags, a
//! role's break-glass flag, a grant's other justifications or expiry, or feature names other than
//! `default`: those are not written. Nor is a consent-screen text: a description is written for
//! reviewers, not for the patients a consent screen shows it to. Built-in client scopes are
//! written by name and attributes only: their protocol mappers are not in the model.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use super::{DEFAULT_FEATURE, EXPORT_REALM, TAG_DYNAMIC, TAG_NO_CONSENT, TAG_NOT_IN_TOKEN, composite_member};
use crate::model::{Role, Scope, ScopeSet, Status};

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RealmRep<'a> {
    realm: &'a str,
    enabled: bool,
    client_scopes: Vec<ClientScope<'a>>,
    roles: Roles<'a>,
    scope_mappings: Vec<Mapping<'a>>,
    client_scope_mappings: BTreeMap<&'a str, Vec<Mapping<'a>>>,
    clients: Vec<ClientRep<'a>>,
}

#[derive(Serialize)]
struct ClientScope<'a> {
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    protocol: &'static str,
    attributes: BTreeMap<&'static str, String>,
}

#[derive(Serialize)]
struct Roles<'a> {
    realm: Vec<RoleRep<'a>>,
    client: BTreeMap<&'a str, Vec<RoleRep<'a>>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RoleRep<'a> {
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    composite: bool,
    #[serde(skip_serializing_if = "Composites::is_empty")]
    composites: Composites<'a>,
    client_role: bool,
}

#[derive(Serialize, Default)]
struct Composites<'a> {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    realm: Vec<&'a str>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    client: BTreeMap<&'a str, Vec<&'a str>>,
}

impl Composites<'_> {
    fn is_empty(&self) -> bool {
        self.realm.is_empty() && self.client.is_empty()
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Mapping<'a> {
    client_scope: &'a str,
    roles: Vec<&'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ClientRep<'a> {
    client_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    protocol: &'static str,
    default_client_scopes: Vec<&'a str>,
    optional_client_scopes: Vec<&'a str>,
}

/// The set as a realm representation: pretty JSON, sorted by name, ending in a newline.
pub(super) fn export(set: &ScopeSet) -> anyhow::Result<String> {
    let live: BTreeMap<&str, &Scope> =
        set.scopes.iter().filter(|s| s.status != Status::Retired).map(|s| (s.name.as_str(), s)).collect();
    let client_names: Vec<&str> = set.clients.iter().map(|c| c.name.as_str()).collect();
    let mut roles: Vec<&Role> = set.roles.iter().collect();
    roles.sort_by(|a, b| a.name.cmp(&b.name));
    let by_name: HashMap<&str, &Role> = roles.iter().map(|r| (r.name.as_str(), *r)).collect();
    let held: HashMap<&str, BTreeSet<&str>> = roles
        .iter()
        .map(|r| {
            (r.name.as_str(), r.grants.iter().map(|g| g.scope.as_str()).filter(|s| live.contains_key(s)).collect())
        })
        .collect();

    let mut realm_roles = Vec::new();
    let mut client_roles: BTreeMap<&str, Vec<RoleRep>> = BTreeMap::new();
    let mut mapped: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    let mut client_mapped: BTreeMap<&str, BTreeMap<&str, Vec<&str>>> = BTreeMap::new();
    for role in &roles {
        let (direct, members) = split_grants(role, &by_name, &held);
        let mut composites = Composites::default();
        for m in members {
            match split_role(m, &client_names) {
                (Some(client), name) => composites.client.entry(client).or_default().push(name),
                (None, name) => composites.realm.push(name),
            }
        }
        let (client, name) = split_role(&role.name, &client_names);
        let rep = RoleRep {
            name,
            description: role.description.as_deref(),
            composite: !composites.is_empty(),
            composites,
            client_role: client.is_some(),
        };
        if let Some(c) = client {
            client_roles.entry(c).or_default().push(rep);
            for scope in direct {
                client_mapped.entry(c).or_default().entry(scope).or_default().push(name);
            }
        } else {
            realm_roles.push(rep);
            for scope in direct {
                mapped.entry(scope).or_default().push(name);
            }
        }
    }

    let mut clients: Vec<ClientRep> = set
        .clients
        .iter()
        .map(|c| {
            let default: BTreeSet<&str> = c
                .features
                .get(DEFAULT_FEATURE)
                .into_iter()
                .flatten()
                .map(String::as_str)
                .filter(|s| live.contains_key(s))
                .collect();
            let optional: BTreeSet<&str> = c
                .features
                .iter()
                .filter(|(f, _)| *f != DEFAULT_FEATURE)
                .flat_map(|(_, scopes)| scopes.iter().map(String::as_str))
                .filter(|s| live.contains_key(s) && !default.contains(s))
                .collect();
            ClientRep {
                client_id: &c.name,
                description: c.description.as_deref(),
                protocol: "openid-connect",
                default_client_scopes: default.into_iter().collect(),
                optional_client_scopes: optional.into_iter().collect(),
            }
        })
        .collect();
    clients.sort_by(|a, b| a.client_id.cmp(b.client_id));

    let doc = RealmRep {
        realm: EXPORT_REALM,
        enabled: true,
        client_scopes: live.values().map(|s| client_scope(s)).collect(),
        roles: Roles { realm: realm_roles, client: client_roles },
        scope_mappings: to_mappings(mapped),
        client_scope_mappings: client_mapped.into_iter().map(|(c, m)| (c, to_mappings(m))).collect(),
        clients,
    };
    let mut text = serde_json::to_string_pretty(&doc)?;
    text.push('\n');
    Ok(text)
}

fn client_scope(s: &Scope) -> ClientScope<'_> {
    let flag = |on: bool| if on { "true" } else { "false" }.to_owned();
    let tagged = |tag: &str| s.tags.iter().any(|t| t == tag);
    let mut attributes = BTreeMap::new();
    attributes.insert("include.in.token.scope", flag(!tagged(TAG_NOT_IN_TOKEN)));
    attributes.insert("display.on.consent.screen", flag(!tagged(TAG_NO_CONSENT)));
    if tagged(TAG_DYNAMIC) {
        attributes.insert("is.dynamic.scope", flag(true));
        attributes.insert("dynamic.scope.regexp", format!("{}:*", s.name));
    }
    ClientScope { name: &s.name, description: s.description.as_deref(), protocol: "openid-connect", attributes }
}

/// The scopes to map to `role` directly, and the composite members that give it the rest.
fn split_grants<'a>(
    role: &'a Role,
    by_name: &HashMap<&str, &'a Role>,
    held: &HashMap<&str, BTreeSet<&'a str>>,
) -> (Vec<&'a str>, BTreeSet<&'a str>) {
    let empty = BTreeSet::new();
    let own = held.get(role.name.as_str()).unwrap_or(&empty);
    let mut direct = Vec::new();
    let mut members = BTreeSet::new();
    for grant in role.grants.iter().filter(|g| own.contains(g.scope.as_str())) {
        let member = composite_member(grant.justification.as_deref())
            .filter(|m| *m != role.name)
            .and_then(|m| by_name.get(m).copied())
            .filter(|m| {
                // The member must hold the scope by a mapping of its own, and nothing the role lacks.
                let maps_it = m
                    .grants
                    .iter()
                    .any(|g| g.scope == grant.scope && composite_member(g.justification.as_deref()).is_none());
                maps_it && held.get(m.name.as_str()).is_some_and(|theirs| theirs.is_subset(own))
            });
        match member {
            Some(m) => {
                members.insert(m.name.as_str());
            }
            None => direct.push(grant.scope.as_str()),
        }
    }
    (direct, members)
}

fn to_mappings<'a>(mapped: BTreeMap<&'a str, Vec<&'a str>>) -> Vec<Mapping<'a>> {
    mapped.into_iter().map(|(client_scope, roles)| Mapping { client_scope, roles }).collect()
}

/// `(Some(client), role)` for a role named after a client of the set (`CLIENT:ROLE`, the longest
/// matching client), `(None, name)` for a realm role.
fn split_role<'a>(name: &'a str, clients: &[&'a str]) -> (Option<&'a str>, &'a str) {
    let client = clients
        .iter()
        .filter(|c| name.strip_prefix(**c).and_then(|rest| rest.strip_prefix(':')).is_some_and(|r| !r.is_empty()))
        .max_by_key(|c| c.len());
    match client {
        Some(c) => (Some(&name[..c.len()]), &name[c.len() + 1..]),
        None => (None, name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interop::keycloak::{COMPOSITE_JUSTIFICATION, TAG_BUILTIN, import};
    use crate::model::{Client, Grant, parse_date};

    fn through(scope: &str, member: &str) -> Grant {
        Grant { scope: scope.into(), justification: Some(format!("{COMPOSITE_JUSTIFICATION}{member}")), expires: None }
    }

    fn role(name: &str, grants: Vec<Grant>) -> Role {
        Role { name: name.into(), grants, ..Role::default() }
    }

    /// A set made in scopectl, not read from Keycloak: grants with other justifications, composite
    /// justifications that cannot come back through a member, a retired scope, a client role.
    fn hand_made() -> ScopeSet {
        let mut dynamic = Scope::new("cohort");
        dynamic.tags = vec![TAG_DYNAMIC.into(), "research".into()];
        let mut hidden = Scope::new("audit:read");
        hidden.description = Some("Read the audit trail".into());
        hidden.tags = vec![TAG_NO_CONSENT.into(), TAG_NOT_IN_TOKEN.into()];
        let mut old = Scope::new("legacy");
        old.status = Status::Retired;
        let mut on_call = Grant::plain("cohort");
        on_call.justification = Some("on-call cover".into());
        on_call.expires = Some(parse_date("2027-01-01").unwrap());
        let mut features = BTreeMap::new();
        features.insert(DEFAULT_FEATURE.to_owned(), vec!["audit:read".to_owned()]);
        features.insert("research".to_owned(), vec!["audit:read".to_owned(), "cohort".to_owned(), "legacy".to_owned()]);
        ScopeSet {
            scopes: vec![dynamic, hidden, old, Scope::new("x")],
            roles: vec![
                role("lead", vec![through("audit:read", "helper"), on_call, Grant::plain("legacy")]),
                role("helper", vec![Grant::plain("audit:read")]),
                role("broken", vec![through("cohort", "ghost"), through("x", "broken")]),
                role("narrow", vec![through("audit:read", "wide")]),
                role("wide", vec![Grant::plain("audit:read"), Grant::plain("x")]),
                role("loop-a", vec![through("x", "loop-b")]),
                role("loop-b", vec![through("x", "loop-a")]),
                role("app:admin", vec![through("audit:read", "helper")]),
            ],
            clients: vec![Client { name: "app".into(), description: Some("The app".into()), features }],
            ..ScopeSet::default()
        }
    }

    fn grant_sets(set: &ScopeSet) -> BTreeMap<String, BTreeSet<String>> {
        set.roles
            .iter()
            .map(|r| {
                let live = r.grants.iter().filter(|g| set.scope(&g.scope).is_some_and(|s| s.status != Status::Retired));
                (r.name.clone(), live.map(|g| g.scope.clone()).collect())
            })
            .collect()
    }

    #[test]
    fn a_hand_made_set_comes_back_with_the_same_scopes_and_grants() {
        let set = hand_made();
        let text = export(&set).unwrap();
        let back = import("x.json", &text, None).unwrap_or_else(|e| panic!("{e}\n{text}"));
        assert!(back.unmapped.is_empty(), "{:?}", back.unmapped_lines());
        let names: Vec<&str> = back.set.scopes.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["audit:read", "cohort", "x"], "retired scopes are left out");
        assert_eq!(back.set.scope("cohort").unwrap().tags, [TAG_DYNAMIC], "other tags have no place in Keycloak");
        assert_eq!(back.set.scope("audit:read").unwrap(), set.scope("audit:read").unwrap());
        assert_eq!(grant_sets(&back.set), grant_sets(&set));
        let lead = back.set.roles.iter().find(|r| r.name == "lead").unwrap();
        assert_eq!(lead.grants, [through("audit:read", "helper"), Grant::plain("cohort")]);
        let app = &back.set.clients[0];
        assert_eq!(app.features.keys().collect::<Vec<_>>(), ["cohort", "default"]);
        assert_eq!(app.description.as_deref(), Some("The app"));
    }

    #[test]
    fn attributes_roles_and_mappings_are_written_where_keycloak_reads_them() {
        let doc: serde_json::Value = serde_json::from_str(&export(&hand_made()).unwrap()).unwrap();
        assert_eq!(doc["realm"], EXPORT_REALM);
        let cohort = &doc["clientScopes"][1];
        assert_eq!(cohort["name"], "cohort");
        assert_eq!(cohort["attributes"]["is.dynamic.scope"], "true");
        assert_eq!(cohort["attributes"]["dynamic.scope.regexp"], "cohort:*");
        assert_eq!(doc["clientScopes"][0]["attributes"]["include.in.token.scope"], "false");
        assert_eq!(doc["roles"]["client"]["app"][0]["name"], "admin");
        assert_eq!(doc["roles"]["client"]["app"][0]["clientRole"], true);
        assert_eq!(doc["roles"]["client"]["app"][0]["composites"]["realm"][0], "helper");
        let narrow = doc["roles"]["realm"].as_array().unwrap().iter().find(|r| r["name"] == "narrow").unwrap();
        assert_eq!(narrow["composite"], false, "a member holding more than the role is not made a member");
        assert_eq!(doc["clients"][0]["defaultClientScopes"], serde_json::json!(["audit:read"]));
        assert_eq!(doc["clients"][0]["optionalClientScopes"], serde_json::json!(["cohort"]));
        assert!(doc["scopeMappings"].as_array().unwrap().iter().all(|m| m["clientScope"] != "legacy"));
    }

    #[test]
    fn the_builtin_tag_needs_no_attribute() {
        let mut s = Scope::new("profile");
        s.tags = vec![TAG_BUILTIN.into()];
        let set = ScopeSet { scopes: vec![s], ..ScopeSet::default() };
        let back = import("x.json", &export(&set).unwrap(), None).unwrap();
        assert_eq!(back.set.scopes[0].tags, [TAG_BUILTIN]);
    }

    #[test]
    fn client_roles_split_on_the_longest_client_of_the_set() {
        let clients = ["lab", "lab:portal", "urn:x"];
        assert_eq!(split_role("lab:viewer", &clients), (Some("lab"), "viewer"));
        assert_eq!(split_role("lab:portal:viewer", &clients), (Some("lab:portal"), "viewer"));
        assert_eq!(split_role("urn:x:a:b", &clients), (Some("urn:x"), "a:b"));
        assert_eq!(split_role("billing:clerk", &clients), (None, "billing:clerk"));
        assert_eq!(split_role("lab:", &clients), (None, "lab:"));
        assert_eq!(split_role("nurse", &clients), (None, "nurse"));
    }
}
