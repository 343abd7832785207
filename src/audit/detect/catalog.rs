//! Checks of the events against the catalog: unknown, deprecated and retired scopes; scope creep
//! (granted beyond the role's grants); over-granting (granted beyond what was requested); requests
//! that no feature of the client needs; roles and clients the catalog does not know.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use anyhow::Result;
use jiff::civil::Date;

use super::{Evidence, Finding, Kind};
use crate::audit::{Severity, rfc3339};
use crate::model::{ScopeSet, Status};
use crate::store::audit::UsageGroup;

/// Counts the events (count, first, last) that requested or were granted any of these scope sets
/// at or after a Unix time: how deprecated scopes are measured against their sunset.
pub type SinceCounter<'a> = dyn FnMut(&[i64], i64) -> Result<(u64, i64, i64)> + 'a;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    kind: Kind,
    scope: Option<String>,
    role: Option<String>,
    client: Option<String>,
}

#[derive(Debug, Default)]
struct Acc {
    events: u64,
    first: i64,
    last: i64,
    examples: Vec<i64>,
    sets: BTreeSet<i64>,
    clients: BTreeSet<String>,
    roles: BTreeSet<String>,
}

impl Acc {
    fn add(&mut self, g: &UsageGroup, sets: &[i64]) {
        if self.events == 0 {
            self.first = g.first;
            self.last = g.last;
        }
        self.events += g.events;
        self.first = self.first.min(g.first);
        self.last = self.last.max(g.last);
        if self.examples.len() < 3 && !self.examples.contains(&g.example) {
            self.examples.push(g.example);
        }
        self.sets.extend(sets);
        self.clients.insert(g.client.clone());
        self.roles.insert(g.role.clone());
    }
}

fn names(set: &BTreeSet<String>) -> String {
    let v: Vec<String> = set.iter().map(|s| format!("`{s}`")).collect();
    v.join(", ")
}

