//! Tags: named points in the change log.

use anyhow::{Result, bail};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use super::Change;

/// A tag as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TagRecord {
    pub name: String,
    /// The change-log entry that created the tag; the tag covers every entry up to it.
    pub seq: i64,
    pub message: Option<String>,
    pub created_at: String,
    pub created_by: String,
}

/// Names the current end of the change log.
///
/// # Errors
/// When the name is taken or SQLite fails.
pub fn create(conn: &Connection, name: &str, message: Option<&str>, change: &Change) -> Result<TagRecord> {
    #[derive(Serialize)]
    struct TagLog<'a> {
        name: &'a str,
        message: Option<&'a str>,
    }
    if get(conn, name)?.is_some() {
        bail!("a tag named `{name}` already exists; tags are never moved");
    }
    let seq = change.record(conn, "tag", name, None::<&TagLog>, Some(&TagLog { name, message }))?;
    conn.prepare_cached("INSERT INTO tags (name, seq, message, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5)")?
        .execute(params![name, seq, message, change.ts, change.actor])?;
    Ok(TagRecord {
        name: name.to_owned(),
        seq,
        message: message.map(str::to_owned),
        created_at: change.ts.clone(),
        created_by: change.actor.clone(),
    })
}

/// The tag `name`.
///
/// # Errors
/// When SQLite fails.
pub fn get(conn: &Connection, name: &str) -> Result<Option<TagRecord>> {
    Ok(conn
        .prepare_cached("SELECT name, seq, message, created_at, created_by FROM tags WHERE name = ?1")?
        .query_row([name], read)
        .optional()?)
}

/// Every tag, oldest first.
///
/// # Errors
/// When SQLite fails.
pub fn list(conn: &Connection) -> Result<Vec<TagRecord>> {
    let mut stmt = conn.prepare("SELECT name, seq, message, created_at, created_by FROM tags ORDER BY seq")?;
    Ok(stmt.query_map([], read)?.collect::<rusqlite::Result<Vec<_>>>()?)
}

fn read(r: &rusqlite::Row<'_>) -> rusqlite::Result<TagRecord> {
    Ok(TagRecord { name: r.get(0)?, seq: r.get(1)?, message: r.get(2)?, created_at: r.get(3)?, created_by: r.get(4)? })
}
