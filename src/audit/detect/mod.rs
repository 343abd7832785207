//! `audit report`: findings from the stored events. The catalog checks ([`catalog`]) work on
//! events grouped by (client, role, requested, granted) in SQL; the volume checks ([`volume`]) on
//! per-IP timelines and per-client hourly counts. Each finding carries its evidence and a next step.
//!
//! Not here yet: broad scopes requested or granted, which must reuse the linter's breadth analysis.

pub mod catalog;
pub mod volume;

use std::fmt;

use anyhow::Result;
use jiff::civil::Date;
use rusqlite::Connection;
use serde::Serialize;

use super::Severity;
use crate::model::ScopeSet;
use crate::store::audit::{self as events, EventFilter, EventRecord};

/// What kind of problem a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    BroadScope,
    UnknownScope,
    RetiredScope,
    DeprecatedScope,
    ScopeCreep,
    OverGranted,
    UnneededRequest,
    UnknownRole,
    UnknownClient,
    NewIpBurst,
    VolumeSpike,
}

impl Kind {
    /// The snake_case keyword used in every output.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::BroadScope => "broad_scope",
            Kind::UnknownScope => "unknown_scope",
            Kind::RetiredScope => "retired_scope",
            Kind::DeprecatedScope => "deprecated_scope",
            Kind::ScopeCreep => "scope_creep",
            Kind::OverGranted => "over_granted",
            Kind::UnneededRequest => "unneeded_request",
            Kind::UnknownRole => "unknown_role",
            Kind::UnknownClient => "unknown_client",
            Kind::NewIpBurst => "new_ip_burst",
            Kind::VolumeSpike => "volume_spike",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the events show.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    /// Events behind the finding.
    pub events: u64,
    pub first_seen: String,
    pub last_seen: String,
    /// The numbers and the rule that made this a finding, in words.
    pub detail: String,
    pub examples: Vec<EventRecord>,
    #[serde(skip)]
    pub example_ids: Vec<i64>,
}

/// One problem found in the events.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub kind: Kind,
    pub severity: Severity,
    pub message: String,
    pub scope: Option<String>,
    pub role: Option<String>,
    pub client: Option<String>,
    pub ip: Option<String>,
    pub evidence: Evidence,
    pub next_step: String,
}

/// Counts by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub error: usize,
    pub warning: usize,
    pub info: usize,
}

/// The report: what was looked at, and what was found.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub since: Option<String>,
    pub until: Option<String>,
    pub events: u64,
    /// The first and last event looked at.
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    pub findings: Vec<Finding>,
    pub summary: Summary,
    /// Checks that could not run, and why.
    pub notes: Vec<String>,
}

/// Settings of the volume checks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    /// Days before the analysed period in which an IP must not appear to count as new.
    pub baseline_days: i64,
    /// The sliding window of the burst check, in seconds.
    pub window_secs: i64,
    /// Events in one window that make a burst.
    pub burst: u64,
    /// How many robust standard deviations above the median make an hourly spike.
    pub spike_k: f64,
    /// An hour below this many events is never a spike.
    pub spike_min: u64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds { baseline_days: 14, window_secs: 3600, burst: 100, spike_k: 6.0, spike_min: 20 }
    }
}

/// Runs every check over the events that `filter` selects.
///
/// # Errors
/// When SQLite fails.
pub fn run(
    conn: &Connection,
    catalog: &ScopeSet,
    filter: &EventFilter,
    thresholds: &Thresholds,
    today: Date,
) -> Result<Report> {
    let groups = events::usage_groups(conn, filter)?;
    let total: u64 = groups.iter().map(|g| g.events).sum();
    let mut findings =
        catalog::check(catalog, &groups, today, &mut |sets, from| events::sets_usage(conn, filter, sets, from))?;
    let mut notes = Vec::new();
    match volume::bursts(conn, filter, thresholds)? {
        Some(bursts) => findings.extend(bursts),
        None if total > 0 => notes.push(format!(
            "the burst check did not run: it needs {} days of events before the period as a baseline",
            thresholds.baseline_days
        )),
        None => {}
    }
    findings.extend(volume::spikes(conn, filter, thresholds)?);
    findings.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then(a.kind.cmp(&b.kind))
            .then_with(|| (&a.scope, &a.role, &a.client, &a.ip).cmp(&(&b.scope, &b.role, &b.client, &b.ip)))
    });
    let ids: Vec<i64> = findings.iter().flat_map(|f| f.evidence.example_ids.iter().copied()).collect();
    let examples: std::collections::HashMap<i64, EventRecord> =
        events::events_by_id(conn, &ids)?.into_iter().map(|e| (e.id, e)).collect();
    let mut summary = Summary::default();
    for f in &mut findings {
        f.evidence.examples = f.evidence.example_ids.iter().filter_map(|id| examples.get(id).cloned()).collect();
        match f.severity {
            Severity::Error => summary.error += 1,
            Severity::Warning => summary.warning += 1,
            Severity::Info => summary.info += 1,
        }
    }
    Ok(Report {
        since: filter.since.map(super::rfc3339),
        until: filter.until.map(super::rfc3339),
        events: total,
        first_seen: groups.iter().map(|g| g.first).min().map(super::rfc3339),
        last_seen: groups.iter().map(|g| g.last).max().map(super::rfc3339),
        findings,
        summary,
        notes,
    })
}
