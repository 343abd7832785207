//! Audit events: the subject secret, batched inserts, pruning and per-subject look-ups; the
//! aggregations the report reads are in [`query`].

mod query;

pub use query::{
    EventFilter, EventRecord, EventStats, UsageGroup, UsageSummary, busy_ips, events_by_id, first_event_ids,
    hourly_counts, ip_seen, ip_times, sets_usage, stats, time_span, usage_groups, usage_summary,
};

use std::collections::HashMap;

use anyhow::{Context, Result};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use crate::model::{AccessEvent, hex, rfc3339};
use crate::store::Change;

/// The per-catalog key of the subject HMAC, created (32 random bytes) on first use when `create`.
///
/// # Errors
/// When SQLite or the system's random source fails.
pub fn subject_key(conn: &Connection, create: bool) -> Result<Option<Vec<u8>>> {
    let key: Option<Vec<u8>> =
        conn.query_row("SELECT key FROM audit_secret WHERE id = 1", [], |r| r.get(0)).optional()?;
    if key.is_some() || !create {
        return Ok(key);
    }
    let mut fresh = vec![0u8; 32];
    getrandom::fill(&mut fresh).map_err(|e| anyhow::anyhow!("cannot get random bytes for the subject key: {e}"))?;
    conn.execute("INSERT OR IGNORE INTO audit_secret (id, key) VALUES (1, ?1)", [&fresh])?;
    Ok(Some(conn.query_row("SELECT key FROM audit_secret WHERE id = 1", [], |r| r.get(0))?))
}

/// Writes events inside transactions that the caller opens and closes ([`EventSink::begin`],
/// [`EventSink::commit`]); anything still open when the sink is dropped is rolled back.
pub struct EventSink<'c> {
    conn: &'c Connection,
    scopesets: HashMap<String, i64>,
    open: bool,
}

impl<'c> EventSink<'c> {
    /// A sink on `conn`; no transaction is open yet.
    #[must_use]
    pub fn new(conn: &'c Connection) -> Self {
        EventSink { conn, scopesets: HashMap::new(), open: false }
    }

    /// Tunes the connection for bulk inserts: a 16 MiB page cache (the default 2 MiB makes each
    /// random index insert a read from the OS) and checkpoints every 10,000 WAL pages instead of
    /// 1,000, so pages rewritten many times are copied to the database once. Memory stays flat:
    /// the cache is full from about 100k events on.
    ///
    /// # Errors
    /// When SQLite fails.
    pub fn tune_for_bulk(&self) -> Result<()> {
        self.conn.execute_batch("PRAGMA cache_size = -16384; PRAGMA wal_autocheckpoint = 10000;")?;
        Ok(())
    }

    /// Opens a write transaction (`BEGIN IMMEDIATE`), waiting up to the busy timeout.
    ///
    /// # Errors
    /// When the catalog stays locked past the busy timeout.
    pub fn begin(&mut self) -> Result<()> {
        self.conn.execute_batch("BEGIN IMMEDIATE").map_err(|e| {
            if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy) {
                anyhow::Error::new(e).context(format!(
                    "the catalog is locked by another process and stayed locked for {} s",
                    crate::store::BUSY_TIMEOUT.as_secs()
                ))
            } else {
                e.into()
            }
        })?;
        self.open = true;
        Ok(())
    }

    /// Commits the open transaction.
    ///
    /// # Errors
    /// When the commit fails.
    pub fn commit(&mut self) -> Result<()> {
        if self.open {
            self.open = false;
            self.conn.execute_batch("COMMIT").context("cannot commit the imported events")?;
        }
        Ok(())
    }

    /// Drops everything written since [`EventSink::begin`].
    ///
    /// # Errors
    /// When the rollback fails.
    pub fn rollback(&mut self) -> Result<()> {
        if self.open {
            self.open = false;
            // Cached ids may name sets created in the rolled-back transaction.
            self.scopesets.clear();
            self.conn.execute_batch("ROLLBACK")?;
        }
        Ok(())
    }

    /// Stores `ev` unless an identical event is already stored; true when it was new.
    ///
    /// # Errors
    /// When SQLite fails.
    pub fn insert(&mut self, ev: &AccessEvent) -> Result<bool> {
        let requested = self.scopeset(&ev.requested)?;
        let granted = self.scopeset(&ev.granted)?;
        let mut stmt = self.conn.prepare_cached(
            "INSERT OR IGNORE INTO audit_events
             (digest, ts, client, subject, role, ip, requested, granted, endpoint, status)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?;
        let n = stmt.execute(params![
            &ev.digest[..16],
            ev.ts,
            ev.client,
            &ev.subject[..],
            ev.role,
            ev.ip,
            requested,
            granted,
            ev.endpoint,
            ev.status
        ])?;
        Ok(n == 1)
    }

    fn scopeset(&mut self, scopes: &str) -> Result<i64> {
        if let Some(&id) = self.scopesets.get(scopes) {
            return Ok(id);
        }
        self.conn.prepare_cached("INSERT OR IGNORE INTO audit_scopesets (scopes) VALUES (?1)")?.execute([scopes])?;
        let id = self
            .conn
            .prepare_cached("SELECT id FROM audit_scopesets WHERE scopes = ?1")?
            .query_row([scopes], |r| r.get(0))?;
        self.scopesets.insert(scopes.to_owned(), id);
        Ok(id)
    }
}

