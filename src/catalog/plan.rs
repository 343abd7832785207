//! `plan`: what `apply` would change to make the catalog match a scope set. Pure: a file's
//! [`ScopeSet`] and the catalog's snapshot in, a [`Plan`] out.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use super::{FieldChange, SCOPE_FIELDS, field_changes};
use crate::model::{Client, Grant, Role, Scope, ScopeSet, Status};

/// What happens to a scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ScopeOp {
    /// Defined (then moved to its status when that is not active).
    Add,
    /// A new version with other field values, same status.
    Update,
    /// Active → deprecated.
    Deprecate,
    /// Deprecated → active.
    Reinstate,
    /// → retired (through deprecated when active).
    Retire,
    /// Retired → anything else: the catalog refuses it, `apply` reports why.
    Unretire,
}

/// A scope that changes, with every field that differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScopeStep {
    pub name: String,
    pub op: ScopeOp,
    pub fields: Vec<FieldChange>,
    /// The definition to store.
    pub scope: Scope,
}

/// Whether an entity or grant is new, changed or taken away.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    Add,
    Update,
    Remove,
}

/// A grant that changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GrantStep {
    pub op: Op,
    /// The grant as it will be (as it was, for a removal).
    pub grant: Grant,
    /// For an update: the justification or expiry that differs.
    pub fields: Vec<FieldChange>,
}

/// A role that is added or whose description, flag or grants change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoleStep {
    pub name: String,
    pub op: Op,
    pub fields: Vec<FieldChange>,
    pub grants: Vec<GrantStep>,
    pub description: Option<String>,
    pub break_glass: bool,
}

/// A client feature that is added, changed or removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FeatureStep {
    pub feature: String,
    pub op: Op,
    /// The scopes it needs afterwards (empty for a removal).
    pub scopes: Vec<String>,
    pub added: Vec<String>,
    pub removed: Vec<String>,
}

/// A client that is added or whose description or features change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClientStep {
    pub name: String,
    pub op: Op,
    pub fields: Vec<FieldChange>,
    pub features: Vec<FeatureStep>,
    pub description: Option<String>,
}

/// What the catalog holds that the file does not mention: reported, never deleted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Unmanaged {
    pub scopes: Vec<String>,
    pub roles: Vec<String>,
    pub clients: Vec<String>,
}

/// Everything `apply` would do, by entity.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub scopes: Vec<ScopeStep>,
    pub roles: Vec<RoleStep>,
    pub clients: Vec<ClientStep>,
    /// In the catalog only; kept as they are (unless deprecated by `--deprecate-missing`).
    pub unmanaged: Unmanaged,
}

/// How to plan.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Deprecate active scopes that are in the catalog but not in the file, with this reason.
    pub deprecate_missing: Option<String>,
}

/// Counts for the summary line: entities added, changed (scopes with a new version, roles and
/// clients with any change), deprecated and retired, and grants given and taken away.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub add: usize,
    pub change: usize,
    pub deprecate: usize,
    pub retire: usize,
    pub grant: usize,
    pub revoke: usize,
}

impl Plan {
    /// True when the catalog already matches the file.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.scopes.is_empty() && self.roles.is_empty() && self.clients.is_empty()
    }

    /// How many of each kind of change.
    #[must_use]
    pub fn summary(&self) -> Summary {
        let mut s = Summary::default();
        for step in &self.scopes {
            match step.op {
                ScopeOp::Add => s.add += 1,
                ScopeOp::Update | ScopeOp::Reinstate | ScopeOp::Unretire => s.change += 1,
                ScopeOp::Deprecate => s.deprecate += 1,
                ScopeOp::Retire => s.retire += 1,
            }
        }
        for op in self.roles.iter().map(|r| r.op).chain(self.clients.iter().map(|c| c.op)) {
            match op {
                Op::Add => s.add += 1,
                Op::Update => s.change += 1,
                Op::Remove => {}
            }
        }
        for g in self.roles.iter().flat_map(|r| &r.grants) {
            match g.op {
                Op::Add | Op::Update => s.grant += 1,
                Op::Remove => s.revoke += 1,
            }
        }
        s
    }
}

/// The plan that makes `catalog` match `file`.
#[must_use]
pub fn plan(file: &ScopeSet, catalog: &ScopeSet) -> Plan {
    plan_with(file, catalog, &Options::default())
}

/// [`plan`] with options.
/// With `--deprecate-missing`, the number of active catalog scopes the file would deprecate when
/// that is every one of them (an empty file, or the wrong one): a plan `apply` refuses unless
/// asked for it explicitly.
#[must_use]
pub fn deprecates_every_active(file: &ScopeSet, catalog: &ScopeSet) -> Option<usize> {
    let in_file: BTreeSet<&str> = file.scopes.iter().map(|s| s.name.as_str()).collect();
    let active = catalog.scopes.iter().filter(|s| s.status == Status::Active);
    let (mut all, mut missing) = (0, 0);
    for s in active {
        all += 1;
        missing += usize::from(!in_file.contains(s.name.as_str()));
    }
    (all > 0 && missing == all).then_some(all)
}

