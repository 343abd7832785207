//! `report phi`: per role and client, its PHI scopes, PHI write access and break-glass grants,
//! counted against `max_phi_scopes_per_role`.

use jiff::civil::Date;
use serde::Serialize;

use super::{Holder, Input};
use crate::model::{Scope, Sensitivity};

/// One role or client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PhiRow {
    pub kind: Holder,
    pub name: String,
    pub break_glass: bool,
    /// The PHI scopes held, by name.
    pub phi_scopes: Vec<String>,
    pub phi_count: usize,
    /// `max_phi_scopes_per_role` of the set.
    pub limit: usize,
    pub over_limit: bool,
    /// The PHI scopes held that create, update or delete.
    pub phi_write: Vec<String>,
    /// The grants of a break-glass role (emergency access), by scope.
    pub break_glass_grants: Vec<String>,
}

/// `report phi`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Phi {
    pub source: String,
    pub as_of: Date,
    pub max_phi_scopes_per_role: usize,
    pub rows: Vec<PhiRow>,
}

impl Phi {
    /// Roles first, then clients; each by PHI count (largest first), then name. The limit is
    /// applied to clients too: an app asking for more PHI than any role may hold deserves a look.
    #[must_use]
    pub fn new(input: &Input) -> Self {
        let set = &input.set;
        let index = set.scope_index();
        let limit = set.settings.max_phi_scopes_per_role;
        let row = |kind: Holder, name: &str, break_glass: bool, held: &mut dyn Iterator<Item = &str>| {
            let mut phi_scopes = Vec::new();
            let mut phi_write = Vec::new();
            let mut break_glass_grants = Vec::new();
            for scope in held {
                if break_glass {
                    break_glass_grants.push(scope.to_owned());
                }
                let Some(s): Option<&&Scope> = index.get(scope) else { continue };
                if s.sensitivity == Some(Sensitivity::Phi) {
                    phi_scopes.push(scope.to_owned());
                    if s.is_phi_write() {
                        phi_write.push(scope.to_owned());
                    }
                }
            }
            PhiRow {
                kind,
                name: name.to_owned(),
                break_glass,
                phi_count: phi_scopes.len(),
                over_limit: phi_scopes.len() > limit,
                phi_scopes,
                limit,
                phi_write,
                break_glass_grants,
            }
        };
        let mut rows: Vec<PhiRow> = set
            .roles
            .iter()
            .map(|r| row(Holder::Role, &r.name, r.break_glass, &mut r.grants.iter().map(|g| g.scope.as_str())))
            .chain(set.clients.iter().map(|c| row(Holder::Client, &c.name, false, &mut c.all_scopes().into_iter())))
            .collect();
        rows.sort_by(|a, b| {
            (a.kind, std::cmp::Reverse(a.phi_count), &a.name).cmp(&(b.kind, std::cmp::Reverse(b.phi_count), &b.name))
        });
        Phi { source: input.source.clone(), as_of: input.today, max_phi_scopes_per_role: limit, rows }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tests::input;

    #[test]
    fn phi_holdings_per_role_and_client() {
        let mut input = input();
        input.set.settings.max_phi_scopes_per_role = 1;
        let phi = Phi::new(&input);
        let names: Vec<&str> = phi.rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["nurse", "er_admin", "portal"]);
        let nurse = &phi.rows[0];
        assert_eq!(nurse.phi_scopes, ["read_all_data", "view_lab_results"]);
        assert!(nurse.over_limit && nurse.phi_write.is_empty() && nurse.break_glass_grants.is_empty());
        let er = &phi.rows[1];
        assert_eq!(
            (er.phi_write.as_slice(), er.break_glass_grants.as_slice()),
            (&["write_lab_results".to_owned()][..], &["write_lab_results".to_owned()][..])
        );
        assert!(!er.over_limit);
        assert_eq!((phi.rows[2].kind, phi.rows[2].phi_count), (Holder::Client, 1));
    }
}