impl Drop for EventSink<'_> {
    fn drop(&mut self) {
        let _ = self.rollback();
    }
}

/// What `audit prune` did.
#[derive(Debug, Clone, Serialize)]
pub struct PruneResult {
    pub before: String,
    pub deleted: u64,
    pub remaining: u64,
}

/// Deletes the events before `cutoff` (Unix seconds) and logs the deletion in the change log.
///
/// # Errors
/// When SQLite fails.
pub fn prune(conn: &Connection, cutoff: i64, cutoff_text: &str, change: &Change) -> Result<PruneResult> {
    let total: i64 = conn.query_row("SELECT count(*) FROM audit_events", [], |r| r.get(0))?;
    let deleted = conn.execute("DELETE FROM audit_events WHERE ts < ?1", [cutoff])?;
    let deleted = u64::try_from(deleted)?;
    let remaining = u64::try_from(total)?.saturating_sub(deleted);
    let before = serde_json::json!({ "events": total });
    let after = serde_json::json!({ "events": remaining, "pruned_before": cutoff_text, "deleted": deleted });
    if deleted > 0 {
        change.record(conn, "audit", "events", Some(&before), Some(&after))?;
    }
    Ok(PruneResult { before: cutoff_text.to_owned(), deleted, remaining })
}

/// A count by name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Count {
    pub name: String,
    pub events: u64,
}

/// What the catalog knows of one subject (`audit who`).
#[derive(Debug, Clone, Serialize)]
pub struct SubjectUsage {
    pub subject_hash: String,
    pub events: u64,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    pub clients: Vec<Count>,
    pub roles: Vec<Count>,
    pub scopes: Vec<Count>,
}

