//! Writing a scope set as `scopes.toml` (and as JSON): deterministic, and shaped the way a person
//! writes the file — keyed tables, inline arrays, dates as TOML dates, defaults left out — so
//! that loading the output gives back the same set.

use std::fmt::Write as _;

use serde::Serialize;

use crate::model::{Client, Level, Operation, Role, Scope, ScopeSet, Settings, Status};

/// The scope set as TOML, entities sorted by name.
#[must_use]
pub fn to_toml(set: &ScopeSet) -> String {
    let mut out = String::new();
    if set.settings != Settings::default() {
        settings(&mut out, &set.settings);
    }
    for s in sorted(&set.scopes, |s| &s.name) {
        scope(&mut out, s);
    }
    for r in sorted(&set.roles, |r| &r.name) {
        role(&mut out, r);
    }
    for c in sorted(&set.clients, |c| &c.name) {
        client(&mut out, c);
    }
    for o in sorted_operations(&set.operations) {
        operation(&mut out, o);
    }
    lint(&mut out, set);
    out.trim_start().to_owned()
}

/// The scope set as one JSON document: `settings`, `scopes`, `roles`, `clients`, `lint`, and
/// `operations` when there are any.
///
/// # Errors
/// Never in practice (the model serializes); kept fallible for the caller's `?`.
pub fn to_json(set: &ScopeSet) -> serde_json::Result<String> {
    #[derive(Serialize)]
    struct Doc<'a> {
        settings: &'a Settings,
        scopes: Vec<&'a Scope>,
        roles: Vec<&'a Role>,
        clients: Vec<&'a Client>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        operations: Vec<&'a Operation>,
        lint: &'a crate::model::LintConfig,
    }
    let doc = Doc {
        settings: &set.settings,
        scopes: sorted(&set.scopes, |s| &s.name),
        roles: sorted(&set.roles, |r| &r.name),
        clients: sorted(&set.clients, |c| &c.name),
        operations: sorted_operations(&set.operations),
        lint: &set.lint,
    };
    let mut text = serde_json::to_string_pretty(&doc)?;
    text.push('\n');
    Ok(text)
}

fn sorted<T>(items: &[T], name: impl Fn(&T) -> &String) -> Vec<&T> {
    let mut v: Vec<&T> = items.iter().collect();
    v.sort_by(|a, b| name(a).cmp(name(b)));
    v
}

/// Operations by path, then method.
fn sorted_operations(operations: &[Operation]) -> Vec<&Operation> {
    let mut v: Vec<&Operation> = operations.iter().collect();
    v.sort_by(|a, b| (&a.path, a.method).cmp(&(&b.path, b.method)));
    v
}

