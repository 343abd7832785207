//! `report lifecycle`: deprecated scopes with their sunset countdown, replacement, and who still
//! holds (or, from the audit, still uses) them.

use std::collections::BTreeSet;

use jiff::civil::Date;
use serde::Serialize;

use super::{Input, days_between};
use crate::model::{Sensitivity, Status};

/// One deprecated scope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LifecycleRow {
    pub scope: String,
    pub sensitivity: Option<Sensitivity>,
    pub sunset: Option<Date>,
    /// Days from today to the sunset; negative once it has passed.
    pub days_left: Option<i64>,
    pub past_sunset: bool,
    pub replaced_by: Vec<String>,
    pub reason: Option<String>,
    pub held_by_roles: Vec<String>,
    pub held_by_clients: Vec<String>,
    /// Roles the audit saw using the scope (empty without audit data).
    pub used_by: Vec<String>,
    /// The latest use the audit saw, by any role.
    pub last_used: Option<String>,
}

/// `report lifecycle`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Lifecycle {
    pub source: String,
    pub as_of: Date,
    pub scopes: Vec<LifecycleRow>,
}

impl Lifecycle {
    /// Deprecated scopes by sunset, soonest (or longest past) first; those without a sunset last.
    #[must_use]
    pub fn new(input: &Input) -> Self {
        let set = &input.set;
        let mut scopes: Vec<LifecycleRow> = set
            .scopes
            .iter()
            .filter(|s| s.status == Status::Deprecated)
            .map(|s| {
                let days_left = s.sunset.map(|d| days_between(input.today, d));
                let held_by_roles =
                    set.roles.iter().filter(|r| r.grants.iter().any(|g| g.scope == s.name)).map(|r| r.name.clone());
                let held_by_clients =
                    set.clients.iter().filter(|c| c.all_scopes().contains(&s.name.as_str())).map(|c| c.name.clone());
                let uses: Vec<(&String, &String)> = input
                    .usage
                    .last_used
                    .iter()
                    .filter(|((_, scope), _)| *scope == s.name)
                    .map(|((role, _), when)| (role, when))
                    .collect();
                let used_by: BTreeSet<String> = uses.iter().map(|(role, _)| (*role).clone()).collect();
                LifecycleRow {
                    scope: s.name.clone(),
                    sensitivity: s.sensitivity,
                    sunset: s.sunset,
                    days_left,
                    past_sunset: days_left.is_some_and(|d| d < 0),
                    replaced_by: s.replaced_by.clone(),
                    reason: s.reason.clone(),
                    held_by_roles: held_by_roles.collect(),
                    held_by_clients: held_by_clients.collect(),
                    used_by: used_by.into_iter().collect(),
                    last_used: uses.iter().map(|(_, when)| (*when).clone()).max(),
                }
            })
            .collect();
        scopes.sort_by(|a, b| (a.sunset.is_none(), a.sunset, &a.scope).cmp(&(b.sunset.is_none(), b.sunset, &b.scope)));
        Lifecycle { source: input.source.clone(), as_of: input.today, scopes }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tests::input;

    #[test]
    fn deprecated_scopes_count_down_to_their_sunset() {
        let mut input = input();
        input.usage.last_used.insert(("nurse".into(), "read_all_data".into()), "2026-11-20T08:00:00Z".into());
        input.usage.last_used.insert(("er_admin".into(), "read_all_data".into()), "2026-11-21T08:00:00Z".into());
        let l = Lifecycle::new(&input);
        assert_eq!(l.scopes.len(), 2);
        let past = &l.scopes[0];
        assert_eq!((past.scope.as_str(), past.days_left, past.past_sunset), ("read_all_data", Some(-28), true));
        assert_eq!(past.held_by_roles, ["nurse"]);
        assert_eq!(past.used_by, ["er_admin", "nurse"]);
        assert_eq!(past.last_used.as_deref(), Some("2026-11-21T08:00:00Z"));
        let soon = &l.scopes[1];
        assert_eq!((soon.days_left, soon.past_sunset), (Some(60), false));
        assert!(soon.held_by_roles.is_empty() && soon.used_by.is_empty() && soon.last_used.is_none());
    }
}
