//! The tamper-evident change log. Every mutation appends an entry in the same transaction;
//! `hash = SHA-256(previous hash || canonical entry)` chains the entries so that an edited,
//! deleted, inserted or reordered row breaks the chain at that point.

use anyhow::{Context, Result};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// Who is making a change, with which command, and when. One per command run, so all entries of
/// one command share a timestamp.
#[derive(Debug, Clone)]
pub struct Change {
    pub actor: String,
    pub command: String,
    pub ts: String,
}

impl Change {
    /// A change made now (UTC, second precision) by `actor` through `command`.
    #[must_use]
    pub fn now(actor: &str, command: &str) -> Self {
        let ts = jiff::Timestamp::now().round(jiff::Unit::Second).unwrap_or_else(|_| jiff::Timestamp::now());
        Change { actor: actor.to_owned(), command: command.to_owned(), ts: format!("{ts:.0}") }
    }

    /// Appends an entry for `entity` going from `before` to `after` (`None`: absent).
    pub(crate) fn record<B: Serialize + ?Sized, A: Serialize + ?Sized>(
        &self,
        conn: &Connection,
        kind: &str,
        entity: &str,
        before: Option<&B>,
        after: Option<&A>,
    ) -> Result<i64> {
        let before = before.map(serde_json::to_string).transpose()?;
        let after = after.map(serde_json::to_string).transpose()?;
        if before == after {
            return Ok(0);
        }
        let (prev_seq, prev_hash) = head(conn)?.unwrap_or((0, String::new()));
        let seq = prev_seq + 1;
        let row = Row {
            seq,
            ts: self.ts.clone(),
            actor: self.actor.clone(),
            command: self.command.clone(),
            entity_kind: kind.to_owned(),
            entity: entity.to_owned(),
            before,
            after,
        };
        let hash = row.hash(&prev_hash);
        conn.prepare_cached(
            "INSERT INTO changelog (seq, ts, actor, command, entity_kind, entity, before, after, hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?
        .execute(params![
            row.seq,
            row.ts,
            row.actor,
            row.command,
            row.entity_kind,
            row.entity,
            row.before,
            row.after,
            hash
        ])
        .context("cannot append to the change log")?;
        Ok(seq)
    }
}

/// The newest entry's sequence number and hash, read through a cached statement (an indexed
/// look-up of the last row): every entry of a command chains to it.
fn head(conn: &Connection) -> Result<Option<(i64, String)>> {
    Ok(conn
        .prepare_cached("SELECT seq, hash FROM changelog ORDER BY seq DESC LIMIT 1")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// One stored row, as hashed.
#[derive(Debug, Clone, Serialize)]
struct Row {
    seq: i64,
    ts: String,
    actor: String,
    command: String,
    entity_kind: String,
    entity: String,
    before: Option<String>,
    after: Option<String>,
}

impl Row {
    /// SHA-256 over the previous hash and the canonical entry (a JSON array of the fields in a
    /// fixed order, with `before`/`after` as the exact stored text).
    fn hash(&self, prev_hash: &str) -> String {
        let canonical = serde_json::to_string(&(
            self.seq,
            &self.ts,
            &self.actor,
            &self.command,
            &self.entity_kind,
            &self.entity,
            &self.before,
            &self.after,
        ))
        .unwrap_or_default();
        let mut hasher = Sha256::new();
        hasher.update(prev_hash.as_bytes());
        hasher.update(canonical.as_bytes());
        crate::model::hex(&hasher.finalize())
    }

    fn read(r: &rusqlite::Row<'_>) -> rusqlite::Result<(Row, String)> {
        Ok((
            Row {
                seq: r.get(0)?,
                ts: r.get(1)?,
                actor: r.get(2)?,
                command: r.get(3)?,
                entity_kind: r.get(4)?,
                entity: r.get(5)?,
                before: r.get(6)?,
                after: r.get(7)?,
            },
            r.get(8)?,
        ))
    }
}

/// A change-log entry as listed by `scopectl log`.
#[derive(Debug, Clone, Serialize)]
pub struct LogEntry {
    pub seq: i64,
    pub ts: String,
    pub actor: String,
    pub command: String,
    pub entity_kind: String,
    pub entity: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
    pub hash: String,
}

/// Which entries `scopectl log` shows.
#[derive(Debug, Clone, Default)]
pub struct LogFilter {
    /// `KIND:NAME` or a bare name; a bare name also matches grants that name it.
    pub entity: Option<String>,
    pub actor: Option<String>,
    /// Entries at or after this RFC 3339 UTC time.
    pub since: Option<String>,
    /// Only the newest N entries.
    pub limit: Option<usize>,
}

const KINDS: &[&str] = &["scope", "role", "grant", "client", "tag", "audit"];

/// The entries matching `filter`, oldest first.
///
/// # Errors
/// When SQLite fails or a stored JSON value does not parse.
pub fn list(conn: &Connection, filter: &LogFilter) -> Result<Vec<LogEntry>> {
    let (kind, name) = match filter.entity.as_deref() {
        Some(e) => match e.split_once(':') {
            Some((k, n)) if KINDS.contains(&k) => (Some(k.to_owned()), Some(n.to_owned())),
            _ => (None, Some(e.to_owned())),
        },
        None => (None, None),
    };
    let limit = filter.limit.map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX));
    let mut stmt = conn.prepare(
        "SELECT seq, ts, actor, command, entity_kind, entity, before, after, hash FROM (
           SELECT * FROM changelog
           WHERE (?1 IS NULL OR entity_kind = ?1)
             AND (?2 IS NULL OR entity = ?2
                  OR (?1 IS NULL AND entity_kind = 'grant'
                      AND (substr(entity, 1, length(?2) + 1) = ?2 || ' '
                           OR substr(entity, -length(?2) - 1) = ' ' || ?2)))
             AND (?3 IS NULL OR actor = ?3)
             AND (?4 IS NULL OR ts >= ?4)
           ORDER BY seq DESC LIMIT ?5
         ) ORDER BY seq",
    )?;
    let rows = stmt.query_map(params![kind, name, filter.actor, filter.since, limit], Row::read)?;
    let mut out = Vec::new();
    for row in rows {
        let (row, hash) = row?;
        let parse = |text: Option<String>| -> Result<Option<serde_json::Value>> {
            text.map(|t| serde_json::from_str(&t))
                .transpose()
                .with_context(|| format!("change-log entry {} holds JSON that does not parse", row.seq))
        };
        out.push(LogEntry {
            seq: row.seq,
            before: parse(row.before.clone())?,
            after: parse(row.after.clone())?,
            ts: row.ts,
            actor: row.actor,
            command: row.command,
            entity_kind: row.entity_kind,
            entity: row.entity,
            hash,
        });
    }
    Ok(out)
}

