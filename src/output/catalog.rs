//! Views of catalog entities: scopes, roles, clients, the change log and tags.

use std::io::{self, Write};

use serde::Serialize;

use super::{Listing, Term, View, key_values, render_listing};
use crate::model::Scope;
use crate::store::{ClientRecord, Holders, LogEntry, RoleRecord, RoleSummary, ScopeRecord, TagRecord, VerifyReport};

fn opt(v: Option<&str>) -> String {
    v.unwrap_or("").to_owned()
}

fn list<T: ToString>(items: &[T]) -> String {
    items.iter().map(ToString::to_string).collect::<Vec<_>>().join(" ")
}

const SCOPE_COLUMNS: &[&str] =
    &["name", "version", "status", "sensitivity", "resource", "actions", "owner", "description"];

fn scope_row(r: &ScopeRecord) -> Vec<String> {
    let s = &r.scope;
    vec![
        s.name.clone(),
        r.version.to_string(),
        s.status.to_string(),
        s.sensitivity.map(|x| x.to_string()).unwrap_or_default(),
        opt(s.resource.as_deref()),
        list(&s.actions),
        opt(s.owner.as_deref()),
        opt(s.description.as_deref()),
    ]
}

/// `scope list`.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct ScopeList(pub Vec<ScopeRecord>);

impl View for ScopeList {
    fn listing(&self) -> Listing {
        let mut l = Listing::new(SCOPE_COLUMNS);
        for r in &self.0 {
            l.push(scope_row(r));
        }
        l
    }
}

/// Who holds a scope, as shown by `scope show`.
#[derive(Debug, Serialize)]
pub struct HeldBy {
    pub roles: Vec<String>,
    pub features: Vec<FeatureRef>,
}

/// A client feature.
#[derive(Debug, Serialize)]
pub struct FeatureRef {
    pub client: String,
    pub feature: String,
}

impl From<Holders> for HeldBy {
    fn from(h: Holders) -> Self {
        HeldBy {
            roles: h.roles,
            features: h.features.into_iter().map(|(client, feature)| FeatureRef { client, feature }).collect(),
        }
    }
}

/// `scope show`, and the result of commands that change one scope.
#[derive(Debug, Serialize)]
pub struct ScopeShow {
    #[serde(flatten)]
    pub record: ScopeRecord,
    pub latest_version: u32,
    pub held_by: HeldBy,
}

impl View for ScopeShow {
    fn listing(&self) -> Listing {
        let mut l = Listing::new(SCOPE_COLUMNS);
        l.push(scope_row(&self.record));
        l
    }

    fn human(&self, out: &mut dyn Write, term: &Term) -> io::Result<()> {
        let r = &self.record;
        let s = &r.scope;
        let version = if r.version == self.latest_version {
            format!("{} (latest)", r.version)
        } else {
            format!("{} of {}", r.version, self.latest_version)
        };
        let mut pairs = vec![
            ("name", s.name.clone()),
            ("version", version),
            ("status", s.status.to_string()),
            ("description", opt(s.description.as_deref())),
            ("resource", opt(s.resource.as_deref())),
            ("actions", list(&s.actions)),
            ("sensitivity", s.sensitivity.map(|x| x.to_string()).unwrap_or_default()),
            ("owner", opt(s.owner.as_deref())),
            ("tags", list(&s.tags)),
        ];
        if s.status != crate::model::Status::Active {
            pairs.push(("replaced by", list(&s.replaced_by)));
            pairs.push(("sunset", s.sunset.map(|d| d.to_string()).unwrap_or_default()));
            pairs.push(("reason", opt(s.reason.as_deref())));
        }
        pairs.push(("changed", format!("{} by {}", r.created_at, r.created_by)));
        let mut held: Vec<String> = self.held_by.roles.iter().map(|r| format!("role {r}")).collect();
        held.extend(self.held_by.features.iter().map(|f| format!("client {} / {}", f.client, f.feature)));
        pairs.push(("held by", if held.is_empty() { "nobody".to_owned() } else { held.join(", ") }));
        writeln!(out, "{}", key_values(&pairs, term))
    }
}

/// `scope history`.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct ScopeHistory(pub Vec<ScopeRecord>);

