//! The usage audit: access-log events parsed and checked ([`event`]), streamed into the catalog
//! ([`ingest`]), searched for anomalies ([`detect`]) and for grants nobody uses ([`unused`]).
//!
//! No PHI enters the catalog: the subject of an event is kept only as HMAC-SHA-256 under a
//! per-catalog secret (the `hmac` crate over `sha2`), so it can be matched (`audit who`) but not
//! read back.

pub mod detect;
pub mod event;
pub mod ingest;
pub mod unused;

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

pub use crate::model::{AccessEvent, hex, rfc3339};
pub use event::{Field, FieldMap};

/// Keys subject hashes; cloned per event so the key schedule runs once per import.
#[derive(Clone)]
pub struct SubjectHasher {
    keyed: Hmac<Sha256>,
}

impl std::fmt::Debug for SubjectHasher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SubjectHasher(..)")
    }
}

impl SubjectHasher {
    /// A hasher keyed by the catalog's secret.
    #[must_use]
    pub fn new(key: &[u8]) -> Self {
        // HMAC takes keys of any length; this cannot fail.
        let keyed = <Hmac<Sha256> as KeyInit>::new_from_slice(key).unwrap_or_else(|_| unreachable!());
        SubjectHasher { keyed }
    }

    /// HMAC-SHA-256(secret, subject).
    #[must_use]
    pub fn hash(&self, subject: &str) -> [u8; 32] {
        let mut mac = self.keyed.clone();
        mac.update(subject.as_bytes());
        mac.finalize().into_bytes().into()
    }
}

/// Unix time of the start (00:00 UTC) of a day.
#[must_use]
pub fn day_start(date: jiff::civil::Date) -> i64 {
    date.to_zoned_datetime(jiff::tz::TimeZone::UTC).map_or(i64::MIN, |z| z.timestamp().as_second())
}

/// The finding and report severities, least to most severe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl From<Severity> for crate::model::Level {
    fn from(s: Severity) -> Self {
        match s {
            Severity::Info => crate::model::Level::Info,
            Severity::Warning => crate::model::Level::Warning,
            Severity::Error => crate::model::Level::Error,
        }
    }
}

impl Severity {
    /// The keyword used in output.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_matches_rfc_4231_test_case_2() {
        let h = SubjectHasher::new(b"Jefe");
        assert_eq!(
            hex(&h.hash("what do ya want for nothing?")),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