/// One thing `verify` found wrong.
#[derive(Debug, Clone, Serialize)]
pub struct VerifyProblem {
    /// The first change-log entry affected, when the problem is in the log.
    pub seq: Option<i64>,
    pub problem: String,
}

/// What `scopectl verify` found.
#[derive(Debug, Clone, Serialize)]
pub struct VerifyReport {
    pub ok: bool,
    pub entries: i64,
    pub head_hash: Option<String>,
    pub problems: Vec<VerifyProblem>,
}

/// Recomputes the hash chain and runs SQLite's integrity and foreign-key checks.
///
/// # Errors
/// When SQLite cannot be queried at all.
pub fn verify(conn: &Connection) -> Result<VerifyReport> {
    let mut problems = Vec::new();
    let mut stmt = conn.prepare(
        "SELECT seq, ts, actor, command, entity_kind, entity, before, after, hash FROM changelog ORDER BY seq",
    )?;
    let mut prev_hash = String::new();
    let mut expected = 1_i64;
    let mut entries = 0_i64;
    let mut head = None;
    let mut chain_broken = false;
    for row in stmt.query_map([], Row::read)? {
        let (row, stored) = row?;
        entries += 1;
        if !chain_broken {
            if row.seq != expected {
                let what = if row.seq > expected {
                    if row.seq == expected + 1 {
                        format!("entry {expected} is missing: the log jumps from {} to {}", expected - 1, row.seq)
                    } else {
                        format!(
                            "entries {expected} to {} are missing: the log jumps from {} to {}",
                            row.seq - 1,
                            expected - 1,
                            row.seq
                        )
                    }
                } else {
                    format!("entry {} is out of sequence (expected {expected})", row.seq)
                };
                problems.push(VerifyProblem { seq: Some(expected), problem: what });
                chain_broken = true;
            } else if row.hash(&prev_hash) != stored {
                problems.push(VerifyProblem {
                    seq: Some(row.seq),
                    problem: format!(
                        "entry {} ({} {} by {} at {}) does not match its hash: it was edited, inserted or moved",
                        row.seq, row.entity_kind, row.entity, row.actor, row.ts
                    ),
                });
                chain_broken = true;
            }
        }
        prev_hash.clone_from(&stored);
        expected = row.seq + 1;
        head = Some(stored);
    }
    let mut integrity = conn.prepare("PRAGMA integrity_check")?;
    for line in integrity.query_map([], |r| r.get::<_, String>(0))? {
        let line = line?;
        if line != "ok" {
            problems.push(VerifyProblem { seq: None, problem: format!("SQLite integrity check: {line}") });
        }
    }
    let mut fk = conn.prepare("PRAGMA foreign_key_check")?;
    for row in
        fk.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<i64>>(1)?, r.get::<_, String>(2)?)))?
    {
        let (table, rowid, parent) = row?;
        let at = rowid.map_or_else(String::new, |id| format!(" (row {id})"));
        problems.push(VerifyProblem {
            seq: None,
            problem: format!("foreign-key check: a row of {table}{at} points at a missing {parent} row"),
        });
    }
    let tag_past_head: Option<String> = conn
        .query_row("SELECT name FROM tags WHERE seq > (SELECT coalesce(max(seq), 0) FROM changelog) LIMIT 1", [], |r| {
            r.get(0)
        })
        .optional()?;
    if let Some(tag) = tag_past_head {
        problems.push(VerifyProblem {
            seq: None,
            problem: format!("tag `{tag}` points past the end of the change log: entries were removed"),
        });
    }
    Ok(VerifyReport { ok: problems.is_empty(), entries, head_hash: head, problems })
}