/// The fields that differ between two versions of a scope.
#[must_use]
pub fn changed_fields(a: &Scope, b: &Scope) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut check = |name, differs: bool| {
        if differs {
            out.push(name);
        }
    };
    check("description", a.description != b.description);
    check("resource", a.resource != b.resource);
    check("actions", a.actions != b.actions);
    check("sensitivity", a.sensitivity != b.sensitivity);
    check("owner", a.owner != b.owner);
    check("tags", a.tags != b.tags);
    check("status", a.status != b.status);
    check("replaced_by", a.replaced_by != b.replaced_by);
    check("sunset", a.sunset != b.sunset);
    check("reason", a.reason != b.reason);
    out
}

impl View for ScopeHistory {
    fn listing(&self) -> Listing {
        let mut l = Listing::new(&["version", "status", "created_at", "created_by", "changed"]);
        let mut prev: Option<&Scope> = None;
        for r in &self.0 {
            let changed = match prev {
                None => "defined".to_owned(),
                Some(p) => changed_fields(p, &r.scope).join(", "),
            };
            l.push(vec![
                r.version.to_string(),
                r.scope.status.to_string(),
                r.created_at.clone(),
                r.created_by.clone(),
                changed,
            ]);
            prev = Some(&r.scope);
        }
        l
    }
}

/// `role list`.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct RoleList(pub Vec<RoleSummary>);

impl View for RoleList {
    fn listing(&self) -> Listing {
        let mut l = Listing::new(&["name", "break_glass", "grants", "phi_grants", "description"]);
        for r in &self.0 {
            l.push(vec![
                r.name.clone(),
                r.break_glass.to_string(),
                r.grants.to_string(),
                r.phi_grants.to_string(),
                opt(r.description.as_deref()),
            ]);
        }
        l
    }
}

/// `role show`.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct RoleShow(pub RoleRecord);

impl View for RoleShow {
    /// One row per grant (the CSV a script wants from a role).
    fn listing(&self) -> Listing {
        let mut l = Listing::new(&[
            "role",
            "scope",
            "status",
            "sensitivity",
            "expires",
            "justification",
            "granted_at",
            "granted_by",
        ]);
        for g in &self.0.grants {
            l.push(vec![
                self.0.name.clone(),
                g.grant.scope.clone(),
                g.status.to_string(),
                g.sensitivity.map(|s| s.to_string()).unwrap_or_default(),
                g.grant.expires.map(|d| d.to_string()).unwrap_or_default(),
                opt(g.grant.justification.as_deref()),
                g.granted_at.clone(),
                g.granted_by.clone(),
            ]);
        }
        l
    }

    fn human(&self, out: &mut dyn Write, term: &Term) -> io::Result<()> {
        let r = &self.0;
        let pairs = [
            ("name", r.name.clone()),
            ("description", opt(r.description.as_deref())),
            ("break-glass", if r.break_glass { "yes".into() } else { "no".into() }),
            ("created", format!("{} by {}", r.created_at, r.created_by)),
            ("grants", r.grants.len().to_string()),
        ];
        writeln!(out, "{}", key_values(&pairs, term))?;
        if r.grants.is_empty() {
            return Ok(());
        }
        let mut l = Listing::new(&["scope", "status", "sensitivity", "expires", "justification"]);
        for g in &r.grants {
            l.push(vec![
                g.grant.scope.clone(),
                g.status.to_string(),
                g.sensitivity.map(|s| s.to_string()).unwrap_or_default(),
                g.grant.expires.map(|d| d.to_string()).unwrap_or_default(),
                opt(g.grant.justification.as_deref()),
            ]);
        }
        writeln!(out)?;
        writeln!(out, "{}", render_listing(&l, term))
    }
}

/// `client list`.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct ClientList(pub Vec<ClientRecord>);

impl View for ClientList {
    fn listing(&self) -> Listing {
        let mut l = Listing::new(&["name", "features", "scopes", "description"]);
        for c in &self.0 {
            l.push(vec![
                c.client.name.clone(),
                c.client.features.len().to_string(),
                c.client.all_scopes().len().to_string(),
                opt(c.client.description.as_deref()),
            ]);
        }
        l
    }
}