#[must_use]
pub fn plan_with(file: &ScopeSet, catalog: &ScopeSet, options: &Options) -> Plan {
    let mut plan = Plan::default();
    let current = catalog.scope_index();
    for scope in &file.scopes {
        if let Some(step) = scope_step(current.get(scope.name.as_str()).copied(), scope) {
            plan.scopes.push(step);
        }
    }
    let in_file: BTreeSet<&str> = file.scopes.iter().map(|s| s.name.as_str()).collect();
    for scope in catalog.scopes.iter().filter(|s| !in_file.contains(s.name.as_str())) {
        match &options.deprecate_missing {
            Some(reason) if scope.status == Status::Active => {
                let mut after = scope.clone();
                after.status = Status::Deprecated;
                after.reason = Some(reason.clone());
                plan.scopes.push(ScopeStep {
                    name: scope.name.clone(),
                    op: ScopeOp::Deprecate,
                    fields: field_changes(Some(scope), &after, SCOPE_FIELDS),
                    scope: after,
                });
            }
            _ => plan.unmanaged.scopes.push(scope.name.clone()),
        }
    }
    let roles: HashMap<&str, &Role> = catalog.roles.iter().map(|r| (r.name.as_str(), r)).collect();
    plan.roles = file.roles.iter().filter_map(|r| role_step(roles.get(r.name.as_str()).copied(), r)).collect();
    plan.unmanaged.roles = unmanaged(&catalog.roles, &file.roles, |r| &r.name);
    let clients: HashMap<&str, &Client> = catalog.clients.iter().map(|c| (c.name.as_str(), c)).collect();
    plan.clients = file.clients.iter().filter_map(|c| client_step(clients.get(c.name.as_str()).copied(), c)).collect();
    plan.unmanaged.clients = unmanaged(&catalog.clients, &file.clients, |c| &c.name);
    plan
}

fn unmanaged<T>(catalog: &[T], file: &[T], name: impl Fn(&T) -> &String) -> Vec<String> {
    let in_file: BTreeSet<&String> = file.iter().map(&name).collect();
    catalog.iter().map(name).filter(|n| !in_file.contains(n)).cloned().collect()
}

fn scope_step(before: Option<&Scope>, after: &Scope) -> Option<ScopeStep> {
    // The common case of a plan on an unchanged catalog, without turning both into JSON.
    if before == Some(after) {
        return None;
    }
    let mut fields = field_changes(before, after, SCOPE_FIELDS);
    let op = match before {
        None => {
            fields.retain(|f| !(f.field == "status" && after.status == Status::Active));
            ScopeOp::Add
        }
        Some(_) if fields.is_empty() => return None,
        Some(b) => match (b.status, after.status) {
            (Status::Retired, Status::Retired) => ScopeOp::Update,
            (Status::Retired, _) => ScopeOp::Unretire,
            (_, Status::Retired) => ScopeOp::Retire,
            (Status::Active, Status::Deprecated) => ScopeOp::Deprecate,
            (Status::Deprecated, Status::Active) => ScopeOp::Reinstate,
            _ => ScopeOp::Update,
        },
    };
    Some(ScopeStep { name: after.name.clone(), op, fields, scope: after.clone() })
}

const ROLE_FIELDS: &[&str] = &["description", "break_glass"];
const GRANT_FIELDS: &[&str] = &["justification", "expires"];

fn role_step(before: Option<&Role>, after: &Role) -> Option<RoleStep> {
    let own = |r: &Role| Role { grants: Vec::new(), ..r.clone() };
    let fields = field_changes(before.map(own).as_ref(), &own(after), ROLE_FIELDS);
    let held: BTreeMap<&str, &Grant> =
        before.map(|b| b.grants.iter().map(|g| (g.scope.as_str(), g)).collect()).unwrap_or_default();
    let mut grants = Vec::new();
    for g in &after.grants {
        match held.get(g.scope.as_str()) {
            None => grants.push(GrantStep { op: Op::Add, grant: g.clone(), fields: Vec::new() }),
            Some(old) if *old != g => {
                let fields = field_changes(Some(*old), g, GRANT_FIELDS);
                grants.push(GrantStep { op: Op::Update, grant: g.clone(), fields });
            }
            Some(_) => {}
        }
    }
    let wanted: BTreeSet<&str> = after.grants.iter().map(|g| g.scope.as_str()).collect();
    for (scope, g) in held {
        if !wanted.contains(scope) {
            grants.push(GrantStep { op: Op::Remove, grant: g.clone(), fields: Vec::new() });
        }
    }
    let op = if before.is_some() { Op::Update } else { Op::Add };
    if op == Op::Update && fields.is_empty() && grants.is_empty() {
        return None;
    }
    Some(RoleStep {
        name: after.name.clone(),
        op,
        fields,
        grants,
        description: after.description.clone(),
        break_glass: after.break_glass,
    })
}

fn client_step(before: Option<&Client>, after: &Client) -> Option<ClientStep> {
    let own = |c: &Client| Client { features: BTreeMap::new(), ..c.clone() };
    let fields = field_changes(before.map(own).as_ref(), &own(after), &["description"]);
    let old = before.map(|b| b.features.clone()).unwrap_or_default();
    let mut features = Vec::new();
    for (name, scopes) in &after.features {
        let was = old.get(name);
        if was == Some(scopes) {
            continue;
        }
        let was = was.cloned().unwrap_or_default();
        features.push(FeatureStep {
            feature: name.clone(),
            op: if old.contains_key(name) { Op::Update } else { Op::Add },
            scopes: scopes.clone(),
            added: scopes.iter().filter(|s| !was.contains(s)).cloned().collect(),
            removed: was.iter().filter(|s| !scopes.contains(s)).cloned().collect(),
        });
    }
    for (name, scopes) in old.iter().filter(|(n, _)| !after.features.contains_key(*n)) {
        features.push(FeatureStep {
            feature: name.clone(),
            op: Op::Remove,
            scopes: Vec::new(),
            added: Vec::new(),
            removed: scopes.clone(),
        });
    }
    let op = if before.is_some() { Op::Update } else { Op::Add };
    if op == Op::Update && fields.is_empty() && features.is_empty() {
        return None;
    }
    Some(ClientStep { name: after.name.clone(), op, fields, features, description: after.description.clone() })
}

#[cfg(test)]
#[path = "plan_tests.rs"]
mod tests;