/// Events of the subject whose HMAC is `hash`.
///
/// # Errors
/// When SQLite fails.
pub fn subject_usage(conn: &Connection, hash: &[u8]) -> Result<SubjectUsage> {
    let (events, first, last): (i64, Option<i64>, Option<i64>) =
        conn.query_row("SELECT count(*), min(ts), max(ts) FROM audit_events WHERE subject = ?1", [hash], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
    let by = |column: &str| -> Result<Vec<Count>> {
        let sql = format!(
            "SELECT {column}, count(*) FROM audit_events WHERE subject = ?1 GROUP BY {column} ORDER BY 2 DESC, 1"
        );
        let mut stmt = conn.prepare(&sql)?;
        let rows = stmt.query_map([hash], |r| Ok(Count { name: r.get(0)?, events: query::count(r, 1)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    };
    let mut stmt = conn.prepare(
        "SELECT s.scopes, count(*) FROM audit_events e JOIN audit_scopesets s ON s.id = e.granted
         WHERE e.subject = ?1 GROUP BY e.granted",
    )?;
    let sets = stmt.query_map([hash], |r| Ok((r.get::<_, String>(0)?, query::count(r, 1)?)))?;
    let mut scopes: HashMap<String, u64> = HashMap::new();
    for set in sets {
        let (text, n) = set?;
        for s in text.split(' ').filter(|s| !s.is_empty()) {
            *scopes.entry(s.to_owned()).or_default() += n;
        }
    }
    Ok(SubjectUsage {
        subject_hash: hex(hash),
        events: u64::try_from(events)?,
        first_seen: first.map(rfc3339),
        last_seen: last.map(rfc3339),
        clients: by("client")?,
        roles: by("role")?,
        scopes: sorted_counts(scopes),
    })
}

/// Counts by name, most first, then by name.
pub(crate) fn sorted_counts(counts: HashMap<String, u64>) -> Vec<Count> {
    let mut v: Vec<Count> = counts.into_iter().map(|(name, events)| Count { name, events }).collect();
    v.sort_by(|a, b| b.events.cmp(&a.events).then_with(|| a.name.cmp(&b.name)));
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{MIGRATIONS, open_in_memory};

    fn event(ts: i64, granted: &str) -> AccessEvent {
        let mut digest = [0u8; 32];
        digest[..8].copy_from_slice(&ts.to_le_bytes());
        digest[8..16].copy_from_slice(&u64::try_from(granted.len()).unwrap().to_le_bytes());
        AccessEvent {
            digest,
            ts,
            client: "portal".into(),
            subject: [7; 32],
            role: "nurse".into(),
            ip: "10.0.0.1".into(),
            requested: granted.into(),
            granted: granted.into(),
            endpoint: None,
            status: Some(200),
        }
    }

    fn count(conn: &Connection) -> i64 {
        conn.query_row("SELECT count(*) FROM audit_events", [], |r| r.get(0)).unwrap()
    }

    #[test]
    fn equal_events_are_stored_once() {
        let conn = open_in_memory().unwrap();
        let mut sink = EventSink::new(&conn);
        sink.begin().unwrap();
        assert!(sink.insert(&event(1, "a b")).unwrap());
        assert!(!sink.insert(&event(1, "a b")).unwrap());
        assert!(sink.insert(&event(2, "a b")).unwrap());
        sink.commit().unwrap();
        assert_eq!(count(&conn), 2);
        let sets: i64 = conn.query_row("SELECT count(*) FROM audit_scopesets", [], |r| r.get(0)).unwrap();
        assert_eq!(sets, 1, "one scope set, interned once");
    }

    #[test]
    fn a_rolled_back_batch_leaves_nothing_and_forgets_its_scope_sets() {
        let conn = open_in_memory().unwrap();
        let mut sink = EventSink::new(&conn);
        sink.begin().unwrap();
        sink.insert(&event(1, "x")).unwrap();
        sink.rollback().unwrap();
        assert_eq!(count(&conn), 0);
        // The set `x` was rolled back too; a stale cached id would point nowhere.
        sink.begin().unwrap();
        sink.insert(&event(2, "x")).unwrap();
        sink.commit().unwrap();
        let joined: i64 = conn
            .query_row("SELECT count(*) FROM audit_events e JOIN audit_scopesets s ON s.id = e.granted", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(joined, 1);
        // Dropping a sink mid-transaction rolls back.
        {
            let mut sink = EventSink::new(&conn);
            sink.begin().unwrap();
            sink.insert(&event(3, "x")).unwrap();
        }
        assert_eq!(count(&conn), 1);
    }

    #[test]
    fn the_subject_key_is_made_once_and_only_when_asked() {
        let conn = open_in_memory().unwrap();
        assert_eq!(subject_key(&conn, false).unwrap(), None);
        let key = subject_key(&conn, true).unwrap().unwrap();
        assert_eq!(key.len(), 32);
        assert_eq!(subject_key(&conn, true).unwrap(), Some(key.clone()));
        assert_eq!(subject_key(&conn, false).unwrap(), Some(key));
    }

    #[test]
    fn a_version_1_catalog_gains_the_audit_tables() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v1.db");
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.pragma_update(None, "application_id", 0x5343_5043).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        drop(conn);
        let conn = crate::store::open(&path, crate::store::OpenMode::Existing).unwrap();
        assert_eq!(count(&conn), 0);
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(version, 2);
    }

    #[test]
    fn prune_deletes_before_the_cutoff_and_logs_only_real_deletions() {
        let conn = open_in_memory().unwrap();
        let mut sink = EventSink::new(&conn);
        sink.begin().unwrap();
        for ts in [10, 20, 30] {
            sink.insert(&event(ts, "a")).unwrap();
        }
        sink.commit().unwrap();
        let change = Change::now("t", "audit prune");
        let r = prune(&conn, 25, "cutoff", &change).unwrap();
        assert_eq!((r.deleted, r.remaining), (2, 1));
        let logged = |conn: &Connection| -> i64 {
            conn.query_row("SELECT count(*) FROM changelog WHERE entity_kind = 'audit'", [], |r| r.get(0)).unwrap()
        };
        assert_eq!(logged(&conn), 1);
        assert_eq!(prune(&conn, 25, "cutoff", &change).unwrap().deleted, 0);
        assert_eq!(logged(&conn), 1, "nothing deleted, nothing logged");
    }
}