/// A TOML basic string.
fn string(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

/// A key, quoted unless it is a bare key.
fn key(k: &str) -> String {
    let bare = !k.is_empty() && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if bare { k.to_owned() } else { string(k) }
}

fn array<T: AsRef<str>>(items: &[T]) -> String {
    format!("[{}]", items.iter().map(|i| string(i.as_ref())).collect::<Vec<_>>().join(", "))
}

fn field(out: &mut String, name: &str, value: Option<&str>) {
    if let Some(v) = value {
        let _ = writeln!(out, "{name} = {}", string(v));
    }
}

fn list_field<T: AsRef<str>>(out: &mut String, name: &str, items: &[T]) {
    if !items.is_empty() {
        let _ = writeln!(out, "{name} = {}", array(items));
    }
}

fn settings(out: &mut String, s: &Settings) {
    let _ = writeln!(out, "\n[settings]");
    let _ = writeln!(out, "naming = {}", string(s.naming.as_str()));
    list_field(out, "broad_words", &s.broad_words);
    let _ = writeln!(out, "max_phi_scopes_per_role = {}", s.max_phi_scopes_per_role);
    for (field, map) in [("broad_scopes", &s.broad_scopes), ("narrow_scopes", &s.narrow_scopes)] {
        if !map.is_empty() {
            let entries: Vec<String> = map.iter().map(|(k, v)| format!("{} = {}", key(k), string(v))).collect();
            let _ = writeln!(out, "{field} = {{ {} }}", entries.join(", "));
        }
    }
}

fn scope(out: &mut String, s: &Scope) {
    let _ = writeln!(out, "\n[scopes.{}]", key(&s.name));
    field(out, "description", s.description.as_deref());
    field(out, "resource", s.resource.as_deref());
    let actions: Vec<&str> = s.actions.iter().map(|a| a.as_str()).collect();
    list_field(out, "actions", &actions);
    field(out, "sensitivity", s.sensitivity.map(crate::model::Sensitivity::as_str));
    field(out, "owner", s.owner.as_deref());
    list_field(out, "tags", &s.tags);
    if s.status != Status::Active {
        field(out, "status", Some(s.status.as_str()));
    }
    list_field(out, "replaced_by", &s.replaced_by);
    if let Some(d) = s.sunset {
        let _ = writeln!(out, "sunset = {d}");
    }
    field(out, "reason", s.reason.as_deref());
}

fn role(out: &mut String, r: &Role) {
    let _ = writeln!(out, "\n[roles.{}]", key(&r.name));
    field(out, "description", r.description.as_deref());
    if r.break_glass {
        let _ = writeln!(out, "break_glass = true");
    }
    let mut grants = r.grants.clone();
    grants.sort_by(|a, b| a.scope.cmp(&b.scope));
    if grants.iter().all(|g| g.justification.is_none() && g.expires.is_none()) {
        let scopes: Vec<&str> = grants.iter().map(|g| g.scope.as_str()).collect();
        let _ = writeln!(out, "scopes = {}", array(&scopes));
        return;
    }
    let _ = writeln!(out, "grants = [");
    for g in &grants {
        let mut parts = vec![format!("scope = {}", string(&g.scope))];
        if let Some(j) = &g.justification {
            parts.push(format!("justification = {}", string(j)));
        }
        if let Some(e) = g.expires {
            parts.push(format!("expires = {e}"));
        }
        let _ = writeln!(out, "    {{ {} }},", parts.join(", "));
    }
    let _ = writeln!(out, "]");
}

fn client(out: &mut String, c: &Client) {
    let _ = writeln!(out, "\n[clients.{}]", key(&c.name));
    field(out, "description", c.description.as_deref());
    if !c.features.is_empty() {
        let _ = writeln!(out, "\n[clients.{}.features]", key(&c.name));
        for (name, scopes) in &c.features {
            let _ = writeln!(out, "{} = {}", key(name), array(scopes));
        }
    }
}

fn operation(out: &mut String, o: &Operation) {
    let _ = writeln!(out, "\n[operations.{}]", key(&o.key()));
    field(out, "operation_id", o.operation_id.as_deref());
    if let Some(security) = &o.security {
        let requirements: Vec<String> = security
            .iter()
            .map(|r| {
                let entries: Vec<String> = r.0.iter().map(|(k, v)| format!("{} = {}", key(k), array(v))).collect();
                if entries.is_empty() { "{}".to_owned() } else { format!("{{ {} }}", entries.join(", ")) }
            })
            .collect();
        let _ = writeln!(out, "security = [{}]", requirements.join(", "));
    }
}

fn lint(out: &mut String, set: &ScopeSet) {
    let l = &set.lint;
    if *l == crate::model::LintConfig::default() {
        return;
    }
    let _ = writeln!(out, "\n[lint]");
    list_field(out, "select", &l.select);
    list_field(out, "ignore", &l.ignore);
    if !l.severity.is_empty() {
        let pairs: Vec<String> =
            l.severity.iter().map(|(k, v)| format!("{} = {}", key(k), string(&level(*v)))).collect();
        let _ = writeln!(out, "severity = {{ {} }}", pairs.join(", "));
    }
    if !l.allow.is_empty() {
        let _ = writeln!(out, "allow = [");
        for a in &l.allow {
            let mut parts = vec![format!("rule = {}", string(&a.rule))];
            for (k, v) in [("scope", &a.scope), ("role", &a.role), ("client", &a.client)] {
                if let Some(v) = v {
                    parts.push(format!("{k} = {}", string(v)));
                }
            }
            parts.push(format!("reason = {}", string(&a.reason)));
            if let Some(e) = a.expires {
                parts.push(format!("expires = {e}"));
            }
            let _ = writeln!(out, "    {{ {} }},", parts.join(", "));
        }
        let _ = writeln!(out, "]");
    }
}

fn level(l: Level) -> String {
    l.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scopeset::load_str;

    const FILE: &str = r#"[settings]
naming = "smart"
max_phi_scopes_per_role = 4
broad_scopes = { payments = "moves money for every merchant" }
narrow_scopes = { "User.Read.All" = "a directory of five people" }

[scopes.a]
description = 'A "quoted" one'
actions = ["read", "search"]
sensitivity = "phi"

[scopes."patient/Observation.rs"]
resource = "Observation"

[scopes.z]
status = "deprecated"
replaced_by = ["a"]
sunset = 2027-03-01
reason = "Too broad"

[roles.er]
break_glass = true
grants = [
    { scope = "a", justification = "Trauma", expires = 2027-01-01 },
]

[roles.nurse]
scopes = ["a", "patient/Observation.rs"]

[clients.portal]
description = "Portal"

[clients.portal.features]
"lab.view" = []
labs = ["a"]

[operations."GET /labs/{id}"]
operation_id = "getLab"
security = [{ api-key = [], oauth = ["a"] }, { smart = ["patient/Observation.rs", "unknown:read"] }, {}]

[operations."POST /labs/{id}"]
security = []

[operations."PATCH /labs/{id}"]

[operations."POST webhook:labReady"]
security = [{ oauth = ["a"] }]

[lint]
ignore = ["N003"]
severity = { M001 = "error" }
allow = [
    { rule = "B003", scope = "a", reason = "Reviewed", expires = 2027-06-30 },
]
"#;

    #[test]
    fn a_canonical_file_round_trips_byte_for_byte() {
        let set = load_str("f", FILE).unwrap().set;
        assert_eq!(to_toml(&set), FILE);
        assert_eq!(load_str("f", &to_toml(&set)).unwrap().set, set);
    }

    #[test]
    fn json_is_sorted_by_name() {
        let set = load_str("f", FILE).unwrap().set;
        let v: serde_json::Value = serde_json::from_str(&to_json(&set).unwrap()).unwrap();
        assert_eq!(v["scopes"][1]["name"], "patient/Observation.rs");
        assert_eq!(v["roles"][0]["grants"][0]["expires"], "2027-01-01");
        assert_eq!(v["operations"][0]["method"], "GET");
        assert_eq!(v["operations"][0]["security"][1]["smart"][1], "unknown:read");
        assert_eq!(v["operations"][2]["security"], serde_json::Value::Null);
        let plain: serde_json::Value =
            serde_json::from_str(&to_json(&crate::model::ScopeSet::default()).unwrap()).unwrap();
        assert!(plain.get("operations").is_none(), "no operations, no key");
    }
}
