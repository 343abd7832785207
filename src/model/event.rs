//! An access-log event as the usage audit stores it. It holds no PHI: the subject is only a keyed
//! hash (HMAC-SHA-256 under a per-catalog secret), computed before the event is built.

/// A checked event, ready to store. Scope lists are sorted, de-duplicated and space-joined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessEvent {
    /// SHA-256 of the canonical event: equal events have equal digests.
    pub digest: [u8; 32],
    /// Unix seconds, UTC.
    pub ts: i64,
    pub client: String,
    /// HMAC-SHA-256 of the subject.
    pub subject: [u8; 32],
    pub role: String,
    pub ip: String,
    pub requested: String,
    pub granted: String,
    pub endpoint: Option<String>,
    pub status: Option<u16>,
}

/// Lower-case hex of `bytes`.
#[must_use]
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    s
}

/// RFC 3339 text (UTC, seconds) of a Unix time.
#[must_use]
pub fn rfc3339(secs: i64) -> String {
    jiff::Timestamp::from_second(secs).map_or_else(|_| secs.to_string(), |t| format!("{t:.0}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_print_as_utc_seconds() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_795_000_000), "2026-11-18T11:06:40Z");
    }

    #[test]
    fn hex_is_lower_case() {
        assert_eq!(hex(&[0, 0xab, 0x10]), "00ab10");
    }
}
