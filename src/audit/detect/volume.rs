//! Volume checks.
//!
//! **Bursts from new IPs.** The baseline is the `baseline_days` before the analysed period (without
//! `--since`, the first `baseline_days` of the log). An IP with no event in the baseline is new; for
//! each new IP the highest number of events in any sliding window (`--window`) of the period is
//! compared with `--burst`.
//!
//! **Per-client volume spikes.** For each client, the events per hour over the hours from its first
//! to its last event (quiet hours count as 0). An hour is a spike when it exceeds
//! `median + k × 1.4826 × MAD` (MAD: the median absolute deviation; × 1.4826 makes it a standard
//! deviation for normal data, and it is taken as at least 1) and has at least `spike_min` events.
//! Median and MAD ignore the spikes themselves, unlike a mean and standard deviation.

use anyhow::Result;
use rusqlite::Connection;

use super::{Evidence, Finding, Kind, Thresholds};
use crate::audit::{Severity, rfc3339};
use crate::store::audit::{self as events, EventFilter};

/// The most events in any window `[t, t + window)` that starts at an event: (count, index of the
/// first event of that window). `times` must be sorted.
#[must_use]
pub fn max_window(times: &[i64], window: i64) -> (usize, usize) {
    let (mut best, mut at, mut end) = (0, 0, 0);
    for (i, &t) in times.iter().enumerate() {
        while end < times.len() && times[end] < t + window {
            end += 1;
        }
        if end - i > best {
            (best, at) = (end - i, i);
        }
    }
    (best, at)
}

/// The `k`-th smallest (0-based) of `sorted` merged with `run` copies of `value`.
fn kth(sorted: &[f64], value: f64, run: usize, k: usize) -> f64 {
    let below = sorted.partition_point(|&x| x < value);
    if k < below {
        sorted[k]
    } else if k < below + run {
        value
    } else {
        sorted[k - run]
    }
}

/// Median of `sorted` merged with `run` copies of `value`.
fn median(sorted: &[f64], value: f64, run: usize) -> f64 {
    let n = sorted.len() + run;
    if n == 0 {
        return 0.0;
    }
    f64::midpoint(kth(sorted, value, run, (n - 1) / 2), kth(sorted, value, run, n / 2))
}

/// A robust centre and spread, (median, MAD), of the hourly counts of active hours together with
/// `quiet` hours of 0 events. The quiet hours are counted, never stored, so a client whose events
/// span years costs no more memory than one whose events span a day.
#[must_use]
pub fn median_mad(active: &[u64], quiet: usize) -> (f64, f64) {
    #[allow(clippy::cast_precision_loss)]
    let mut v: Vec<f64> = active.iter().map(|&c| c as f64).collect();
    v.sort_by(f64::total_cmp);
    let m = median(&v, 0.0, quiet);
    let mut dev: Vec<f64> = v.iter().map(|x| (x - m).abs()).collect();
    dev.sort_by(f64::total_cmp);
    (m, median(&dev, m, quiet))
}

/// The spike threshold for a client: `median + k × max(1.4826 × MAD, 1)`.
#[must_use]
pub fn spike_threshold(median: f64, mad: f64, k: f64) -> f64 {
    median + k * (1.4826 * mad).max(1.0)
}

/// Bursts from IPs unseen in the baseline; `None` when the events do not cover a whole baseline
/// period before the analysed one, so no IP can be called new.
///
/// # Errors
/// When SQLite fails.
pub fn bursts(conn: &Connection, filter: &EventFilter, t: &Thresholds) -> Result<Option<Vec<Finding>>> {
    let Some((first, last)) = events::time_span(conn)? else { return Ok(None) };
    let baseline = t.baseline_days * 86_400;
    // Without --since, the baseline is the first `baseline_days` of the log, from its first whole hour.
    let since = filter.since.unwrap_or((first + 3599).div_euclid(3600) * 3600 + baseline);
    let until = filter.until.unwrap_or(last + 1);
    if since - baseline < first || since >= until {
        return Ok(None);
    }
    let period = EventFilter { since: Some(since), until: Some(until), ..filter.clone() };
    let mut out = Vec::new();
    for ip in events::busy_ips(conn, &period, t.burst)? {
        if events::ip_seen(conn, &ip, since - baseline, since)? {
            continue;
        }
        let timeline = events::ip_times(conn, &ip, since, until)?;
        let times: Vec<i64> = timeline.iter().map(|e| e.0).collect();
        let (count, at) = max_window(&times, t.window_secs);
        if (count as u64) < t.burst {
            continue;
        }
        let window = &timeline[at..at + count];
        let (start, end) = (window[0].0, window[count - 1].0);
        out.push(Finding {
            kind: Kind::NewIpBurst,
            severity: Severity::Error,
            message: format!("new IP {ip} sent {count} events within {}", span_words(t.window_secs)),
            scope: None,
            role: None,
            client: None,
            ip: Some(ip.clone()),
            evidence: Evidence {
                events: count as u64,
                first_seen: rfc3339(start),
                last_seen: rfc3339(end),
                detail: format!(
                    "{count} events in the {} window from {}, at or above --burst {}; no event from {ip} in the {} days before {} (the baseline); {} events from it in the period",
                    span_words(t.window_secs),
                    rfc3339(start),
                    t.burst,
                    t.baseline_days,
                    rfc3339(since),
                    times.len()
                ),
                examples: Vec::new(),
                example_ids: window.iter().take(3).map(|e| e.1).collect(),
            },
            next_step: format!(
                "find out whose {ip} is; if no known integration owns it, block it and review the subjects and scopes of its events"
            ),
        });
    }
    Ok(Some(out))
}

