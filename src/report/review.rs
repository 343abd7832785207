//! `report review`: the quarterly access-review sheet, one row per grant with a blank decision
//! column for the reviewer.

use jiff::civil::Date;
use serde::Serialize;

use super::Input;
use crate::model::{Sensitivity, Status};

/// One grant to keep or revoke.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewRow {
    pub role: String,
    pub break_glass: bool,
    pub scope: String,
    pub sensitivity: Option<Sensitivity>,
    /// `None` when the scope is not defined.
    pub scope_status: Option<Status>,
    pub justification: Option<String>,
    pub granted_at: Option<String>,
    pub granted_by: Option<String>,
    pub expires: Option<Date>,
    pub expired: bool,
    /// From the audit; `None` without audit data or when never used.
    pub last_used: Option<String>,
    /// Left blank for the reviewer: keep, revoke, or change.
    pub decision: String,
}

/// `report review`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Review {
    pub source: String,
    pub as_of: Date,
    pub grants: Vec<ReviewRow>,
}

impl Review {
    /// Every grant, by role then scope.
    #[must_use]
    pub fn new(input: &Input) -> Self {
        let index = input.set.scope_index();
        let mut grants = Vec::new();
        for role in &input.set.roles {
            for g in &role.grants {
                let key = (role.name.clone(), g.scope.clone());
                let origin = input.origins.as_ref().and_then(|o| o.get(&key));
                let scope = index.get(g.scope.as_str());
                grants.push(ReviewRow {
                    role: role.name.clone(),
                    break_glass: role.break_glass,
                    scope: g.scope.clone(),
                    sensitivity: scope.and_then(|s| s.sensitivity),
                    scope_status: scope.map(|s| s.status),
                    justification: g.justification.clone(),
                    granted_at: origin.map(|o| o.granted_at.clone()),
                    granted_by: origin.map(|o| o.granted_by.clone()),
                    expires: g.expires,
                    expired: g.is_expired(input.today),
                    last_used: input.usage.last_used.get(&key).cloned(),
                    decision: String::new(),
                });
            }
        }
        grants.sort_by(|a, b| (&a.role, &a.scope).cmp(&(&b.role, &b.scope)));
        Review { source: input.source.clone(), as_of: input.today, grants }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tests::input;
    use crate::store::GrantOrigin;

    #[test]
    fn one_row_per_grant_with_origin_and_last_use() {
        let mut input = input();
        let key = ("nurse".to_owned(), "view_lab_results".to_owned());
        let origin = GrantOrigin { granted_at: "2026-01-02T03:04:05Z".into(), granted_by: "alice".into() };
        input.origins = Some([(key.clone(), origin)].into());
        input.usage.last_used.insert(key, "2026-11-20T08:00:00Z".into());
        let r = Review::new(&input);
        let rows: Vec<(&str, &str)> = r.grants.iter().map(|g| (g.role.as_str(), g.scope.as_str())).collect();
        assert_eq!(
            rows,
            [("er_admin", "write_lab_results"), ("nurse", "read_all_data"), ("nurse", "view_lab_results")]
        );
        let g = &r.grants[2];
        assert_eq!((g.granted_by.as_deref(), g.last_used.as_deref()), (Some("alice"), Some("2026-11-20T08:00:00Z")));
        assert!(g.expired && g.decision.is_empty());
        assert_eq!(r.grants[1].granted_at, None);
        assert_eq!(r.grants[1].scope_status, Some(Status::Deprecated));
    }
}
