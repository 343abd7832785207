//! The catalog as it was at a point in the change log, rebuilt by replaying each entry's `after`
//! state: what `export --at TAG` and `diff tag:NAME …` read.

use std::collections::BTreeMap;

use anyhow::{Context, Result, bail};
use rusqlite::Connection;
use serde::Deserialize;

use crate::model::{Client, Grant, Role, Scope, ScopeSet};

#[derive(Deserialize)]
struct RoleAfter {
    name: String,
    description: Option<String>,
    break_glass: bool,
}

#[derive(Deserialize)]
struct GrantAfter {
    role: String,
    scope: String,
    justification: Option<String>,
    expires: Option<jiff::civil::Date>,
}

/// Every scope, role (with grants) and client as they were after change-log entry `seq`, by name,
/// in the same shape as [`snapshot`](super::snapshot).
///
/// # Errors
/// When SQLite fails or an entry does not hold the JSON its kind should.
pub fn snapshot_at(conn: &Connection, seq: i64) -> Result<ScopeSet> {
    let mut scopes: BTreeMap<String, Scope> = BTreeMap::new();
    let mut roles: BTreeMap<String, Role> = BTreeMap::new();
    let mut grants: BTreeMap<(String, String), Grant> = BTreeMap::new();
    let mut clients: BTreeMap<String, Client> = BTreeMap::new();
    let mut stmt =
        conn.prepare("SELECT seq, entity_kind, entity, after FROM changelog WHERE seq <= ?1 ORDER BY seq")?;
    let rows = stmt.query_map([seq], |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, Option<String>>(3)?))
    })?;
    for row in rows {
        let (at, kind, entity, after) = row?;
        let replay = || -> Result<()> {
            match (kind.as_str(), after) {
                ("scope", Some(json)) => {
                    let s: Scope = serde_json::from_str(&json)?;
                    scopes.insert(s.name.clone(), s);
                }
                ("scope", None) => {
                    scopes.remove(&entity);
                }
                ("role", Some(json)) => {
                    let r: RoleAfter = serde_json::from_str(&json)?;
                    let role = roles.entry(r.name.clone()).or_default();
                    role.name = r.name;
                    role.description = r.description;
                    role.break_glass = r.break_glass;
                }
                ("role", None) => {
                    roles.remove(&entity);
                    grants.retain(|(role, _), _| *role != entity);
                }
                ("grant", Some(json)) => {
                    let g: GrantAfter = serde_json::from_str(&json)?;
                    let grant = Grant { scope: g.scope.clone(), justification: g.justification, expires: g.expires };
                    grants.insert((g.role, g.scope), grant);
                }
                ("grant", None) => {
                    let (role, scope) = entity.split_once(' ').context("a grant entity is not `ROLE SCOPE`")?;
                    grants.remove(&(role.to_owned(), scope.to_owned()));
                }
                ("client", Some(json)) => {
                    let c: Client = serde_json::from_str(&json)?;
                    clients.insert(c.name.clone(), c);
                }
                ("client", None) => {
                    clients.remove(&entity);
                }
                ("tag" | "audit", _) => {}
                (other, _) => bail!("unknown entity kind `{other}`"),
            }
            Ok(())
        };
        replay().with_context(|| format!("cannot replay change-log entry {at}"))?;
    }
    for ((role, _), grant) in grants {
        if let Some(r) = roles.get_mut(&role) {
            r.grants.push(grant);
        }
    }
    Ok(ScopeSet {
        scopes: scopes.into_values().collect(),
        roles: roles.into_values().collect(),
        clients: clients.into_values().collect(),
        ..ScopeSet::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{
        Change, create_client, create_role, create_tag, grant, insert_scope, open_in_memory, revoke, set_feature,
        snapshot,
    };

    #[test]
    fn replay_to_the_head_is_the_snapshot_and_a_tag_is_the_past() {
        let conn = open_in_memory().unwrap();
        let c = Change::now("t", "test");
        insert_scope(&conn, &Scope::new("a"), &c).unwrap();
        insert_scope(&conn, &Scope::new("b"), &c).unwrap();
        create_role(&conn, "nurse", Some("Ward"), false, &c).unwrap();
        grant(&conn, "nurse", &Grant::plain("a"), &c).unwrap();
        create_client(&conn, "portal", None, &c).unwrap();
        set_feature(&conn, "portal", "labs", &["b".into()], &c).unwrap();
        let tag = create_tag(&conn, "v1", None, &c).unwrap();
        let at_tag = snapshot(&conn).unwrap();
        revoke(&conn, "nurse", "a", &c).unwrap();
        grant(&conn, "nurse", &Grant::plain("b"), &c).unwrap();
        crate::store::delete_client(&conn, "portal", &c).unwrap();
        let head: i64 = conn.query_row("SELECT max(seq) FROM changelog", [], |r| r.get(0)).unwrap();
        assert_eq!(snapshot_at(&conn, head).unwrap(), snapshot(&conn).unwrap());
        assert_eq!(snapshot_at(&conn, tag.seq).unwrap(), at_tag);
    }
}
