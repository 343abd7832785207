//! Report views for reviewers and scripts, built from a scope set (the catalog's or a file's) and
//! what only the catalog or the audit knows. Building is pure: the caller loads an [`Input`],
//! each report is a plain value, and `output` renders it as a table, JSON, CSV, Markdown or HTML.

mod lifecycle;
mod matrix;
mod phi;
mod review;
mod usage;

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use anyhow::Result;
use jiff::civil::Date;
use rusqlite::Connection;
use serde::Serialize;

pub use lifecycle::{Lifecycle, LifecycleRow};
pub use matrix::{Cell, Matrix, MatrixRow, MatrixScope};
pub use phi::{Phi, PhiRow};
pub use review::{Review, ReviewRow};
pub use usage::{UsageReport, UsageRow};

use crate::model::{ScopeSet, Sensitivity, Status};
use crate::store::{self, GrantOrigin};

/// What the usage audit (`scopectl audit import`) knows about each grant. Without audit data it is
/// empty, and reports leave their usage columns blank and the HTML report says so instead of
/// drawing usage bars; a scopes.toml file has no usage.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Usage {
    /// (role, scope) → when the role last used the scope (RFC 3339 UTC).
    pub last_used: HashMap<(String, String), String>,
    /// Scope → how many audited events used it.
    pub events: BTreeMap<String, u64>,
    /// (scope, client) → how many audited events of that client used the scope.
    pub by_client: BTreeMap<(String, String), u64>,
    /// Events the audit holds, each counted once.
    pub total_events: u64,
}

impl Usage {
    /// True when there is no audit data at all.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.last_used.is_empty() && self.events.is_empty()
    }
}

/// Everything a report is built from.
#[derive(Debug, Clone)]
pub struct Input {
    pub set: ScopeSet,
    /// How to name where the set came from: `catalog`, or the file as given.
    pub source: String,
    /// The day countdowns and expiries are measured from.
    pub today: Date,
    /// When and by whom each (role, scope) grant was made; only the catalog knows.
    pub origins: Option<HashMap<(String, String), GrantOrigin>>,
    /// From the audit's imported events (catalog only).
    pub usage: Usage,
    /// Scopes the linter's breadth rules call broad (catch-alls, wildcards); the HTML heatmap
    /// marks them.
    pub broad: BTreeSet<String>,
}

impl Input {
    /// A report input for a scope set read from a file: no grant origins, no usage.
    #[must_use]
    pub fn from_set(set: ScopeSet, source: impl Into<String>, today: Date) -> Self {
        let broad = broad_scopes(&set, today);
        Input { set, source: source.into(), today, origins: None, usage: Usage::default(), broad }
    }

    /// A report input for the catalog: its scope set and when and by whom each grant was made.
    ///
    /// # Errors
    /// When SQLite fails or stored data is corrupt.
    pub fn from_catalog(conn: &Connection, today: Date) -> Result<Self> {
        let set = store::snapshot(conn)?;
        let origins = store::grant_origins(conn)?;
        let usage = usage(conn)?;
        Ok(Input { origins: Some(origins), usage, ..Input::from_set(set, "catalog", today) })
    }
}

/// The scopes the linter's breadth rules (B) call broad.
fn broad_scopes(set: &ScopeSet, today: Date) -> BTreeSet<String> {
    let lint = crate::lint::Context::new(set, today);
    set.scopes.iter().filter(|s| lint.broad(&s.name).is_some()).map(|s| s.name.clone()).collect()
}

/// What the imported access logs say: per scope, how many events used it (requested or granted,
/// each event once), and per (role, scope), when it was last used.
fn usage(conn: &Connection) -> Result<Usage> {
    let sum = store::audit::usage_summary(conn)?;
    Ok(Usage {
        last_used: sum.last_use.into_iter().map(|(k, t)| (k, crate::model::rfc3339(t))).collect(),
        events: sum.by_scope.into_iter().collect(),
        by_client: sum.by_client.into_iter().collect(),
        total_events: sum.events,
    })
}

/// Who holds a scope: a role (through a grant) or a client (through its features).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Holder {
    Role,
    Client,
}

impl Holder {
    /// `role` or `client`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Holder::Role => "role",
            Holder::Client => "client",
        }
    }
}

/// The order reports group by: most sensitive first, unclassified last.
#[must_use]
pub fn sensitivity_rank(s: Option<Sensitivity>) -> Reverse<Option<Sensitivity>> {
    Reverse(s)
}

/// The heading of a report: where it came from, as of when, and counts for a summary header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub source: String,
    pub as_of: Date,
    pub scopes: usize,
    /// Scopes per sensitivity, most sensitive first (`None`: unclassified).
    pub by_sensitivity: Vec<(Option<Sensitivity>, usize)>,
    pub roles: usize,
    pub clients: usize,
    pub grants: usize,
    pub phi_grants: usize,
    pub deprecated: usize,
    pub past_sunset: usize,
    /// Roles and clients holding more PHI scopes than `max_phi_scopes_per_role`.
    pub over_phi_limit: usize,
    pub expired_grants: usize,
    /// Grants that lapse within [`EXPIRING_DAYS`] days.
    pub expiring_grants: usize,
}

