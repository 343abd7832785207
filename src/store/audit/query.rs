//! Aggregations over audit events for `audit report`, `stats` and `unused`. Everything is grouped
//! in SQL (over the indexes of migration 0002) so Rust sees hundreds of rows, not millions.

use std::collections::HashMap;

use anyhow::Result;
use rusqlite::types::Value;
use rusqlite::{Connection, params_from_iter};
use serde::Serialize;

use super::{Count, sorted_counts};

/// Which events a query looks at; times are Unix seconds, `until` exclusive.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventFilter {
    pub since: Option<i64>,
    pub until: Option<i64>,
    pub client: Option<String>,
    pub role: Option<String>,
}

impl EventFilter {
    /// `WHERE …` (or nothing) and its parameters.
    fn clause(&self) -> (String, Vec<Value>) {
        let mut terms = Vec::new();
        let mut values = Vec::new();
        if let Some(t) = self.since {
            terms.push("ts >= ?");
            values.push(Value::Integer(t));
        }
        if let Some(t) = self.until {
            terms.push("ts < ?");
            values.push(Value::Integer(t));
        }
        if let Some(c) = &self.client {
            terms.push("client = ?");
            values.push(Value::Text(c.clone()));
        }
        if let Some(r) = &self.role {
            terms.push("role = ?");
            values.push(Value::Text(r.clone()));
        }
        let clause = if terms.is_empty() { String::new() } else { format!("WHERE {}", terms.join(" AND ")) };
        (clause, values)
    }
}

/// Events that share client, role, requested set and granted set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageGroup {
    pub client: String,
    pub role: String,
    pub requested_set: i64,
    pub granted_set: i64,
    pub requested: Vec<String>,
    pub granted: Vec<String>,
    pub events: u64,
    pub first: i64,
    pub last: i64,
    /// The first event of the group, as an example.
    pub example: i64,
}

