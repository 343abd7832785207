//! Clients and the scopes each of their features needs.

use std::collections::BTreeMap;

use anyhow::{Context, Result, bail};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use super::Change;
use crate::model::Client;

/// A client as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClientRecord {
    #[serde(flatten)]
    pub client: Client,
    pub created_at: String,
    pub created_by: String,
}

fn client_id(conn: &Connection, name: &str) -> Result<i64> {
    conn.prepare_cached("SELECT id FROM clients WHERE name = ?1")?
        .query_row([name], |r| r.get(0))
        .optional()?
        .with_context(|| format!("no client named `{name}`"))
}

/// Adds a client without features.
///
/// # Errors
/// When the name is taken or SQLite fails.
pub fn create(conn: &Connection, name: &str, description: Option<&str>, change: &Change) -> Result<()> {
    if get(conn, name)?.is_some() {
        bail!("a client named `{name}` already exists");
    }
    conn.prepare_cached("INSERT INTO clients (name, description, created_at, created_by) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![name, description, change.ts, change.actor])?;
    let after =
        Client { name: name.to_owned(), description: description.map(str::to_owned), features: BTreeMap::new() };
    change.record(conn, "client", name, None::<&Client>, Some(&after))?;
    Ok(())
}

/// Changes a client's description.
///
/// # Errors
/// When there is no such client or SQLite fails.
pub fn update(conn: &Connection, name: &str, description: Option<&str>, change: &Change) -> Result<()> {
    let before = get(conn, name)?.with_context(|| format!("no client named `{name}`"))?.client;
    conn.prepare_cached("UPDATE clients SET description = ?2 WHERE name = ?1")?.execute(params![name, description])?;
    let after = Client { description: description.map(str::to_owned), ..before.clone() };
    change.record(conn, "client", name, Some(&before), Some(&after))?;
    Ok(())
}

/// Deletes a client and its features.
///
/// # Errors
/// When there is no such client or SQLite fails.
pub fn delete(conn: &Connection, name: &str, change: &Change) -> Result<()> {
    let before = get(conn, name)?.with_context(|| format!("no client named `{name}`"))?.client;
    conn.prepare_cached("DELETE FROM clients WHERE name = ?1")?.execute([name])?;
    change.record(conn, "client", name, Some(&before), None::<&Client>)?;
    Ok(())
}

/// The client `name` with its features.
///
/// # Errors
/// When SQLite fails.
pub fn get(conn: &Connection, name: &str) -> Result<Option<ClientRecord>> {
    let head = conn
        .prepare_cached("SELECT id, description, created_at, created_by FROM clients WHERE name = ?1")?
        .query_row([name], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?))
        })
        .optional()?;
    let Some((id, description, created_at, created_by)) = head else { return Ok(None) };
    let features = features_of(conn, id)?;
    Ok(Some(ClientRecord { client: Client { name: name.to_owned(), description, features }, created_at, created_by }))
}

fn features_of(conn: &Connection, client_id: i64) -> Result<BTreeMap<String, Vec<String>>> {
    let mut features: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT f.name, s.name FROM features f
         LEFT JOIN feature_scopes fs ON fs.feature_id = f.id LEFT JOIN scopes s ON s.id = fs.scope_id
         WHERE f.client_id = ?1 ORDER BY f.name, s.name",
    )?;
    for row in stmt.query_map([client_id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?)))? {
        let (feature, scope) = row?;
        let entry = features.entry(feature).or_default();
        entry.extend(scope);
    }
    Ok(features)
}

/// Every client with its features, by name.
///
/// # Errors
/// When SQLite fails.
pub fn list(conn: &Connection) -> Result<Vec<ClientRecord>> {
    let heads = conn
        .prepare("SELECT id, name, description, created_at, created_by FROM clients ORDER BY name")?
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    heads
        .into_iter()
        .map(|(id, name, description, created_at, created_by)| {
            Ok(ClientRecord {
                client: Client { name, description, features: features_of(conn, id)? },
                created_at,
                created_by,
            })
        })
        .collect()
}

/// Sets the scopes `feature` of `client` needs, replacing what it needed before. The caller has
/// checked that every scope exists.
///
/// # Errors
/// When the client or a scope does not exist or SQLite fails.
pub fn set_feature(conn: &Connection, client: &str, feature: &str, scopes: &[String], change: &Change) -> Result<()> {
    let id = client_id(conn, client)?;
    let before = get(conn, client)?.context("client vanished")?.client;
    conn.prepare_cached("INSERT INTO features (client_id, name) VALUES (?1, ?2) ON CONFLICT DO NOTHING")?
        .execute(params![id, feature])?;
    let feature_id: i64 = conn
        .prepare_cached("SELECT id FROM features WHERE client_id = ?1 AND name = ?2")?
        .query_row(params![id, feature], |r| r.get(0))?;
    conn.prepare_cached("DELETE FROM feature_scopes WHERE feature_id = ?1")?.execute([feature_id])?;
    for scope in scopes {
        let scope_id: i64 = conn
            .prepare_cached("SELECT id FROM scopes WHERE name = ?1")?
            .query_row([scope], |r| r.get(0))
            .optional()?
            .with_context(|| format!("no scope named `{scope}`"))?;
        conn.prepare_cached(
            "INSERT INTO feature_scopes (feature_id, scope_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        )?
        .execute(params![feature_id, scope_id])?;
    }
    let after = get(conn, client)?.context("client vanished")?.client;
    change.record(conn, "client", client, Some(&before), Some(&after))?;
    Ok(())
}

/// Removes a feature from a client; returns whether it had it.
///
/// # Errors
/// When the client does not exist or SQLite fails.
pub fn remove_feature(conn: &Connection, client: &str, feature: &str, change: &Change) -> Result<bool> {
    let id = client_id(conn, client)?;
    let before = get(conn, client)?.context("client vanished")?.client;
    let removed = conn
        .prepare_cached("DELETE FROM features WHERE client_id = ?1 AND name = ?2")?
        .execute(params![id, feature])?;
    if removed == 0 {
        return Ok(false);
    }
    let after = get(conn, client)?.context("client vanished")?.client;
    change.record(conn, "client", client, Some(&before), Some(&after))?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Scope;
    use crate::store::{insert_scope, open_in_memory};

    #[test]
    fn features_replace_and_remove() {
        let conn = open_in_memory().unwrap();
        let change = Change::now("alice", "test");
        for s in ["a", "b"] {
            insert_scope(&conn, &Scope::new(s), &change).unwrap();
        }
        create(&conn, "portal", None, &change).unwrap();
        set_feature(&conn, "portal", "labs", &["a".into(), "b".into()], &change).unwrap();
        set_feature(&conn, "portal", "labs", &["b".into()], &change).unwrap();
        set_feature(&conn, "portal", "empty", &[], &change).unwrap();
        let c = get(&conn, "portal").unwrap().unwrap().client;
        assert_eq!(c.features["labs"], ["b"]);
        assert!(c.features["empty"].is_empty());
        assert!(remove_feature(&conn, "portal", "labs", &change).unwrap());
        assert!(!remove_feature(&conn, "portal", "labs", &change).unwrap());
        assert!(set_feature(&conn, "portal", "x", &["missing".into()], &change).is_err());
        delete(&conn, "portal", &change).unwrap();
        assert!(list(&conn).unwrap().is_empty());
    }
}
