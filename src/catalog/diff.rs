//! `diff`: what changed between two scope sets, with every change that widens privilege marked.
//!
//! Widening is a role or client gaining a scope, a grant losing or extending its expiry, a scope
//! gaining an action or rising in sensitivity, and a scope losing its deprecation or retirement.
//! Narrowing (the reverse of each) and neutral edits (descriptions, owners, tags) are listed but
//! never marked.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::{SCOPE_FIELDS, field_changes, show};
use crate::model::{Client, Grant, Role, Scope, ScopeSet, Status};

/// What kind of thing changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Scope,
    Role,
    Client,
}

/// How it changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Added,
    Removed,
    Changed,
}

/// One line of detail under an entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Detail {
    pub text: String,
    pub widens: bool,
}

/// An entity that was added, removed or changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    pub kind: Kind,
    pub name: String,
    pub change: Change,
    pub widens: bool,
    pub details: Vec<Detail>,
}

/// Counts for the summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct DiffSummary {
    pub added: usize,
    pub removed: usize,
    pub changed: usize,
    pub widening: usize,
}

/// Every difference from OLD to NEW: scopes, then roles, then clients, each by name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Diff {
    pub entries: Vec<Entry>,
}

impl Diff {
    /// True when anything changed.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// True when any change widens privilege.
    #[must_use]
    pub fn widens(&self) -> bool {
        self.entries.iter().any(|e| e.widens)
    }

    #[must_use]
    pub fn summary(&self) -> DiffSummary {
        let mut s = DiffSummary::default();
        for e in &self.entries {
            match e.change {
                Change::Added => s.added += 1,
                Change::Removed => s.removed += 1,
                Change::Changed => s.changed += 1,
            }
            s.widening += usize::from(e.widens);
        }
        s
    }
}

/// The differences from `old` to `new`.
#[must_use]
pub fn diff(old: &ScopeSet, new: &ScopeSet) -> Diff {
    let mut entries = Vec::new();
    pair(&mut entries, Kind::Scope, &old.scopes, &new.scopes, |s| &s.name, scope_details);
    pair(&mut entries, Kind::Role, &old.roles, &new.roles, |r| &r.name, role_details);
    pair(&mut entries, Kind::Client, &old.clients, &new.clients, |c| &c.name, client_details);
    Diff { entries }
}

fn pair<T: PartialEq>(
    out: &mut Vec<Entry>,
    kind: Kind,
    old: &[T],
    new: &[T],
    name: impl Fn(&T) -> &String,
    details: impl Fn(Option<&T>, &T) -> Vec<Detail>,
) {
    let old: BTreeMap<&String, &T> = old.iter().map(|t| (name(t), t)).collect();
    let new: BTreeMap<&String, &T> = new.iter().map(|t| (name(t), t)).collect();
    let names: BTreeSet<&String> = old.keys().chain(new.keys()).copied().collect();
    for n in names {
        let (change, details) = match (old.get(n), new.get(n)) {
            (None, Some(after)) => (Change::Added, details(None, after)),
            (Some(_), None) => (Change::Removed, Vec::new()),
            (Some(before), Some(after)) if before != after => (Change::Changed, details(Some(before), after)),
            _ => continue,
        };
        let widens = details.iter().any(|d| d.widens);
        out.push(Entry { kind, name: n.clone(), change, widens, details });
    }
}

fn detail(text: String, widens: bool) -> Detail {
    Detail { text, widens }
}

fn scope_details(before: Option<&Scope>, after: &Scope) -> Vec<Detail> {
    let Some(before) = before else {
        let mut fields = field_changes(None, after, SCOPE_FIELDS);
        fields.retain(|f| !(f.field == "status" && after.status == Status::Active));
        return fields.iter().map(|f| detail(format!("{} = {}", f.field, show(&f.after)), false)).collect();
    };
    field_changes(Some(before), after, SCOPE_FIELDS)
        .iter()
        .map(|f| {
            let widens = match f.field {
                "actions" => after.actions.iter().any(|a| !before.actions.contains(a)),
                // `None < Some(_)`: a scope that gains a classification is flagged for review too.
                "sensitivity" => after.sensitivity > before.sensitivity,
                "status" => after.status < before.status,
                _ => false,
            };
            detail(format!("{}: {} → {}", f.field, show(&f.before), show(&f.after)), widens)
        })
        .collect()
}