/// How far ahead "expiring soon" looks.
pub const EXPIRING_DAYS: i64 = 30;

/// Whole days from `from` to `to` (negative when `to` is earlier).
#[must_use]
pub fn days_between(from: Date, to: Date) -> i64 {
    from.until(to).map_or(0, |span| i64::from(span.get_days()))
}

impl Summary {
    /// Counts over the whole input.
    #[must_use]
    pub fn new(input: &Input) -> Self {
        let set = &input.set;
        let index = set.scope_index();
        let mut by: BTreeMap<Reverse<Option<Sensitivity>>, usize> = BTreeMap::new();
        for s in &set.scopes {
            *by.entry(sensitivity_rank(s.sensitivity)).or_default() += 1;
        }
        let grants = set.roles.iter().flat_map(|r| &r.grants);
        let sensitivity = |scope: &str| index.get(scope).and_then(|s| s.sensitivity);
        let deprecated = set.scopes.iter().filter(|s| s.status == Status::Deprecated);
        let phi = Phi::new(input);
        Summary {
            source: input.source.clone(),
            as_of: input.today,
            scopes: set.scopes.len(),
            by_sensitivity: by.into_iter().map(|(Reverse(s), n)| (s, n)).collect(),
            roles: set.roles.len(),
            clients: set.clients.len(),
            grants: grants.clone().count(),
            phi_grants: grants.clone().filter(|g| sensitivity(&g.scope) == Some(Sensitivity::Phi)).count(),
            deprecated: deprecated.clone().count(),
            past_sunset: deprecated.filter(|s| s.sunset.is_some_and(|d| d < input.today)).count(),
            over_phi_limit: phi.rows.iter().filter(|r| r.over_limit).count(),
            expired_grants: grants.clone().filter(|g| g.is_expired(input.today)).count(),
            expiring_grants: grants
                .filter(|g| g.expires.is_some_and(|d| (0..=EXPIRING_DAYS).contains(&days_between(input.today, d))))
                .count(),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{Action, Client, Grant, Role, Scope, parse_date};

    pub(crate) fn date(s: &str) -> Date {
        parse_date(s).unwrap()
    }

    fn scope(name: &str, sensitivity: Option<Sensitivity>, actions: &[Action]) -> Scope {
        Scope { sensitivity, actions: actions.to_vec(), ..Scope::new(name) }
    }

    /// A small set: PHI read and write, a deprecated catch-all past its sunset, a break-glass role.
    pub(crate) fn input() -> Input {
        let mut old = scope("read_all_data", Some(Sensitivity::Phi), &[Action::Read]);
        old.status = Status::Deprecated;
        old.sunset = Some(date("2026-11-01"));
        old.replaced_by = vec!["view_lab_results".into()];
        let mut soon = scope("read_notes", Some(Sensitivity::Confidential), &[Action::Read]);
        soon.status = Status::Deprecated;
        soon.sunset = Some(date("2027-01-28"));
        let set = ScopeSet {
            scopes: vec![
                scope("view_lab_results", Some(Sensitivity::Phi), &[Action::Read]),
                scope("write_lab_results", Some(Sensitivity::Phi), &[Action::Create, Action::Update]),
                scope("read_directory", Some(Sensitivity::Public), &[Action::Read]),
                scope("tag_things", None, &[]),
                old,
                soon,
            ],
            roles: vec![
                Role {
                    name: "er_admin".into(),
                    break_glass: true,
                    grants: vec![Grant {
                        scope: "write_lab_results".into(),
                        justification: Some("trauma bay".into()),
                        expires: Some(date("2026-12-10")),
                    }],
                    ..Role::default()
                },
                Role {
                    name: "nurse".into(),
                    grants: vec![
                        Grant::plain("read_all_data"),
                        Grant {
                            scope: "view_lab_results".into(),
                            justification: Some("ward rounds".into()),
                            expires: Some(date("2026-11-28")),
                        },
                    ],
                    ..Role::default()
                },
            ],
            clients: vec![Client {
                name: "portal".into(),
                features: [("labs".to_owned(), vec!["view_lab_results".to_owned(), "read_directory".to_owned()])]
                    .into(),
                ..Client::default()
            }],
            ..ScopeSet::default()
        };
        Input::from_set(set, "scopes.toml", date("2026-11-29"))
    }

    #[test]
    fn the_summary_counts_what_a_reviewer_asks_first() {
        let s = Summary::new(&input());
        assert_eq!((s.scopes, s.roles, s.clients, s.grants, s.phi_grants), (6, 2, 1, 3, 3));
        assert_eq!((s.deprecated, s.past_sunset), (2, 1));
        assert_eq!((s.expired_grants, s.expiring_grants), (1, 1));
        assert_eq!(s.by_sensitivity[0], (Some(Sensitivity::Phi), 3));
        assert_eq!(s.by_sensitivity.last(), Some(&(None, 1)));
        assert_eq!(s.over_phi_limit, 0);
    }

    #[test]
    fn days_between_counts_both_ways() {
        assert_eq!(days_between(date("2026-11-29"), date("2027-01-28")), 60);
        assert_eq!(days_between(date("2026-11-29"), date("2026-11-01")), -28);
    }
}
