//! The holders of scopes: roles (through their permissions) and clients (through their client
//! grants), each reference resolved to the scope the API's value became.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::keywords;
use super::names::encode;
use super::raw::{Client as RawClient, Grant as RawGrant, Listed, Role as RawRole, Str};
use super::read::{Builder, REPLACE_FIRST, Target};
use crate::model::{Client, Grant, Role, Subject, validate_name};

impl Builder {
    /// The scope that `value` of the API `identifier` became, or a note saying why there is none.
    fn resolve(&mut self, identifier: &Str, value: &Str, whose: &str) -> Option<String> {
        let v = &value.text;
        if let Some(k) = keywords::first_keyword(v) {
            self.note(&value.at, format!("{whose}: `{v}` holds the keyword placeholder `{k}`; {REPLACE_FIRST}"));
            return None;
        }
        let Some(&index) = self.by_identifier.get(&identifier.text) else {
            let message = format!(
                "{whose}: `{v}` is a scope of API `{}`, which is not in this export; not imported",
                identifier.text
            );
            self.note(&identifier.at, message);
            return None;
        };
        let api = &self.apis[index];
        let message = match api.values.get(v) {
            Some(Target::Scope(name)) => return Some(name.clone()),
            _ if !api.usable => format!("{whose}: `{v}` is a scope of API `{}`, which was not imported", api.name),
            Some(Target::Dropped) => {
                format!("{whose}: scope `{v}` of API `{}` was not imported (see its warning)", api.name)
            }
            None => format!("{whose}: API `{}` defines no scope `{v}`; not imported", api.name),
        };
        self.note(&value.at, message);
        None
    }

    pub(super) fn roles(&mut self, raw: &[RawRole]) -> Vec<Role> {
        let mut roles: Vec<Role> = Vec::new();
        let mut seen = HashSet::new();
        for r in raw {
            let name = encode(&r.name.text);
            let whose = format!("role `{}`", r.name.text);
            if let Err(e) = validate_name(&name) {
                self.note(&r.name.at, format!("{whose} was not imported: not a valid role name ({e})"));
                continue;
            }
            if !seen.insert(name.clone()) {
                self.note(&r.name.at, format!("{whose} is defined twice; the second was not imported"));
                continue;
            }
            self.spans.push((Subject::Role(name.clone()), r.name.at.clone()));
            if let Some(d) = &r.description {
                self.spans.push((Subject::RoleField(name.clone(), "description"), d.at.clone()));
            }
            let mut grants: BTreeMap<String, Grant> = BTreeMap::new();
            match &r.permissions {
                Listed::Keyword(k) => {
                    self.note(
                        &k.at,
                        format!("the permissions of {whose} are the keyword placeholder `{}`; {REPLACE_FIRST}", k.text),
                    );
                }
                Listed::Items(permissions) => {
                    for p in permissions {
                        if let Some(scope) = self.resolve(&p.api, &p.value, &whose) {
                            self.spans.push((Subject::Grant(name.clone(), scope.clone()), p.at.clone()));
                            grants.entry(scope.clone()).or_insert_with(|| Grant::plain(scope));
                        }
                    }
                }
            }
            let description = r.description.as_ref().map(|d| d.text.clone());
            roles.push(Role { name, description, break_glass: false, grants: grants.into_values().collect() });
        }
        roles
    }

    /// Clients from `clients[]` (kept even without grants: the tenant's apps are the scopes'
    /// consumers, and single-page and native apps get scopes through roles, not grants), then
    /// every client a grant names; each grant adds the feature of its API.
    pub(super) fn clients(&mut self, raw: &[RawClient], grants: &[RawGrant]) -> Vec<Client> {
        let mut clients: Vec<Client> = Vec::new();
        // Client name → its index in `clients`.
        let mut index: HashMap<String, usize> = HashMap::new();
        for c in raw {
            let name = encode(&c.name.text);
            if let Err(e) = validate_name(&name) {
                self.note(
                    &c.name.at,
                    format!("client `{}` was not imported: not a valid client name ({e})", c.name.text),
                );
                continue;
            }
            if index.contains_key(&name) {
                self.note(
                    &c.name.at,
                    format!("client `{}` is defined twice; the second was not imported", c.name.text),
                );
                continue;
            }
            self.spans.push((Subject::Client(name.clone()), c.name.at.clone()));
            let description = c.description.as_ref().map(|d| d.text.clone());
            index.insert(name.clone(), clients.len());
            clients.push(Client { name, description, features: BTreeMap::new() });
        }
        for g in grants {
            let name = encode(&g.client.text);
            let whose = format!("the grant of client `{}` to `{}`", g.client.text, g.audience.text);
            if let Err(e) = validate_name(&name) {
                self.note(&g.client.at, format!("{whose} was not imported: not a valid client name ({e})"));
                continue;
            }
            let mut needed = Vec::new();
            match &g.scopes {
                Listed::Keyword(k) => {
                    self.note(
                        &k.at,
                        format!("the scopes of {whose} are the keyword placeholder `{}`; {REPLACE_FIRST}", k.text),
                    );
                    continue;
                }
                Listed::Items(scopes) => {
                    for s in scopes {
                        if let Some(scope) = self.resolve(&g.audience, s, &whose) {
                            needed.push((scope, s.at.clone()));
                        }
                    }
                }
            }
            let api = self.by_identifier.get(&g.audience.text).copied();
            let feature = api.and_then(|i| self.apis[i].feature.clone().filter(|_| self.apis[i].usable));
            let Some(feature) = feature else {
                if matches!(&g.scopes, Listed::Items(s) if s.is_empty()) {
                    let why = if api.is_some() { "was not imported" } else { "is not in this export" };
                    self.note(&g.audience.at, format!("{whose}: API `{}` {why}; not imported", g.audience.text));
                }
                continue;
            };
            let position = if let Some(&p) = index.get(&name) {
                p
            } else {
                self.spans.push((Subject::Client(name.clone()), g.client.at.clone()));
                index.insert(name.clone(), clients.len());
                clients.push(Client { name: name.clone(), description: None, features: BTreeMap::new() });
                clients.len() - 1
            };
            self.spans.push((Subject::Feature(name.clone(), feature.clone()), g.audience.at.clone()));
            let scopes = clients[position].features.entry(feature.clone()).or_default();
            for (scope, at) in needed {
                self.spans.push((Subject::FeatureScope(name.clone(), feature.clone(), scope.clone()), at));
                scopes.push(scope);
            }
            scopes.sort();
            scopes.dedup();
        }
        clients
    }
}