/// The catalog checks over grouped events.
///
/// # Errors
/// When `since` fails.
pub fn check(
    catalog: &ScopeSet,
    groups: &[UsageGroup],
    today: Date,
    since: &mut SinceCounter<'_>,
) -> Result<Vec<Finding>> {
    let scopes = catalog.scope_index();
    let roles: HashMap<&str, HashSet<&str>> =
        catalog.roles.iter().map(|r| (r.name.as_str(), r.grants.iter().map(|g| g.scope.as_str()).collect())).collect();
    let clients: HashMap<&str, Vec<&str>> = catalog.clients.iter().map(|c| (c.name.as_str(), c.all_scopes())).collect();
    // Breadth is the linter's verdict (B rules over tokens and SMART structure), asked once per name.
    let lint = crate::lint::Context::new(catalog, today);
    let mut broad: HashMap<String, Option<String>> = HashMap::new();
    let mut why_broad = |name: &str| -> Option<String> {
        broad
            .entry(name.to_owned())
            .or_insert_with(|| lint.broad(name).map(|(rule, why)| format!("{} {}: {why}", rule.code, rule.name)))
            .clone()
    };
    let mut acc: BTreeMap<Key, Acc> = BTreeMap::new();
    let mut add =
        |kind, scope: Option<&str>, role: Option<&str>, client: Option<&str>, g: &UsageGroup, sets: &[i64]| {
            let key =
                Key { kind, scope: scope.map(Into::into), role: role.map(Into::into), client: client.map(Into::into) };
            acc.entry(key).or_default().add(g, sets);
        };
    for g in groups {
        // Each scope once per group, with the sets (requested, granted or both) that hold it.
        let mut used: BTreeMap<&str, Vec<i64>> = BTreeMap::new();
        for s in &g.requested {
            used.entry(s).or_default().push(g.requested_set);
        }
        for s in &g.granted {
            used.entry(s).or_default().push(g.granted_set);
        }
        for (s, sets) in &used {
            if why_broad(s).is_some() {
                add(Kind::BroadScope, Some(s), None, None, g, sets);
            }
            match scopes.get(s).map(|sc| sc.status) {
                None => add(Kind::UnknownScope, Some(s), None, None, g, sets),
                Some(Status::Deprecated) => add(Kind::DeprecatedScope, Some(s), None, None, g, sets),
                Some(Status::Retired) => add(Kind::RetiredScope, Some(s), None, None, g, sets),
                Some(Status::Active) => {}
            }
        }
        match roles.get(g.role.as_str()) {
            None => add(Kind::UnknownRole, None, Some(&g.role), None, g, &[g.granted_set]),
            Some(held) => {
                for s in g.granted.iter().filter(|s| scopes.contains_key(s.as_str()) && !held.contains(s.as_str())) {
                    add(Kind::ScopeCreep, Some(s), Some(&g.role), None, g, &[g.granted_set]);
                }
            }
        }
        for s in g.granted.iter().filter(|s| g.requested.binary_search(s).is_err()) {
            add(Kind::OverGranted, Some(s), None, Some(&g.client), g, &[g.granted_set]);
        }
        match clients.get(g.client.as_str()) {
            None => add(Kind::UnknownClient, None, None, Some(&g.client), g, &[g.requested_set]),
            Some(needed) => {
                for s in g.requested.iter().filter(|s| scopes.contains_key(s.as_str()) && !needed.contains(&s.as_str()))
                {
                    add(Kind::UnneededRequest, Some(s), None, Some(&g.client), g, &[g.requested_set]);
                }
            }
        }
    }
    let mut out = Vec::with_capacity(acc.len());
    for (key, a) in acc {
        let scope = key.scope.as_deref().unwrap_or_default();
        let role = key.role.as_deref().unwrap_or_default();
        let client = key.client.as_deref().unwrap_or_default();
        let who = format!("clients {}; roles {}", names(&a.clients), names(&a.roles));
        let mut events = a.events;
        let (mut first, mut last) = (a.first, a.last);
        let (severity, message, detail, next_step) = match key.kind {
            Kind::BroadScope => (
                Severity::Warning,
                format!("broad scope `{scope}` is requested or granted"),
                format!("{}; {who}", why_broad(scope).unwrap_or_default()),
                format!(
                    "have {} request the narrow scopes its features need (`scopectl consent CLIENT FEATURE…`), then deprecate `{scope}`",
                    names(&a.clients)
                ),
            ),
            Kind::UnknownScope => (
                Severity::Error,
                format!("scope `{scope}` is not in the catalog but was requested or granted"),
                who,
                format!(
                    "define `{scope}` in the catalog if it is real (`scopectl scope define {scope} …`); otherwise remove it from the authorization server and from {}",
                    names(&a.clients)
                ),
            ),
            Kind::RetiredScope => (
                Severity::Error,
                format!("retired scope `{scope}` is still requested or granted"),
                who,
                format!(
                    "the authorization server still honours `{scope}`: remove it there and from {}",
                    names(&a.clients)
                ),
            ),
            Kind::DeprecatedScope => {
                let sc = scopes[scope];
                let replacement = if sc.replaced_by.is_empty() {
                    "no replacement is recorded".to_owned()
                } else {
                    format!(
                        "replaced by {}",
                        sc.replaced_by.iter().map(|r| format!("`{r}`")).collect::<Vec<_>>().join(", ")
                    )
                };
                let after = match sc.sunset.filter(|d| *d <= today) {
                    Some(sunset) => {
                        let at = crate::audit::day_start(sunset);
                        let sets: Vec<i64> = a.sets.iter().copied().collect();
                        let (n, f, l) = since(&sets, at)?;
                        (n > 0).then(|| {
                            events = n;
                            (first, last) = (f, l);
                            sunset
                        })
                    }
                    None => None,
                };
                let sunset = sc.sunset.map_or_else(|| "no sunset".to_owned(), |d| format!("sunset {d}"));
                let (severity, message) = match after {
                    Some(d) => (
                        Severity::Error,
                        format!("deprecated scope `{scope}` used {events} times after its sunset {d}"),
                    ),
                    None => (Severity::Warning, format!("deprecated scope `{scope}` is still requested or granted")),
                };
                (
                    severity,
                    message,
                    format!("{replacement}; {sunset}; {who}"),
                    format!("move {} to the replacement and stop granting `{scope}`", names(&a.clients)),
                )
            }
            Kind::ScopeCreep => (
                Severity::Error,
                format!("role `{role}` was granted `{scope}`, which it does not hold in the catalog"),
                format!("granted beyond the role's catalog grants; {who}"),
                format!(
                    "revoke `{scope}` for `{role}` at the authorization server; if the role needs it, grant it with a justification (`scopectl role grant {role} {scope} --justification …`)"
                ),
            ),
            Kind::OverGranted => (
                Severity::Warning,
                format!("client `{client}` was granted `{scope}` without requesting it"),
                format!("granted but not in the request; roles {}", names(&a.roles)),
                format!("configure the authorization server to grant `{client}` only the scopes it requests"),
            ),
            Kind::UnneededRequest => (
                Severity::Warning,
                format!("client `{client}` requests `{scope}`, which none of its features needs"),
                format!("requested outside every feature's scopes; roles {}", names(&a.roles)),
                format!(
                    "request `{scope}` only from the feature that needs it (`scopectl client feature set {client} FEATURE …`), or stop requesting it"
                ),
            ),
            Kind::UnknownRole => (
                Severity::Warning,
                format!("role `{role}` appears in the log but not in the catalog"),
                format!("clients {}", names(&a.clients)),
                format!(
                    "create the role with the scopes it needs (`scopectl role create {role}`), or find why the gateway issues it"
                ),
            ),
            Kind::UnknownClient => (
                Severity::Warning,
                format!("client `{client}` appears in the log but not in the catalog"),
                format!("roles {}", names(&a.roles)),
                format!("register it with its features (`scopectl client create {client}`), or block it"),
            ),
            Kind::NewIpBurst | Kind::VolumeSpike => continue,
        };
        out.push(Finding {
            kind: key.kind,
            severity,
            message,
            scope: key.scope,
            role: key.role,
            client: key.client,
            ip: None,
            evidence: Evidence {
                events,
                first_seen: rfc3339(first),
                last_seen: rfc3339(last),
                detail,
                examples: Vec::new(),
                example_ids: a.examples,
            },
            next_step,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Client, Grant, Role, Scope};

    fn group(client: &str, role: &str, requested: &[&str], granted: &[&str]) -> UsageGroup {
        UsageGroup {
            client: client.into(),
            role: role.into(),
            requested_set: 1,
            granted_set: 2,
            requested: requested.iter().map(|s| (*s).to_owned()).collect(),
            granted: granted.iter().map(|s| (*s).to_owned()).collect(),
            events: 5,
            first: 100,
            last: 200,
            example: 7,
        }
    }

    fn catalog() -> ScopeSet {
        let mut old = Scope::new("old");
        old.status = Status::Deprecated;
        old.replaced_by = vec!["labs".into()];
        old.sunset = Some(crate::model::parse_date("2026-01-01").unwrap());
        let mut gone = Scope::new("gone");
        gone.status = Status::Retired;
        let role =
            Role { name: "nurse".into(), grants: vec![Grant::plain("labs"), Grant::plain("old")], ..Role::default() };
        let mut client = Client { name: "portal".into(), ..Client::default() };
        client.features.insert("labs".into(), vec!["labs".into(), "old".into()]);
        ScopeSet {
            scopes: vec![Scope::new("labs"), Scope::new("meds"), old, gone],
            roles: vec![role],
            clients: vec![client],
            ..ScopeSet::default()
        }
    }

    fn kinds(groups: &[UsageGroup], after_sunset: u64) -> Vec<(Kind, Severity, String)> {
        let today = crate::model::parse_date("2026-11-29").unwrap();
        let mut since = |_: &[i64], at: i64| Ok((after_sunset, at, at + 1));
        check(&catalog(), groups, today, &mut since)
            .unwrap()
            .into_iter()
            .map(|f| (f.kind, f.severity, f.message))
            .collect()
    }

    #[test]
    fn clean_usage_has_no_finding() {
        assert!(kinds(&[group("portal", "nurse", &["labs"], &["labs"])], 0).is_empty());
        // Asking for less than the role holds, or than the client may ask, is fine.
        assert!(kinds(&[group("portal", "nurse", &[], &[])], 0).is_empty());
    }

    #[test]
    fn every_catalog_problem_is_found() {
        let found = kinds(&[group("portal", "nurse", &["labs", "meds", "nope"], &["gone", "labs", "meds"])], 0);
        let k: Vec<Kind> = found.iter().map(|f| f.0).collect();
        assert!(k.contains(&Kind::UnknownScope), "{found:?}");
        assert!(k.contains(&Kind::RetiredScope), "{found:?}");
        assert!(k.contains(&Kind::ScopeCreep), "{found:?}");
        assert!(k.contains(&Kind::OverGranted), "{found:?}");
        assert!(k.contains(&Kind::UnneededRequest), "{found:?}");
        let others = kinds(&[group("kiosk", "janitor", &[], &[])], 0);
        assert_eq!(others.iter().map(|f| f.0).collect::<Vec<_>>(), [Kind::UnknownRole, Kind::UnknownClient]);
    }

    #[test]
    fn deprecated_scopes_are_errors_only_when_used_after_sunset() {
        let before = kinds(&[group("portal", "nurse", &["old"], &["old"])], 0);
        assert_eq!(before[0].0, Kind::DeprecatedScope);
        assert_eq!(before[0].1, Severity::Warning);
        let after = kinds(&[group("portal", "nurse", &["old"], &["old"])], 3);
        assert_eq!(after[0].1, Severity::Error);
        assert!(after[0].2.contains("used 3 times after its sunset 2026-01-01"), "{after:?}");
    }
}
