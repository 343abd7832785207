//! Roles and their grants.

use std::collections::HashMap;

use anyhow::{Context, Result, bail};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use super::Change;
use crate::model::{Grant, Role, Sensitivity, Status};

/// A grant as stored: who made it and when, and the held scope's current state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GrantRecord {
    #[serde(flatten)]
    pub grant: Grant,
    pub granted_at: String,
    pub granted_by: String,
    pub status: Status,
    pub sensitivity: Option<Sensitivity>,
}

/// A role with all its grants, sorted by scope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoleRecord {
    pub name: String,
    pub description: Option<String>,
    pub break_glass: bool,
    pub created_at: String,
    pub created_by: String,
    pub grants: Vec<GrantRecord>,
}

/// One line of `role list`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoleSummary {
    pub name: String,
    pub description: Option<String>,
    pub break_glass: bool,
    pub grants: u32,
    pub phi_grants: u32,
}

/// A role's own fields, as logged.
#[derive(Debug, Serialize)]
struct RoleLog<'a> {
    name: &'a str,
    description: Option<&'a str>,
    break_glass: bool,
}

/// A grant as logged (entity `ROLE SCOPE`).
#[derive(Debug, Serialize)]
struct GrantLog<'a> {
    role: &'a str,
    scope: &'a str,
    justification: Option<&'a str>,
    expires: Option<String>,
}

impl<'a> GrantLog<'a> {
    fn new(role: &'a str, grant: &'a Grant) -> Self {
        GrantLog {
            role,
            scope: &grant.scope,
            justification: grant.justification.as_deref(),
            expires: grant.expires.map(|d| d.to_string()),
        }
    }
}

fn role_id(conn: &Connection, name: &str) -> Result<i64> {
    conn.prepare_cached("SELECT id FROM roles WHERE name = ?1")?
        .query_row([name], |r| r.get(0))
        .optional()?
        .with_context(|| format!("no role named `{name}`"))
}

/// Adds a role without grants.
///
/// # Errors
/// When the name is taken or SQLite fails.
pub fn create(
    conn: &Connection,
    name: &str,
    description: Option<&str>,
    break_glass: bool,
    change: &Change,
) -> Result<()> {
    let taken: bool = conn
        .prepare_cached("SELECT 1 FROM roles WHERE name = ?1")?
        .query_row([name], |_| Ok(true))
        .optional()?
        .unwrap_or(false);
    if taken {
        bail!("a role named `{name}` already exists");
    }
    conn.prepare_cached(
        "INSERT INTO roles (name, description, break_glass, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![name, description, break_glass, change.ts, change.actor])?;
    let after = RoleLog { name, description, break_glass };
    change.record(conn, "role", name, None::<&RoleLog>, Some(&after))?;
    Ok(())
}

/// Changes a role's description and break-glass flag.
///
/// # Errors
/// When there is no such role or SQLite fails.
pub fn update(
    conn: &Connection,
    name: &str,
    description: Option<&str>,
    break_glass: bool,
    change: &Change,
) -> Result<()> {
    let before = get(conn, name)?.with_context(|| format!("no role named `{name}`"))?;
    conn.prepare_cached("UPDATE roles SET description = ?2, break_glass = ?3 WHERE name = ?1")?.execute(params![
        name,
        description,
        break_glass
    ])?;
    change.record(
        conn,
        "role",
        name,
        Some(&RoleLog { name, description: before.description.as_deref(), break_glass: before.break_glass }),
        Some(&RoleLog { name, description, break_glass }),
    )?;
    Ok(())
}

/// Deletes a role and its grants, logging each grant's removal.
///
/// # Errors
/// When there is no such role or SQLite fails.
pub fn delete(conn: &Connection, name: &str, change: &Change) -> Result<()> {
    let role = get(conn, name)?.with_context(|| format!("no role named `{name}`"))?;
    for g in &role.grants {
        revoke(conn, name, &g.grant.scope, change)?;
    }
    conn.prepare_cached("DELETE FROM roles WHERE name = ?1")?.execute([name])?;
    let before = RoleLog { name, description: role.description.as_deref(), break_glass: role.break_glass };
    change.record(conn, "role", name, Some(&before), None::<&RoleLog>)?;
    Ok(())
}

/// The role `name` with its grants.
///
/// # Errors
/// When SQLite fails.
pub fn get(conn: &Connection, name: &str) -> Result<Option<RoleRecord>> {
    let head = conn
        .prepare_cached("SELECT id, name, description, break_glass, created_at, created_by FROM roles WHERE name = ?1")?
        .query_row([name], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                RoleRecord {
                    name: r.get(1)?,
                    description: r.get(2)?,
                    break_glass: r.get(3)?,
                    created_at: r.get(4)?,
                    created_by: r.get(5)?,
                    grants: Vec::new(),
                },
            ))
        })
        .optional()?;
    let Some((id, mut role)) = head else { return Ok(None) };
    let mut stmt = conn.prepare_cached(
        "SELECT s.name, g.justification, g.expires, g.granted_at, g.granted_by, v.status, v.sensitivity
         FROM grants g JOIN scopes s ON s.id = g.scope_id
         JOIN scope_versions v ON v.scope_id = s.id AND v.version = s.version
         WHERE g.role_id = ?1 ORDER BY s.name",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Option<String>>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, Option<String>>(6)?,
        ))
    })?;
    for row in rows {
        let (scope, justification, expires, granted_at, granted_by, status, sensitivity) = row?;
        role.grants.push(GrantRecord {
            grant: Grant {
                scope,
                justification,
                expires: expires.map(|d| d.parse()).transpose().context("a stored expiry date is corrupt")?,
            },
            granted_at,
            granted_by,
            status: status.parse().map_err(anyhow::Error::msg)?,
            sensitivity: sensitivity.map(|s| s.parse()).transpose().map_err(anyhow::Error::msg)?,
        });
    }
    Ok(Some(role))
}

