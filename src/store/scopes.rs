//! Scopes and their versions.

use anyhow::{Context, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use super::{Change, json_list};
use crate::model::{Scope, Sensitivity, Status};

/// One version of a scope as stored, with when and by whom it was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScopeRecord {
    #[serde(flatten)]
    pub scope: Scope,
    pub version: u32,
    pub created_at: String,
    pub created_by: String,
}

/// Filters for `scope list`; every field that is set must match.
#[derive(Debug, Clone, Default)]
pub struct ScopeFilter {
    pub status: Option<Status>,
    pub sensitivity: Option<Sensitivity>,
    pub owner: Option<String>,
    pub resource: Option<String>,
}

/// Who still holds a scope.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Holders {
    pub roles: Vec<String>,
    /// `(client, feature)` pairs.
    pub features: Vec<(String, String)>,
}

impl Holders {
    /// True when nobody holds the scope.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.roles.is_empty() && self.features.is_empty()
    }
}

const COLUMNS: &str = "s.name, v.version, v.description, v.resource, v.actions, v.sensitivity, v.owner, v.tags,
     v.status, v.replaced_by, v.sunset, v.reason, v.created_at, v.created_by";

fn read(r: &Row<'_>) -> rusqlite::Result<ScopeRecord> {
    /// A JSON list column, read in place; most are `[]` (no tags, no replacements).
    fn json<T: serde::de::DeserializeOwned>(r: &Row<'_>, i: usize) -> rusqlite::Result<Vec<T>> {
        let fail = |e: Box<dyn std::error::Error + Send + Sync>| {
            rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, e)
        };
        let text = r.get_ref(i)?.as_str().map_err(|e| fail(Box::new(e)))?;
        if text == "[]" {
            return Ok(Vec::new());
        }
        serde_json::from_str(text).map_err(|e| fail(Box::new(e)))
    }
    fn keyword<T: std::str::FromStr<Err = String>>(r: &Row<'_>, i: usize) -> rusqlite::Result<Option<T>> {
        r.get::<_, Option<String>>(i)?
            .map(|t| t.parse::<T>())
            .transpose()
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, e.into()))
    }
    let sunset: Option<String> = r.get(10)?;
    let sunset = sunset
        .map(|d| d.parse::<jiff::civil::Date>())
        .transpose()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(10, rusqlite::types::Type::Text, Box::new(e)))?;
    Ok(ScopeRecord {
        scope: Scope {
            name: r.get(0)?,
            description: r.get(2)?,
            resource: r.get(3)?,
            actions: json(r, 4)?,
            sensitivity: keyword(r, 5)?,
            owner: r.get(6)?,
            tags: json(r, 7)?,
            status: keyword(r, 8)?.unwrap_or_default(),
            replaced_by: json(r, 9)?,
            sunset,
            reason: r.get(11)?,
        },
        version: r.get(1)?,
        created_at: r.get(12)?,
        created_by: r.get(13)?,
    })
}

/// The current version of the scope `name`.
///
/// # Errors
/// When SQLite fails.
pub fn get(conn: &Connection, name: &str) -> Result<Option<ScopeRecord>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM scopes s JOIN scope_versions v ON v.scope_id = s.id AND v.version = s.version
         WHERE s.name = ?1"
    );
    Ok(conn.prepare_cached(&sql)?.query_row([name], read).optional()?)
}

/// Version `version` of the scope `name`.
///
/// # Errors
/// When SQLite fails.
pub fn get_version(conn: &Connection, name: &str, version: u32) -> Result<Option<ScopeRecord>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM scopes s JOIN scope_versions v ON v.scope_id = s.id
         WHERE s.name = ?1 AND v.version = ?2"
    );
    Ok(conn.prepare_cached(&sql)?.query_row(params![name, version], read).optional()?)
}

/// Every version of the scope `name`, oldest first (empty when there is no such scope).
///
/// # Errors
/// When SQLite fails.
pub fn history(conn: &Connection, name: &str) -> Result<Vec<ScopeRecord>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM scopes s JOIN scope_versions v ON v.scope_id = s.id
         WHERE s.name = ?1 ORDER BY v.version"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([name], read)?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The current versions of all scopes matching `filter`, by name.