/// The head of the change log, to keep somewhere the catalog's writers cannot reach: a hash chain
/// cannot show that its newest entries were cut off, but a kept checkpoint can.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Checkpoint {
    pub entries: i64,
    pub head_hash: String,
}

impl Checkpoint {
    /// Parses a checkpoint as `scopectl log checkpoint` prints it: JSON, or `ENTRIES HASH`.
    ///
    /// # Errors
    /// When the text is neither.
    pub fn parse(text: &str) -> Result<Checkpoint> {
        let text = text.trim();
        if text.starts_with('{') {
            return serde_json::from_str(text).context("the checkpoint is not valid checkpoint JSON");
        }
        let mut parts = text.split_whitespace();
        let (Some(n), Some(hash), None) = (parts.next(), parts.next(), parts.next()) else {
            anyhow::bail!("a checkpoint is `ENTRIES HASH` or the JSON `scopectl log checkpoint --format json` prints");
        };
        let entries = n.parse().with_context(|| format!("`{n}` is not an entry count"))?;
        if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            anyhow::bail!("`{hash}` is not a SHA-256 hash");
        }
        Ok(Checkpoint { entries, head_hash: hash.to_ascii_lowercase() })
    }
}

/// The current head of the change log.
///
/// # Errors
/// When SQLite fails.
pub fn checkpoint(conn: &Connection) -> Result<Checkpoint> {
    let (entries, head_hash) = head(conn)?.unwrap_or((0, String::new()));
    Ok(Checkpoint { entries, head_hash })
}

