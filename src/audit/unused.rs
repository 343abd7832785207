//! `audit unused`: grants (role, scope) that no event used in the last N days, the least-privilege
//! recommendation. A grant is used when an event of that role requested or was granted the scope.

use std::collections::HashMap;
use std::fmt::Write;

use jiff::civil::Date;
use serde::Serialize;

use super::rfc3339;
use crate::model::{Grant, ScopeSet};

/// A grant nobody used in the window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnusedGrant {
    pub role: String,
    pub scope: String,
    /// RFC 3339 time of the last use ever recorded, or `None` for never.
    pub last_used: Option<String>,
}

/// The grants unused in `[since, today]`, oldest use first (never-used first of all).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unused {
    pub days: i64,
    pub since: Date,
    pub until: Date,
    pub grants: Vec<UnusedGrant>,
}

/// The grants of `catalog` whose last use (from `last_use`, by (role, scope)) is before the
/// window of `days` days ending `today`.
#[must_use]
pub fn find<S: std::hash::BuildHasher>(
    catalog: &ScopeSet,
    last_use: &HashMap<(String, String), i64, S>,
    today: Date,
    days: i64,
) -> Unused {
    let since = today.saturating_sub(jiff::Span::new().days(days));
    let start = super::day_start(since);
    let mut found: Vec<(Option<i64>, &str, &str)> = Vec::new();
    for role in &catalog.roles {
        for grant in &role.grants {
            let last = last_use.get(&(role.name.clone(), grant.scope.clone())).copied();
            if last.is_none_or(|t| t < start) {
                found.push((last, &role.name, &grant.scope));
            }
        }
    }
    found.sort_unstable();
    let grants = found
        .into_iter()
        .map(|(last, role, scope)| UnusedGrant {
            role: role.to_owned(),
            scope: scope.to_owned(),
            last_used: last.map(rfc3339),
        })
        .collect();
    Unused { days, since, until: today, grants }
}

/// A TOML string (JSON's escapes are a subset of TOML's basic-string escapes).
fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_owned())
}

fn key(s: &str) -> String {
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') {
        s.to_owned()
    } else {
        quote(s)
    }
}

fn grant_table(g: &Grant) -> String {
    let mut t = format!("{{ scope = {}", quote(&g.scope));
    if let Some(j) = &g.justification {
        let _ = write!(t, ", justification = {}", quote(j));
    }
    if let Some(d) = g.expires {
        let _ = write!(t, ", expires = {d}");
    }
    t.push_str(" }");
    t
}

/// `scopes.toml` blocks of the roles that have unused grants, with those grants removed, for review.
#[must_use]
pub fn toml_without(catalog: &ScopeSet, unused: &Unused) -> String {
    let mut out = format!(
        "# Roles with grants unused from {} to {} (`scopectl audit unused --days {}`),\n# with those grants removed. Review before applying.\n",
        unused.since, unused.until, unused.days
    );
    for role in &catalog.roles {
        let removed: Vec<&UnusedGrant> = unused.grants.iter().filter(|u| u.role == role.name).collect();
        if removed.is_empty() {
            continue;
        }
        let kept: Vec<&Grant> = role.grants.iter().filter(|g| !removed.iter().any(|u| u.scope == g.scope)).collect();
        out.push('\n');
        for u in &removed {
            let when = u.last_used.as_deref().map_or_else(|| "never used".to_owned(), |t| format!("last used {t}"));
            let _ = writeln!(out, "# removed: {} ({when})", u.scope);
        }
        let _ = writeln!(out, "[roles.{}]", key(&role.name));
        if let Some(d) = &role.description {
            let _ = writeln!(out, "description = {}", quote(d));
        }
        if role.break_glass {
            out.push_str("break_glass = true\n");
        }
        if kept.iter().all(|g| g.justification.is_none() && g.expires.is_none()) {
            let names: Vec<String> = kept.iter().map(|g| quote(&g.scope)).collect();
            let _ = writeln!(out, "scopes = [{}]", names.join(", "));
        } else {
            let tables: Vec<String> = kept.iter().map(|g| grant_table(g)).collect();
            let _ = writeln!(out, "grants = [{}]", tables.join(", "));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Role, parse_date};

    fn catalog() -> ScopeSet {
        let mut dated = Grant::plain("c");
        dated.justification = Some("on \"call\"".into());
        dated.expires = Some(parse_date("2027-01-01").unwrap());
        ScopeSet {
            roles: vec![
                Role {
                    name: "nurse".into(),
                    description: Some("Ward nurse".into()),
                    grants: vec![Grant::plain("a"), Grant::plain("b")],
                    ..Role::default()
                },
                Role { name: "on call".into(), grants: vec![Grant::plain("a"), dated], ..Role::default() },
            ],
            ..ScopeSet::default()
        }
    }

    #[test]
    fn unused_grants_come_oldest_first() {
        let today = parse_date("2026-11-29").unwrap();
        let day = |d: &str| crate::audit::day_start(parse_date(d).unwrap());
        let mut last = HashMap::new();
        last.insert(("nurse".to_owned(), "a".to_owned()), day("2026-11-20"));
        last.insert(("nurse".to_owned(), "b".to_owned()), day("2026-01-02"));
        last.insert(("on call".to_owned(), "a".to_owned()), day("2026-08-31"));
        let u = find(&catalog(), &last, today, 90);
        assert_eq!(u.since.to_string(), "2026-08-31");
        let got: Vec<(&str, &str, Option<&str>)> =
            u.grants.iter().map(|g| (g.role.as_str(), g.scope.as_str(), g.last_used.as_deref())).collect();
        assert_eq!(got, [("on call", "c", None), ("nurse", "b", Some("2026-01-02T00:00:00Z"))]);
    }

    #[test]
    fn the_toml_is_valid_and_drops_only_unused_grants() {
        let today = parse_date("2026-11-29").unwrap();
        let u = find(&catalog(), &HashMap::new(), today, 90);
        let mut only_b = u.clone();
        only_b.grants.retain(|g| g.scope == "b" || g.role == "on call" && g.scope == "a");
        let text = toml_without(&catalog(), &only_b);
        let doc: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        assert_eq!(doc["roles"]["nurse"]["scopes"].as_array().unwrap().len(), 1);
        assert_eq!(doc["roles"]["nurse"]["description"].as_str(), Some("Ward nurse"));
        let grants = doc["roles"]["on call"]["grants"].as_array().unwrap();
        assert_eq!(grants.len(), 1);
        assert_eq!(grants[0]["justification"].as_str(), Some("on \"call\""));
        assert!(text.contains("# removed: b (never used)"), "{text}");
    }
}