///
/// # Errors
/// When SQLite fails.
pub fn list(conn: &Connection, filter: &ScopeFilter) -> Result<Vec<ScopeRecord>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM scopes s JOIN scope_versions v ON v.scope_id = s.id AND v.version = s.version
         WHERE (?1 IS NULL OR v.status = ?1) AND (?2 IS NULL OR v.sensitivity = ?2)
           AND (?3 IS NULL OR v.owner = ?3) AND (?4 IS NULL OR v.resource = ?4)
         ORDER BY s.name"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt
        .query_map(
            params![
                filter.status.map(Status::as_str),
                filter.sensitivity.map(Sensitivity::as_str),
                filter.owner,
                filter.resource
            ],
            read,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

fn insert_version(conn: &Connection, id: i64, version: u32, scope: &Scope, change: &Change) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO scope_versions (scope_id, version, description, resource, actions, sensitivity, owner,
           tags, status, replaced_by, sunset, reason, created_at, created_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?
    .execute(params![
        id,
        version,
        scope.description,
        scope.resource,
        json_list(&scope.actions),
        scope.sensitivity.map(Sensitivity::as_str),
        scope.owner,
        json_list(&scope.tags),
        scope.status.as_str(),
        json_list(&scope.replaced_by),
        scope.sunset.map(|d| d.to_string()),
        scope.reason,
        change.ts,
        change.actor,
    ])?;
    Ok(())
}

/// Adds a new scope as version 1 and logs it. The caller has checked that the name is free.
///
/// # Errors
/// When SQLite fails (a taken name included).
pub fn insert(conn: &Connection, scope: &Scope, change: &Change) -> Result<ScopeRecord> {
    conn.prepare_cached("INSERT INTO scopes (name, version) VALUES (?1, 1)")?
        .execute([&scope.name])
        .with_context(|| format!("cannot add the scope `{}`", scope.name))?;
    let id = conn.last_insert_rowid();
    insert_version(conn, id, 1, scope, change)?;
    let record = ScopeRecord {
        scope: scope.clone(),
        version: 1,
        created_at: change.ts.clone(),
        created_by: change.actor.clone(),
    };
    change.record(conn, "scope", &scope.name, None::<&ScopeRecord>, Some(&record))?;
    Ok(record)
}

/// Makes `scope` the next version of the existing scope of that name and logs it. Returns the
/// current record unchanged when the definition is the same.
///
/// # Errors
/// When there is no such scope or SQLite fails.
pub fn new_version(conn: &Connection, scope: &Scope, change: &Change) -> Result<ScopeRecord> {
    let before = get(conn, &scope.name)?.with_context(|| format!("no scope named `{}`", scope.name))?;
    if before.scope == *scope {
        return Ok(before);
    }
    let id: i64 =
        conn.prepare_cached("SELECT id FROM scopes WHERE name = ?1")?.query_row([&scope.name], |r| r.get(0))?;
    let version = before.version + 1;
    insert_version(conn, id, version, scope, change)?;
    conn.prepare_cached("UPDATE scopes SET version = ?1 WHERE id = ?2")?.execute(params![version, id])?;
    let record =
        ScopeRecord { scope: scope.clone(), version, created_at: change.ts.clone(), created_by: change.actor.clone() };
    change.record(conn, "scope", &scope.name, Some(&before), Some(&record))?;
    Ok(record)
}

/// The roles and client features that hold the scope `name`, sorted.
///
/// # Errors
/// When SQLite fails.
pub fn holders(conn: &Connection, name: &str) -> Result<Holders> {
    let roles = conn
        .prepare_cached(
            "SELECT r.name FROM grants g JOIN roles r ON r.id = g.role_id JOIN scopes s ON s.id = g.scope_id
             WHERE s.name = ?1 ORDER BY r.name",
        )?
        .query_map([name], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    let features = conn
        .prepare_cached(
            "SELECT c.name, f.name FROM feature_scopes fs JOIN features f ON f.id = fs.feature_id
             JOIN clients c ON c.id = f.client_id JOIN scopes s ON s.id = fs.scope_id
             WHERE s.name = ?1 ORDER BY c.name, f.name",
        )?
        .query_map([name], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(Holders { roles, features })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Action;
    use crate::store::open_in_memory;

    #[test]
    fn versions_accumulate_and_stay_readable() {
        let conn = open_in_memory().unwrap();
        let change = Change::now("alice", "test");
        let mut scope = Scope::new("view_lab_results");
        scope.actions = vec![Action::Read];
        insert(&conn, &scope, &change).unwrap();
        scope.description = Some("Read lab results".into());
        let v2 = new_version(&conn, &scope, &change).unwrap();
        assert_eq!(v2.version, 2);
        let same = new_version(&conn, &scope, &change).unwrap();
        assert_eq!(same.version, 2, "an identical definition makes no version");
        assert_eq!(get_version(&conn, "view_lab_results", 1).unwrap().unwrap().scope.description, None);
        assert_eq!(history(&conn, "view_lab_results").unwrap().len(), 2);
        assert_eq!(get(&conn, "view_lab_results").unwrap().unwrap(), v2);
    }

    #[test]
    fn list_filters() {
        let conn = open_in_memory().unwrap();
        let change = Change::now("alice", "test");
        let mut a = Scope::new("a");
        a.sensitivity = Some(Sensitivity::Phi);
        insert(&conn, &a, &change).unwrap();
        insert(&conn, &Scope::new("b"), &change).unwrap();
        let phi = ScopeFilter { sensitivity: Some(Sensitivity::Phi), ..ScopeFilter::default() };
        let names: Vec<_> = list(&conn, &phi).unwrap().into_iter().map(|r| r.scope.name).collect();
        assert_eq!(names, ["a"]);
        assert_eq!(list(&conn, &ScopeFilter::default()).unwrap().len(), 2);
    }
}