/// A count column (SQLite integers are signed).
pub(super) fn count(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<u64> {
    Ok(u64::try_from(r.get::<_, i64>(i)?).unwrap_or(0))
}

fn split(scopes: &str) -> Vec<String> {
    scopes.split(' ').filter(|s| !s.is_empty()).map(str::to_owned).collect()
}

/// The events matching `filter`, grouped by (client, role, requested, granted).
///
/// # Errors
/// When SQLite fails.
pub fn usage_groups(conn: &Connection, filter: &EventFilter) -> Result<Vec<UsageGroup>> {
    let (clause, values) = filter.clause();
    let sql = format!(
        "SELECT g.client, g.role, g.requested, g.granted, r.scopes, s.scopes, g.n, g.first, g.last, g.example
         FROM (SELECT client, role, requested, granted, count(*) AS n, min(ts) AS first, max(ts) AS last,
                      min(id) AS example
               FROM audit_events INDEXED BY audit_events_usage {clause}
               GROUP BY client, role, requested, granted) g
         JOIN audit_scopesets r ON r.id = g.requested JOIN audit_scopesets s ON s.id = g.granted
         ORDER BY g.client, g.role, g.requested, g.granted"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params_from_iter(values), |r| {
        Ok(UsageGroup {
            client: r.get(0)?,
            role: r.get(1)?,
            requested_set: r.get(2)?,
            granted_set: r.get(3)?,
            requested: split(&r.get::<_, String>(4)?),
            granted: split(&r.get::<_, String>(5)?),
            events: count(r, 6)?,
            first: r.get(7)?,
            last: r.get(8)?,
            example: r.get(9)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Events (count, first, last) among `filter`'s that requested or were granted one of `sets`,
/// at or after `from`.
///
/// # Errors
/// When SQLite fails.
pub fn sets_usage(conn: &Connection, filter: &EventFilter, sets: &[i64], from: i64) -> Result<(u64, i64, i64)> {
    let mut f = filter.clone();
    f.since = Some(f.since.map_or(from, |s| s.max(from)));
    let (clause, mut values) = f.clause();
    let marks = vec!["?"; sets.len()].join(",");
    let sql = format!(
        "SELECT count(*), coalesce(min(ts), 0), coalesce(max(ts), 0) FROM audit_events INDEXED BY audit_events_usage {clause}
         AND (requested IN ({marks}) OR granted IN ({marks}))"
    );
    values.extend(sets.iter().map(|&s| Value::Integer(s)));
    values.extend(sets.iter().map(|&s| Value::Integer(s)));
    Ok(conn.query_row(&sql, params_from_iter(values), |r| Ok((count(r, 0)?, r.get(1)?, r.get(2)?)))?)
}

/// Events per (client, hour), hours as Unix seconds / 3600, ordered by client then hour.
///
/// # Errors
/// When SQLite fails.
pub fn hourly_counts(conn: &Connection, filter: &EventFilter) -> Result<Vec<(String, i64, u64)>> {
    let (clause, values) = filter.clause();
    let sql = format!(
        "SELECT client, ts / 3600, count(*) FROM audit_events INDEXED BY audit_events_usage {clause}
         GROUP BY 1, 2 ORDER BY 1, 2"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params_from_iter(values), |r| Ok((r.get(0)?, r.get(1)?, count(r, 2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// IPs with at least `min` events among `filter`'s.
///
/// # Errors
/// When SQLite fails.
pub fn busy_ips(conn: &Connection, filter: &EventFilter, min: u64) -> Result<Vec<String>> {
    let (clause, mut values) = filter.clause();
    let sql = format!(
        "SELECT ip FROM audit_events INDEXED BY audit_events_ip {clause} GROUP BY ip HAVING count(*) >= ? ORDER BY ip"
    );
    values.push(Value::Integer(i64::try_from(min)?));
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params_from_iter(values), |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// (time, id) of every event from `ip` in `[since, until)`, by time; any client or role.
///
/// # Errors
/// When SQLite fails.
pub fn ip_times(conn: &Connection, ip: &str, since: i64, until: i64) -> Result<Vec<(i64, i64)>> {
    let mut stmt =
        conn.prepare_cached("SELECT ts, id FROM audit_events WHERE ip = ?1 AND ts >= ?2 AND ts < ?3 ORDER BY ts, id")?;
    let rows = stmt.query_map((ip, since, until), |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// True when `ip` has an event in `[since, until)`.
///
/// # Errors
/// When SQLite fails.
pub fn ip_seen(conn: &Connection, ip: &str, since: i64, until: i64) -> Result<bool> {
    let mut stmt =
        conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM audit_events WHERE ip = ?1 AND ts >= ?2 AND ts < ?3)")?;
    Ok(stmt.query_row((ip, since, until), |r| r.get(0))?)
}

/// The first and last event time in the catalog, if any.
///
/// # Errors
/// When SQLite fails.
pub fn time_span(conn: &Connection) -> Result<Option<(i64, i64)>> {
    let span: (Option<i64>, Option<i64>) =
        // Two subqueries: SQLite answers a lone min() or max() from the index, not the pair.
        conn.query_row(
            "SELECT (SELECT min(ts) FROM audit_events), (SELECT max(ts) FROM audit_events)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
    Ok(span.0.zip(span.1))
}

/// An event as shown in evidence: no subject.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventRecord {
    #[serde(skip)]
    pub id: i64,
    pub ts: String,
    pub client: String,
    pub role: String,
    pub ip: String,
    pub requested: String,
    pub granted: String,
    pub endpoint: Option<String>,
    pub status: Option<u16>,
}

/// The events with these ids, in id order.
///
/// # Errors
/// When SQLite fails.
pub fn events_by_id(conn: &Connection, ids: &[i64]) -> Result<Vec<EventRecord>> {
    if ids.len() > 500 {
        let mut all = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(500) {
            all.extend(events_by_id(conn, chunk)?);
        }
        all.sort_by_key(|e| e.id);
        return Ok(all);
    }
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let marks = vec!["?"; ids.len()].join(",");
    let sql = format!(
        "SELECT e.id, e.ts, e.client, e.role, e.ip, r.scopes, g.scopes, e.endpoint, e.status
         FROM audit_events e JOIN audit_scopesets r ON r.id = e.requested JOIN audit_scopesets g ON g.id = e.granted
         WHERE e.id IN ({marks}) ORDER BY e.id"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params_from_iter(ids), |r| {
        Ok(EventRecord {
            id: r.get(0)?,
            ts: crate::model::rfc3339(r.get(1)?),
            client: r.get(2)?,
            role: r.get(3)?,
            ip: r.get(4)?,
            requested: r.get(5)?,
            granted: r.get(6)?,
            endpoint: r.get(7)?,
            status: r.get(8)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Event counts per UTC day (as `YYYY-MM-DD`), per client and per granted scope.
#[derive(Debug, Clone, Serialize)]
pub struct EventStats {
    pub events: u64,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    pub per_day: Vec<Count>,
    pub clients: Vec<Count>,
    pub scopes: Vec<Count>,
}

/// Counts for `audit stats`; clients and scopes keep the `top` largest.
///
/// # Errors
/// When SQLite fails.
pub fn stats(conn: &Connection, filter: &EventFilter, top: usize) -> Result<EventStats> {
    let (clause, values) = filter.clause();
    let (events, first, last): (u64, Option<i64>, Option<i64>) = conn.query_row(
        &format!("SELECT count(*), min(ts), max(ts) FROM audit_events {clause}"),
        params_from_iter(values.iter()),
        |r| Ok((count(r, 0)?, r.get(1)?, r.get(2)?)),
    )?;
    let mut per_day = Vec::new();
    let mut stmt =
        conn.prepare(&format!("SELECT ts / 86400, count(*) FROM audit_events {clause} GROUP BY 1 ORDER BY 1"))?;
    for row in stmt.query_map(params_from_iter(values.iter()), |r| Ok((r.get::<_, i64>(0)?, count(r, 1)?)))? {
        let (day, n) = row?;
        let name = crate::model::rfc3339(day * 86400).get(..10).unwrap_or_default().to_owned();
        per_day.push(Count { name, events: n });
    }
    let mut clients: HashMap<String, u64> = HashMap::new();
    let mut scopes: HashMap<String, u64> = HashMap::new();
    for g in usage_groups(conn, filter)? {
        *clients.entry(g.client).or_default() += g.events;
        for s in g.granted {
            *scopes.entry(s).or_default() += g.events;
        }
    }
    let mut clients = sorted_counts(clients);
    clients.truncate(top);
    let mut scopes = sorted_counts(scopes);
    scopes.truncate(top);
    Ok(EventStats {
        events,
        first_seen: first.map(crate::model::rfc3339),
        last_seen: last.map(crate::model::rfc3339),
        per_day,
        clients,
        scopes,
    })
}

/// What all imported events say about use, from one pass over the usage groups.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UsageSummary {
    /// Events, each counted once.
    pub events: u64,
    /// (role, scope) → the Unix time the role last used the scope (requested or granted).
    pub last_use: HashMap<(String, String), i64>,
    /// Scope → events that used it (each event once, whether requested, granted or both).
    pub by_scope: HashMap<String, u64>,
    /// (scope, client) → events of that client that used the scope.
    pub by_client: HashMap<(String, String), u64>,
}

/// Sums up every imported event by scope, client and (role, scope).
///
/// # Errors
/// When SQLite fails.
pub fn usage_summary(conn: &Connection) -> Result<UsageSummary> {
    let mut sum = UsageSummary::default();
    for g in usage_groups(conn, &EventFilter::default())? {
        sum.events += g.events;
        let mut scopes: Vec<&String> = g.requested.iter().chain(&g.granted).collect();
        scopes.sort_unstable();
        scopes.dedup();
        for scope in scopes {
            *sum.by_scope.entry(scope.clone()).or_default() += g.events;
            *sum.by_client.entry((scope.clone(), g.client.clone())).or_default() += g.events;
            let t = sum.last_use.entry((g.role.clone(), scope.clone())).or_insert(g.last);
            *t = (*t).max(g.last);
        }
    }
    Ok(sum)
}

/// The ids of the first `n` events `filter` selects, by time.
///
/// # Errors
/// When SQLite fails.
pub fn first_event_ids(conn: &Connection, filter: &EventFilter, n: usize) -> Result<Vec<i64>> {
    let (clause, values) = filter.clause();
    let mut stmt = conn.prepare(&format!("SELECT id FROM audit_events {clause} ORDER BY ts, id LIMIT {n}"))?;
    let rows = stmt.query_map(params_from_iter(values), |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