fn role_details(before: Option<&Role>, after: &Role) -> Vec<Detail> {
    let mut out = Vec::new();
    let empty = Role::default();
    let b = before.unwrap_or(&empty);
    if before.is_some() {
        let own = |r: &Role| Role { grants: Vec::new(), ..r.clone() };
        for f in field_changes(Some(&own(b)), &own(after), &["description", "break_glass"]) {
            out.push(detail(format!("{}: {} → {}", f.field, show(&f.before), show(&f.after)), false));
        }
    }
    let held: BTreeMap<&str, &Grant> = b.grants.iter().map(|g| (g.scope.as_str(), g)).collect();
    for g in &after.grants {
        match held.get(g.scope.as_str()) {
            None => out.push(detail(format!("gains {}", g.scope), true)),
            Some(old) => {
                if old.expires != g.expires {
                    let widens = match (old.expires, g.expires) {
                        (Some(_), None) => true,
                        (Some(o), Some(n)) => n > o,
                        _ => false,
                    };
                    let show_date =
                        |d: Option<jiff::civil::Date>| d.map_or_else(|| "never".to_owned(), |d| d.to_string());
                    let text =
                        format!("grant of {} expires: {} → {}", g.scope, show_date(old.expires), show_date(g.expires));
                    out.push(detail(text, widens));
                }
                if old.justification != g.justification {
                    out.push(detail(format!("grant of {} has a new justification", g.scope), false));
                }
            }
        }
    }
    let kept: BTreeSet<&str> = after.grants.iter().map(|g| g.scope.as_str()).collect();
    for g in b.grants.iter().filter(|g| !kept.contains(g.scope.as_str())) {
        out.push(detail(format!("loses {}", g.scope), false));
    }
    out
}

fn client_details(before: Option<&Client>, after: &Client) -> Vec<Detail> {
    let mut out = Vec::new();
    let empty = Client::default();
    let b = before.unwrap_or(&empty);
    if before.is_some() && b.description != after.description {
        let own = |c: &Client| Client { features: BTreeMap::new(), ..c.clone() };
        for f in field_changes(Some(&own(b)), &own(after), &["description"]) {
            out.push(detail(format!("{}: {} → {}", f.field, show(&f.before), show(&f.after)), false));
        }
    }
    let had: BTreeSet<&str> = b.all_scopes().into_iter().collect();
    let has: BTreeSet<&str> = after.all_scopes().into_iter().collect();
    for s in has.difference(&had) {
        let features: Vec<&str> =
            after.features.iter().filter(|(_, v)| v.iter().any(|x| x == s)).map(|(k, _)| k.as_str()).collect();
        out.push(detail(format!("gains {s} (feature {})", features.join(", ")), true));
    }
    for s in had.difference(&has) {
        out.push(detail(format!("loses {s}"), false));
    }
    for (name, scopes) in &after.features {
        match b.features.get(name) {
            None => out.push(detail(format!("feature {name} added: {}", words(scopes)), false)),
            Some(old) if old != scopes => {
                out.push(detail(format!("feature {name}: {} → {}", words(old), words(scopes)), false));
            }
            Some(_) => {}
        }
    }
    for name in b.features.keys().filter(|k| !after.features.contains_key(*k)) {
        out.push(detail(format!("feature {name} removed"), false));
    }
    out
}

/// Scope names separated by spaces, `-` for none.
fn words(scopes: &[String]) -> String {
    if scopes.is_empty() { "-".to_owned() } else { scopes.join(" ") }
}

#[cfg(test)]
#[path = "diff_tests.rs"]
mod tests;