/// Adds to `report` what a kept checkpoint reveals: entries cut off after it, or a log rewritten
/// up to it.
///
/// # Errors
/// When SQLite fails.
pub fn check_against(conn: &Connection, cp: &Checkpoint, report: &mut VerifyReport) -> Result<()> {
    if cp.entries == 0 {
        return Ok(());
    }
    let at: Option<String> =
        conn.query_row("SELECT hash FROM changelog WHERE seq = ?1", [cp.entries], |r| r.get(0)).optional()?;
    let last: i64 = conn.query_row("SELECT coalesce(max(seq), 0) FROM changelog", [], |r| r.get(0))?;
    let problem = match at {
        None if last < cp.entries => Some(VerifyProblem {
            seq: Some(last + 1),
            problem: format!(
                "the checkpoint covers {} entries but the log ends at entry {last}: entries were removed after it was taken",
                cp.entries
            ),
        }),
        None => Some(VerifyProblem {
            seq: Some(cp.entries),
            problem: format!("entry {} named by the checkpoint is missing", cp.entries),
        }),
        Some(hash) if hash != cp.head_hash => Some(VerifyProblem {
            seq: Some(cp.entries),
            problem: format!("entry {} does not match the checkpoint's hash: the log was rewritten", cp.entries),
        }),
        Some(_) => None,
    };
    if let Some(p) = problem {
        report.problems.push(p);
        report.ok = false;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::open_in_memory;

    fn three_entries(conn: &Connection) {
        let change = Change::now("alice", "test");
        for name in ["a", "b", "c"] {
            change.record(conn, "scope", name, None::<&str>, Some(&name)).unwrap();
        }
    }

    #[test]
    fn an_untouched_chain_verifies() {
        let conn = open_in_memory().unwrap();
        three_entries(&conn);
        let report = verify(&conn).unwrap();
        assert!(report.ok, "{:?}", report.problems);
        assert_eq!(report.entries, 3);
    }

    #[test]
    fn no_op_changes_are_not_logged() {
        let conn = open_in_memory().unwrap();
        let seq = Change::now("a", "t").record(&conn, "scope", "x", Some(&1), Some(&1)).unwrap();
        assert_eq!(seq, 0);
        assert_eq!(verify(&conn).unwrap().entries, 0);
    }

    #[test]
    fn an_edit_is_found_at_its_entry() {
        let conn = open_in_memory().unwrap();
        three_entries(&conn);
        conn.execute("UPDATE changelog SET after = '\"z\"' WHERE seq = 2", []).unwrap();
        let report = verify(&conn).unwrap();
        assert!(!report.ok);
        assert_eq!(report.problems[0].seq, Some(2));
    }

    #[test]
    fn a_deletion_is_found() {
        let conn = open_in_memory().unwrap();
        three_entries(&conn);
        conn.execute("DELETE FROM changelog WHERE seq = 2", []).unwrap();
        let report = verify(&conn).unwrap();
        assert_eq!(report.problems[0].seq, Some(2));
        assert!(report.problems[0].problem.contains("missing"));
    }

    #[test]
    fn a_swap_is_found() {
        let conn = open_in_memory().unwrap();
        three_entries(&conn);
        conn.execute_batch(
            "UPDATE changelog SET seq = -1 WHERE seq = 1;
             UPDATE changelog SET seq = 1 WHERE seq = 2;
             UPDATE changelog SET seq = 2 WHERE seq = -1;",
        )
        .unwrap();
        let report = verify(&conn).unwrap();
        assert_eq!(report.problems[0].seq, Some(1));
    }
}

#[cfg(test)]
mod checkpoint_tests {
    use super::*;
    use crate::store::open_in_memory;

    #[test]
    fn a_checkpoint_detects_truncation_and_rewrites() {
        let conn = open_in_memory().unwrap();
        let change = Change::now("a", "t");
        for n in ["a", "b", "c"] {
            change.record(&conn, "scope", n, None::<&str>, Some(&n)).unwrap();
        }
        let cp = checkpoint(&conn).unwrap();
        assert_eq!(cp.entries, 3);
        assert_eq!(Checkpoint::parse(&format!("{} {}", cp.entries, cp.head_hash)).unwrap(), cp);
        assert_eq!(Checkpoint::parse(&serde_json::to_string(&cp).unwrap()).unwrap(), cp);
        assert!(Checkpoint::parse("3").is_err());
        assert!(Checkpoint::parse("x abc").is_err());

        change.record(&conn, "scope", "d", None::<&str>, Some(&"d")).unwrap();
        let mut report = verify(&conn).unwrap();
        check_against(&conn, &cp, &mut report).unwrap();
        assert!(report.ok, "growth after a checkpoint is fine");

        conn.execute("DELETE FROM changelog WHERE seq >= 3", []).unwrap();
        let mut report = verify(&conn).unwrap();
        assert!(report.ok, "truncation alone leaves a valid chain");
        check_against(&conn, &cp, &mut report).unwrap();
        assert!(!report.ok);
        assert_eq!(report.problems[0].seq, Some(3));
    }
}

#[cfg(test)]
mod tamper_properties {
    use proptest::prelude::*;

    use super::*;
    use crate::store::open_in_memory;

    #[derive(Debug, Clone)]
    enum Tamper {
        /// Change one column of entry k.
        Edit(i64, usize),
        /// Delete entry k (never the newest: cutting off the end is the documented limit).
        Delete(i64),
        /// Insert a forged entry at k, moving the later ones up.
        Insert(i64),
        /// Swap the sequence numbers of entries i < j.
        Swap(i64, i64),
    }

    fn catalog(n: i64) -> Connection {
        let conn = open_in_memory().unwrap();
        for i in 0..n {
            let change = Change::now(&format!("actor{}", i % 3), "test");
            let before = (i % 2 == 0).then(|| serde_json::json!({"v": i - 1}));
            change
                .record(&conn, "scope", &format!("s{}", i % 5), before.as_ref(), Some(&serde_json::json!({"v": i})))
                .unwrap();
        }
        conn
    }

    fn tamper_strategy() -> impl Strategy<Value = (i64, Tamper)> {
        (2_i64..40).prop_flat_map(|n| {
            let t = prop_oneof![
                (1..=n, 0_usize..6).prop_map(|(k, c)| Tamper::Edit(k, c)),
                (1..n).prop_map(Tamper::Delete),
                (1..=n + 1).prop_map(Tamper::Insert),
                (1..n).prop_flat_map(move |i| (Just(i), i + 1..=n)).prop_map(|(i, j)| Tamper::Swap(i, j)),
            ];
            (Just(n), t)
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn any_single_tamper_is_found_at_its_entry((n, tamper) in tamper_strategy()) {
            let conn = catalog(n);
            let expected = match tamper {
                Tamper::Edit(k, column) => {
                    let col = ["ts", "actor", "command", "entity", "before", "after"][column];
                    conn.execute(&format!("UPDATE changelog SET {col} = coalesce({col}, '') || 'x' WHERE seq = ?1"), [k]).unwrap();
                    k
                }
                Tamper::Delete(k) => {
                    conn.execute("DELETE FROM changelog WHERE seq = ?1", [k]).unwrap();
                    k
                }
                Tamper::Insert(k) => {
                    conn.execute("UPDATE changelog SET seq = seq + 100000 WHERE seq >= ?1", [k]).unwrap();
                    conn.execute("UPDATE changelog SET seq = seq - 99999 WHERE seq >= 100000", []).unwrap();
                    conn.execute(
                        "INSERT INTO changelog (seq, ts, actor, command, entity_kind, entity, before, after, hash)
                         VALUES (?1, '2026-01-01T00:00:00Z', 'mallory', 'role grant', 'grant', 'r s', NULL, '{}', ?2)",
                        params![k, "0".repeat(64)],
                    ).unwrap();
                    k
                }
                Tamper::Swap(i, j) => {
                    conn.execute("UPDATE changelog SET seq = -1 WHERE seq = ?1", [i]).unwrap();
                    conn.execute("UPDATE changelog SET seq = ?1 WHERE seq = ?2", [i, j]).unwrap();
                    conn.execute("UPDATE changelog SET seq = ?1 WHERE seq = -1", [j]).unwrap();
                    i
                }
            };
            let report = verify(&conn).unwrap();
            prop_assert!(!report.ok);
            prop_assert_eq!(report.problems[0].seq, Some(expected));
        }
    }
}