/// The role `name` without its grants (`grants` is empty).
///
/// # Errors
/// When SQLite fails.
pub fn get_head(conn: &Connection, name: &str) -> Result<Option<Role>> {
    Ok(conn
        .prepare_cached("SELECT name, description, break_glass FROM roles WHERE name = ?1")?
        .query_row([name], |r| {
            Ok(Role { name: r.get(0)?, description: r.get(1)?, break_glass: r.get(2)?, grants: Vec::new() })
        })
        .optional()?)
}

/// Every role with its grant counts, by name.
///
/// # Errors
/// When SQLite fails.
pub fn list(conn: &Connection) -> Result<Vec<RoleSummary>> {
    let mut stmt = conn.prepare(
        "SELECT r.name, r.description, r.break_glass, count(g.scope_id),
                coalesce(sum(v.sensitivity = 'phi'), 0)
         FROM roles r
         LEFT JOIN grants g ON g.role_id = r.id
         LEFT JOIN scopes s ON s.id = g.scope_id
         LEFT JOIN scope_versions v ON v.scope_id = s.id AND v.version = s.version
         GROUP BY r.id ORDER BY r.name",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok(RoleSummary {
                name: r.get(0)?,
                description: r.get(1)?,
                break_glass: r.get(2)?,
                grants: r.get(3)?,
                phi_grants: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// When and by whom a grant was first made, as stored beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GrantOrigin {
    pub granted_at: String,
    pub granted_by: String,
}

/// When and by whom every grant was made, keyed by (role, scope): one query for the whole catalog.
///
/// # Errors
/// When SQLite fails.
pub fn origins(conn: &Connection) -> Result<HashMap<(String, String), GrantOrigin>> {
    let mut stmt = conn.prepare(
        "SELECT r.name, s.name, g.granted_at, g.granted_by FROM grants g
         JOIN roles r ON r.id = g.role_id JOIN scopes s ON s.id = g.scope_id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(((r.get(0)?, r.get(1)?), GrantOrigin { granted_at: r.get(2)?, granted_by: r.get(3)? }))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Gives `role` the grant (or changes its justification and expiry); returns whether anything
/// changed. The caller has checked the scope's lifecycle and the role's break-glass rule.
///
/// # Errors
/// When the role or scope does not exist or SQLite fails.
pub fn grant(conn: &Connection, role: &str, grant: &Grant, change: &Change) -> Result<bool> {
    let role_id = role_id(conn, role)?;
    let scope_id: i64 = conn
        .prepare_cached("SELECT id FROM scopes WHERE name = ?1")?
        .query_row([&grant.scope], |r| r.get(0))
        .optional()?
        .with_context(|| format!("no scope named `{}`", grant.scope))?;
    let before = current_grant(conn, role_id, scope_id, &grant.scope)?;
    if before.as_ref() == Some(grant) {
        return Ok(false);
    }
    conn.prepare_cached(
        "INSERT INTO grants (role_id, scope_id, justification, expires, granted_at, granted_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (role_id, scope_id) DO UPDATE SET justification = ?3, expires = ?4",
    )?
    .execute(params![
        role_id,
        scope_id,
        grant.justification,
        grant.expires.map(|d| d.to_string()),
        change.ts,
        change.actor
    ])?;
    change.record(
        conn,
        "grant",
        &format!("{role} {}", grant.scope),
        before.as_ref().map(|b| GrantLog::new(role, b)).as_ref(),
        Some(&GrantLog::new(role, grant)),
    )?;
    Ok(true)
}

fn current_grant(conn: &Connection, role_id: i64, scope_id: i64, scope: &str) -> Result<Option<Grant>> {
    let row = conn
        .prepare_cached("SELECT justification, expires FROM grants WHERE role_id = ?1 AND scope_id = ?2")?
        .query_row(params![role_id, scope_id], |r| Ok((r.get::<_, Option<String>>(0)?, r.get::<_, Option<String>>(1)?)))
        .optional()?;
    row.map(|(justification, expires)| {
        Ok(Grant {
            scope: scope.to_owned(),
            justification,
            expires: expires.map(|d| d.parse()).transpose().context("a stored expiry date is corrupt")?,
        })
    })
    .transpose()
}

/// Takes the scope away from the role; returns whether the role held it.
///
/// # Errors
/// When the role does not exist or SQLite fails.
pub fn revoke(conn: &Connection, role: &str, scope: &str, change: &Change) -> Result<bool> {
    let role_id = role_id(conn, role)?;
    let Some(scope_id) = conn
        .prepare_cached("SELECT id FROM scopes WHERE name = ?1")?
        .query_row([scope], |r| r.get::<_, i64>(0))
        .optional()?
    else {
        return Ok(false);
    };
    let Some(before) = current_grant(conn, role_id, scope_id, scope)? else { return Ok(false) };
    conn.prepare_cached("DELETE FROM grants WHERE role_id = ?1 AND scope_id = ?2")?
        .execute(params![role_id, scope_id])?;
    change.record(conn, "grant", &format!("{role} {scope}"), Some(&GrantLog::new(role, &before)), None::<&GrantLog>)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Scope;
    use crate::store::{insert_scope, open_in_memory};

    #[test]
    fn grant_revoke_and_delete_cascade() {
        let conn = open_in_memory().unwrap();
        let change = Change::now("alice", "test");
        insert_scope(&conn, &Scope::new("read_labs"), &change).unwrap();
        create(&conn, "nurse", Some("Ward nurse"), false, &change).unwrap();
        assert!(create(&conn, "nurse", None, false, &change).is_err());
        assert!(grant(&conn, "nurse", &Grant::plain("read_labs"), &change).unwrap());
        assert!(!grant(&conn, "nurse", &Grant::plain("read_labs"), &change).unwrap(), "same grant twice is no change");
        assert_eq!(list(&conn).unwrap()[0].grants, 1);
        assert!(grant(&conn, "nurse", &Grant::plain("nope"), &change).is_err());
        assert!(revoke(&conn, "nurse", "read_labs", &change).unwrap());
        assert!(!revoke(&conn, "nurse", "read_labs", &change).unwrap());
        grant(&conn, "nurse", &Grant::plain("read_labs"), &change).unwrap();
        delete(&conn, "nurse", &change).unwrap();
        assert!(get(&conn, "nurse").unwrap().is_none());
        let grants: i64 = conn.query_row("SELECT count(*) FROM grants", [], |r| r.get(0)).unwrap();
        assert_eq!(grants, 0);
        assert!(crate::store::verify(&conn).unwrap().ok);
    }

    #[test]
    fn origins_keep_the_first_grant() {
        let conn = open_in_memory().unwrap();
        let first = Change { actor: "alice".into(), command: "test".into(), ts: "2026-01-01T00:00:00Z".into() };
        let later = Change { actor: "bob".into(), command: "test".into(), ts: "2026-02-01T00:00:00Z".into() };
        insert_scope(&conn, &Scope::new("read_labs"), &first).unwrap();
        create(&conn, "nurse", None, false, &first).unwrap();
        grant(&conn, "nurse", &Grant::plain("read_labs"), &first).unwrap();
        let mut changed = Grant::plain("read_labs");
        changed.justification = Some("ward rounds".into());
        grant(&conn, "nurse", &changed, &later).unwrap();
        let all = origins(&conn).unwrap();
        let origin = &all[&("nurse".to_owned(), "read_labs".to_owned())];
        assert_eq!((origin.granted_at.as_str(), origin.granted_by.as_str()), ("2026-01-01T00:00:00Z", "alice"));
        assert_eq!(all.len(), 1);
    }
}
