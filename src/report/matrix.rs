//! `report matrix`: roles and clients × scopes, grouped by sensitivity.

use std::collections::{BTreeMap, HashMap};

use jiff::civil::Date;
use serde::Serialize;

use super::{Holder, Input, sensitivity_rank};
use crate::model::{Sensitivity, Status};

/// One column: a scope, in sensitivity-group order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MatrixScope {
    pub name: String,
    pub sensitivity: Option<Sensitivity>,
    /// `None` when a role or client names a scope the set does not define.
    pub status: Option<Status>,
    pub sunset: Option<Date>,
    /// Marked broad by the linter's breadth rules (see [`Input::broad`]).
    pub broad: bool,
}

impl MatrixScope {
    /// Deprecated or retired.
    #[must_use]
    pub fn is_deprecated(&self) -> bool {
        matches!(self.status, Some(Status::Deprecated | Status::Retired))
    }
}

/// One held scope in a row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cell {
    pub scope: String,
    pub justification: Option<String>,
    pub expires: Option<Date>,
    pub expired: bool,
    /// The held scope is deprecated or retired.
    pub deprecated: bool,
    /// For a client: the features that need the scope.
    pub features: Vec<String>,
}

/// One row: a role or a client and the scopes it holds, in column order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MatrixRow {
    pub kind: Holder,
    pub name: String,
    pub break_glass: bool,
    /// The most sensitive scope held: the row's group.
    pub max_sensitivity: Option<Sensitivity>,
    pub cells: Vec<Cell>,
}

/// `report matrix`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Matrix {
    pub source: String,
    pub as_of: Date,
    pub scopes: Vec<MatrixScope>,
    pub rows: Vec<MatrixRow>,
}

impl Matrix {
    /// Columns are every scope not retired plus any scope held, most sensitive group first; rows
    /// are grouped by the most sensitive scope they hold, roles before clients within a group.
    #[must_use]
    pub fn new(input: &Input) -> Self {
        let set = &input.set;
        let index = set.scope_index();
        let mut rows: Vec<MatrixRow> = Vec::new();
        for role in &set.roles {
            let cells = role
                .grants
                .iter()
                .map(|g| Cell {
                    scope: g.scope.clone(),
                    justification: g.justification.clone(),
                    expires: g.expires,
                    expired: g.is_expired(input.today),
                    deprecated: false,
                    features: Vec::new(),
                })
                .collect();
            rows.push(MatrixRow {
                kind: Holder::Role,
                name: role.name.clone(),
                break_glass: role.break_glass,
                max_sensitivity: None,
                cells,
            });
        }
        for client in &set.clients {
            let mut by_scope: BTreeMap<&str, Vec<String>> = BTreeMap::new();
            for (feature, scopes) in &client.features {
                for s in scopes {
                    by_scope.entry(s).or_default().push(feature.clone());
                }
            }
            let cells = by_scope
                .into_iter()
                .map(|(scope, features)| Cell {
                    scope: scope.to_owned(),
                    justification: None,
                    expires: None,
                    expired: false,
                    deprecated: false,
                    features,
                })
                .collect();
            rows.push(MatrixRow {
                kind: Holder::Client,
                name: client.name.clone(),
                break_glass: false,
                max_sensitivity: None,
                cells,
            });
        }

        let mut columns: HashMap<&str, MatrixScope> = set
            .scopes
            .iter()
            .filter(|s| s.status != Status::Retired)
            .map(|s| (s.name.as_str(), column(input, s.name.as_str(), &index)))
            .collect();
        for cell in rows.iter().flat_map(|r| &r.cells) {
            columns.entry(cell.scope.as_str()).or_insert_with(|| column(input, &cell.scope, &index));
        }
        let mut scopes: Vec<MatrixScope> = columns.into_values().collect();
        scopes.sort_by(|a, b| {
            (sensitivity_rank(a.sensitivity), &a.name).cmp(&(sensitivity_rank(b.sensitivity), &b.name))
        });
        let order: HashMap<&str, usize> = scopes.iter().enumerate().map(|(i, s)| (s.name.as_str(), i)).collect();

        for row in &mut rows {
            for cell in &mut row.cells {
                let col = &scopes[order[cell.scope.as_str()]];
                cell.deprecated = col.is_deprecated();
            }
            row.cells.sort_by_key(|c| order[c.scope.as_str()]);
            row.max_sensitivity = row.cells.iter().filter_map(|c| scopes[order[c.scope.as_str()]].sensitivity).max();
        }
        rows.sort_by(|a, b| {
            (sensitivity_rank(a.max_sensitivity), a.kind, &a.name).cmp(&(
                sensitivity_rank(b.max_sensitivity),
                b.kind,
                &b.name,
            ))
        });
        Matrix { source: input.source.clone(), as_of: input.today, scopes, rows }
    }
}

fn column(input: &Input, name: &str, index: &HashMap<&str, &crate::model::Scope>) -> MatrixScope {
    let scope = index.get(name);
    MatrixScope {
        name: name.to_owned(),
        sensitivity: scope.and_then(|s| s.sensitivity),
        status: scope.map(|s| s.status),
        sunset: scope.and_then(|s| s.sunset),
        broad: input.broad.contains(name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tests::input;

    #[test]
    fn columns_and_rows_are_grouped_most_sensitive_first() {
        let mut input = input();
        input.set.roles[1].grants.push(crate::model::Grant::plain("ghost_scope"));
        input.broad.insert("read_all_data".into());
        let m = Matrix::new(&input);
        let names: Vec<&str> = m.scopes.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "read_all_data",
                "view_lab_results",
                "write_lab_results",
                "read_notes",
                "read_directory",
                "ghost_scope",
                "tag_things"
            ]
        );
        assert!(m.scopes[0].broad && m.scopes[0].is_deprecated());
        assert_eq!(m.scopes[5].status, None, "an undefined scope still gets a column");
        let rows: Vec<(&str, Holder)> = m.rows.iter().map(|r| (r.name.as_str(), r.kind)).collect();
        assert_eq!(rows, [("er_admin", Holder::Role), ("nurse", Holder::Role), ("portal", Holder::Client)]);
        let nurse = &m.rows[1];
        assert_eq!(
            nurse.cells.iter().map(|c| c.scope.as_str()).collect::<Vec<_>>(),
            ["read_all_data", "view_lab_results", "ghost_scope"]
        );
        assert!(nurse.cells[0].deprecated && !nurse.cells[1].deprecated);
        assert!(nurse.cells[1].expired, "expired the day before today");
        assert_eq!(m.rows[2].cells[0].features, ["labs"]);
    }
}