/// `client show`.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct ClientShow(pub ClientRecord);

impl View for ClientShow {
    /// One row per feature.
    fn listing(&self) -> Listing {
        let mut l = Listing::new(&["client", "feature", "scopes"]);
        for (f, scopes) in &self.0.client.features {
            l.push(vec![self.0.client.name.clone(), f.clone(), scopes.join(" ")]);
        }
        l
    }

    fn human(&self, out: &mut dyn Write, term: &Term) -> io::Result<()> {
        let c = &self.0;
        let pairs = [
            ("name", c.client.name.clone()),
            ("description", opt(c.client.description.as_deref())),
            ("created", format!("{} by {}", c.created_at, c.created_by)),
            ("features", c.client.features.len().to_string()),
        ];
        writeln!(out, "{}", key_values(&pairs, term))?;
        if c.client.features.is_empty() {
            return Ok(());
        }
        let mut l = Listing::new(&["feature", "scopes"]);
        for (f, scopes) in &c.client.features {
            l.push(vec![f.clone(), scopes.join(" ")]);
        }
        writeln!(out)?;
        writeln!(out, "{}", render_listing(&l, term))
    }
}

/// `log`.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct LogView(pub Vec<LogEntry>);

/// A short account of what an entry changed: `created`, `removed`, or the fields that differ.
#[must_use]
pub fn summarize(entry: &LogEntry) -> String {
    match (&entry.before, &entry.after) {
        (None, Some(_)) => "created".to_owned(),
        (Some(_), None) => "removed".to_owned(),
        (Some(serde_json::Value::Object(b)), Some(serde_json::Value::Object(a))) => {
            let mut keys: Vec<&str> = a
                .iter()
                .filter(|(k, v)| {
                    b.get(*k) != Some(*v) && !matches!(k.as_str(), "version" | "created_at" | "created_by")
                })
                .map(|(k, _)| k.as_str())
                .collect();
            keys.extend(b.keys().filter(|k| !a.contains_key(*k)).map(String::as_str));
            if keys.is_empty() { "changed".to_owned() } else { format!("changed {}", keys.join(", ")) }
        }
        _ => "changed".to_owned(),
    }
}

impl View for LogView {
    fn listing(&self) -> Listing {
        let mut l = Listing::new(&["seq", "ts", "actor", "command", "kind", "entity", "change"]);
        for e in &self.0 {
            l.push(vec![
                e.seq.to_string(),
                e.ts.clone(),
                e.actor.clone(),
                e.command.clone(),
                e.entity_kind.clone(),
                e.entity.clone(),
                summarize(e),
            ]);
        }
        l
    }
}

/// `verify`.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct VerifyView(pub VerifyReport);

impl View for VerifyView {
    fn listing(&self) -> Listing {
        let mut l = Listing::new(&["seq", "problem"]);
        for p in &self.0.problems {
            l.push(vec![p.seq.map(|s| s.to_string()).unwrap_or_default(), p.problem.clone()]);
        }
        l
    }

    fn human(&self, out: &mut dyn Write, _term: &Term) -> io::Result<()> {
        let r = &self.0;
        if r.ok {
            let head = r.head_hash.as_deref().map_or(String::new(), |h| format!(", head {}", &h[..h.len().min(16)]));
            return writeln!(
                out,
                "ok: {} change-log entries, hash chain intact{head}; database integrity ok",
                r.entries
            );
        }
        writeln!(out, "FAILED: {} problem(s) in a catalog of {} change-log entries", r.problems.len(), r.entries)?;
        for p in &r.problems {
            match p.seq {
                Some(seq) => writeln!(out, "  entry {seq}: {}", p.problem)?,
                None => writeln!(out, "  {}", p.problem)?,
            }
        }
        Ok(())
    }
}

/// `tag list`.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct TagList(pub Vec<TagRecord>);

impl View for TagList {
    fn listing(&self) -> Listing {
        let mut l = Listing::new(&["name", "seq", "created_at", "created_by", "message"]);
        for t in &self.0 {
            l.push(vec![
                t.name.clone(),
                t.seq.to_string(),
                t.created_at.clone(),
                t.created_by.clone(),
                opt(t.message.as_deref()),
            ]);
        }
        l
    }
}