fn span_words(secs: i64) -> String {
    match secs {
        s if s % 3600 == 0 => format!("{} h", s / 3600),
        s if s % 60 == 0 => format!("{} min", s / 60),
        s => format!("{s} s"),
    }
}

/// Hours far above a client's own median.
///
/// # Errors
/// When SQLite fails.
pub fn spikes(conn: &Connection, filter: &EventFilter, t: &Thresholds) -> Result<Vec<Finding>> {
    let rows = events::hourly_counts(conn, filter)?;
    let mut out = Vec::new();
    let mut start = 0;
    while start < rows.len() {
        let client = &rows[start].0;
        let end = start + rows[start..].iter().take_while(|r| &r.0 == client).count();
        let hours = &rows[start..end];
        start = end;
        let (h0, h1) = (hours[0].1, hours[hours.len() - 1].1);
        let span = usize::try_from(h1 - h0 + 1)?;
        let active: Vec<u64> = hours.iter().map(|r| r.2).collect();
        let (med, mad) = median_mad(&active, span - hours.len());
        let threshold = spike_threshold(med, mad, t.spike_k);
        #[allow(clippy::cast_precision_loss)]
        let spiky: Vec<&(String, i64, u64)> =
            hours.iter().filter(|(_, _, n)| *n >= t.spike_min && *n as f64 > threshold).collect();
        let Some(&&(_, hour, peak)) = spiky.iter().max_by_key(|r| (r.2, -r.1)) else { continue };
        let hour_filter = EventFilter {
            since: Some(hour * 3600),
            until: Some(hour * 3600 + 3600),
            client: Some(client.clone()),
            ..filter.clone()
        };
        let examples = events::first_event_ids(conn, &hour_filter, 3)?;
        out.push(Finding {
            kind: Kind::VolumeSpike,
            severity: Severity::Warning,
            message: format!("client `{client}` sent {peak} events in one hour, against a median of {med} per hour"),
            scope: None,
            role: None,
            client: Some(client.clone()),
            ip: None,
            evidence: Evidence {
                events: peak,
                first_seen: rfc3339(hour * 3600),
                last_seen: rfc3339(hour * 3600 + 3599),
                detail: format!(
                    "{} of {} hours above the threshold {threshold:.1} = median {med} + {} × max(1.4826 × MAD {mad}, 1); median and MAD (median absolute deviation) are robust: the spikes themselves barely move them",
                    spiky.len(),
                    span,
                    t.spike_k
                ),
                examples: Vec::new(),
                example_ids: examples,
            },
            next_step: format!(
                "check `{client}` around {} for a runaway job, a scraper or a leaked credential",
                rfc3339(hour * 3600)
            ),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::AccessEvent;
    use crate::store::audit::EventSink;

    /// Stores `n` events from `ip` and `client`, `every` seconds apart from `start`.
    fn add(conn: &Connection, ip: &str, client: &str, start: i64, every: i64, n: i64) {
        let mut sink = EventSink::new(conn);
        sink.begin().unwrap();
        for k in 0..n {
            let ts = start + k * every;
            let mut digest = [0u8; 32];
            digest[..8].copy_from_slice(&ts.to_le_bytes());
            digest[8..16].copy_from_slice(&<sha2::Sha256 as sha2::Digest>::digest(ip.as_bytes())[..8]);
            let ev = AccessEvent {
                digest,
                ts,
                client: client.into(),
                subject: [1; 32],
                role: "r".into(),
                ip: ip.into(),
                requested: String::new(),
                granted: String::new(),
                endpoint: None,
                status: None,
            };
            assert!(sink.insert(&ev).unwrap());
        }
        sink.commit().unwrap();
    }

    const DAY: i64 = 86_400;

    #[test]
    fn only_ips_unseen_in_the_baseline_burst() {
        let conn = crate::store::open_in_memory().unwrap();
        let t = Thresholds::default();
        // A regular IP, one event an hour for 20 days, then a busy hour on day 18.
        add(&conn, "10.0.0.1", "a", 0, 3600, 20 * 24);
        add(&conn, "10.0.0.1", "a", 18 * DAY + 60, 10, 150);
        // A new IP bursting on day 16; another new one that stays under --burst.
        add(&conn, "203.0.113.9", "a", 16 * DAY, 20, 120);
        add(&conn, "203.0.113.10", "a", 16 * DAY, 20, 99);
        let found = bursts(&conn, &EventFilter::default(), &t).unwrap().unwrap();
        let ips: Vec<&str> = found.iter().filter_map(|f| f.ip.as_deref()).collect();
        assert_eq!(ips, ["203.0.113.9"]);
        assert_eq!(found[0].evidence.events, 120);
        assert_eq!(found[0].evidence.example_ids.len(), 3);
        // A 30-minute window holds only 90 of its events.
        let half = Thresholds { window_secs: 1800, ..t };
        assert!(bursts(&conn, &EventFilter::default(), &half).unwrap().unwrap().is_empty());
        // A period with no full baseline before it cannot be judged.
        let early = EventFilter { since: Some(10 * DAY), ..EventFilter::default() };
        assert!(bursts(&conn, &early, &t).unwrap().is_none());
    }

    #[test]
    fn a_busy_hour_is_a_spike_for_its_client_only() {
        let conn = crate::store::open_in_memory().unwrap();
        let t = Thresholds::default();
        // Ten events an hour for ten days each; one hour of client `busy` gets 200 more.
        add(&conn, "10.0.0.1", "steady", 0, 360, 10 * 24 * 10);
        add(&conn, "10.0.0.2", "busy", 0, 360, 10 * 24 * 10);
        add(&conn, "10.0.0.3", "busy", 5 * DAY + 1, 5, 200);
        let found = spikes(&conn, &EventFilter::default(), &t).unwrap();
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].client.as_deref(), Some("busy"));
        assert_eq!(found[0].evidence.events, 210);
        assert!(found[0].evidence.detail.contains("1 of 240 hours"), "{}", found[0].evidence.detail);
        assert!(found[0].evidence.detail.contains("median 10"), "{}", found[0].evidence.detail);
        // No hour is a spike below the minimum count, however far above the median.
        let quiet = Thresholds { spike_min: 250, ..t };
        assert!(spikes(&conn, &EventFilter::default(), &quiet).unwrap().is_empty());
    }

    #[test]
    fn the_busiest_window_is_found() {
        assert_eq!(max_window(&[], 10), (0, 0));
        assert_eq!(max_window(&[0, 5, 9, 10, 11, 12, 30], 10), (5, 1));
        assert_eq!(max_window(&[0, 1, 2, 50, 51, 52, 53], 10), (4, 3));
        assert_eq!(max_window(&[0, 100, 200], 10), (1, 0));
    }

    #[test]
    fn median_and_mad_resist_outliers() {
        let (m, mad) = median_mad(&[10, 11, 9, 10, 12, 8, 10, 500], 0);
        assert!((m - 10.0).abs() < f64::EPSILON);
        assert!((mad - 1.0).abs() < f64::EPSILON);
        assert!(500.0 > spike_threshold(m, mad, 6.0));
        assert!(12.0 < spike_threshold(m, mad, 6.0));
        // A flat series has MAD 0: the spread is taken as at least 1.
        let (m, mad) = median_mad(&[], 4);
        assert!((spike_threshold(m, mad, 6.0) - 6.0).abs() < f64::EPSILON);
    }

    #[test]
    fn quiet_hours_count_without_being_stored() {
        let (m, mad) = median_mad(&[5, 7, 9], 0);
        assert!((m - 7.0).abs() < f64::EPSILON && (mad - 2.0).abs() < f64::EPSILON);
        // [0, 0, 5, 7, 9]: median 5; deviations [0, 2, 4, 5, 5]: MAD 4.
        let (m, mad) = median_mad(&[9, 5, 7], 2);
        assert!((m - 5.0).abs() < f64::EPSILON && (mad - 4.0).abs() < f64::EPSILON, "{m} {mad}");
        // [0, 0, 0, 4]: median 0; deviations [0, 0, 0, 4]: MAD 0.
        let (m, mad) = median_mad(&[4], 3);
        assert!(m.abs() < f64::EPSILON && mad.abs() < f64::EPSILON);
        // Ten years of hours, one of them busy: nothing is allocated per hour.
        let (m, _) = median_mad(&[100], 87_600);
        assert!(m.abs() < f64::EPSILON);
    }
}
