//! The whole catalog as a [`ScopeSet`]: what `lint --catalog`, `export`, `plan` and `diff` read.

use std::collections::BTreeMap;

use anyhow::Result;
use rusqlite::Connection;

use super::{ScopeFilter, list_clients, list_scopes};
use crate::model::{Grant, Role, ScopeSet};

/// Every scope (current version), role (with grants) and client (with features), by name.
/// Settings and lint configuration live in files, so they are the defaults here.
///
/// # Errors
/// When SQLite fails or stored data is corrupt.
pub fn snapshot(conn: &Connection) -> Result<ScopeSet> {
    let scopes = list_scopes(conn, &ScopeFilter::default())?.into_iter().map(|r| r.scope).collect();
    let mut roles: BTreeMap<String, Role> = BTreeMap::new();
    let mut stmt = conn.prepare("SELECT name, description, break_glass FROM roles ORDER BY name")?;
    for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?)))? {
        let (name, description, break_glass) = row?;
        roles.insert(name.clone(), Role { name, description, break_glass, grants: Vec::new() });
    }
    let mut stmt = conn.prepare(
        "SELECT r.name, s.name, g.justification, g.expires FROM grants g
         JOIN roles r ON r.id = g.role_id JOIN scopes s ON s.id = g.scope_id ORDER BY r.name, s.name",
    )?;
    for row in stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, Option<String>>(3)?,
        ))
    })? {
        let (role, scope, justification, expires) = row?;
        let expires = expires
            .map(|d| d.parse())
            .transpose()
            .map_err(|e| anyhow::anyhow!("a stored expiry date is corrupt: {e}"))?;
        if let Some(r) = roles.get_mut(&role) {
            r.grants.push(Grant { scope, justification, expires });
        }
    }
    let clients = list_clients(conn)?.into_iter().map(|c| c.client).collect();
    Ok(ScopeSet { scopes, roles: roles.into_values().collect(), clients, ..ScopeSet::default() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Scope;
    use crate::store::{Change, create_client, create_role, grant, insert_scope, open_in_memory, set_feature};

    #[test]
    fn the_snapshot_holds_everything() {
        let conn = open_in_memory().unwrap();
        let c = Change::now("t", "test");
        insert_scope(&conn, &Scope::new("b"), &c).unwrap();
        insert_scope(&conn, &Scope::new("a"), &c).unwrap();
        create_role(&conn, "nurse", None, false, &c).unwrap();
        grant(&conn, "nurse", &Grant::plain("a"), &c).unwrap();
        create_client(&conn, "portal", None, &c).unwrap();
        set_feature(&conn, "portal", "labs", &["b".into()], &c).unwrap();
        let set = snapshot(&conn).unwrap();
        assert_eq!(set.scopes.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(set.roles[0].grants, [Grant::plain("a")]);
        assert_eq!(set.clients[0].features["labs"], ["b"]);
    }
}
