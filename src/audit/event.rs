//! One access-log event: its fields, how a log names them (`--map`), how a JSON line is read
//! without building a generic JSON tree, and the checks that turn raw text into an [`Event`].

use std::borrow::Cow;
use std::fmt;
use std::net::IpAddr;

use jiff::Timestamp;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use sha2::{Digest, Sha256};

use super::SubjectHasher;
use crate::model::AccessEvent;
use crate::model::{shown, validate_scope_name};

/// The fields of an event, in canonical order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Ts,
    Client,
    Subject,
    Role,
    Ip,
    Requested,
    Granted,
    Endpoint,
    Status,
}

impl Field {
    /// Every field, in order.
    pub const ALL: [Field; 9] = [
        Field::Ts,
        Field::Client,
        Field::Subject,
        Field::Role,
        Field::Ip,
        Field::Requested,
        Field::Granted,
        Field::Endpoint,
        Field::Status,
    ];

    /// The field's name in scopectl's log format.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Ts => "ts",
            Field::Client => "client",
            Field::Subject => "subject",
            Field::Role => "role",
            Field::Ip => "ip",
            Field::Requested => "requested",
            Field::Granted => "granted",
            Field::Endpoint => "endpoint",
            Field::Status => "status",
        }
    }

    fn required(self) -> bool {
        !matches!(self, Field::Endpoint | Field::Status)
    }
}

/// What each field is called in the log being read: the defaults, renamed by `--map FIELD=NAME`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldMap {
    names: [String; 9],
}

impl Default for FieldMap {
    fn default() -> Self {
        FieldMap { names: Field::ALL.map(|f| f.as_str().to_owned()) }
    }
}

impl FieldMap {
    /// The defaults with `FIELD=NAME` renames applied.
    ///
    /// # Errors
    /// When a rename is not `FIELD=NAME`, names an unknown field, or two fields get one name.
    pub fn new(renames: &[String]) -> Result<Self, String> {
        let mut map = FieldMap::default();
        for spec in renames {
            let (field, name) = spec
                .split_once('=')
                .filter(|(f, n)| !f.is_empty() && !n.is_empty())
                .ok_or_else(|| format!("--map `{spec}` is not FIELD=NAME (for example granted=scope)"))?;
            let Some(i) = Field::ALL.iter().position(|f| f.as_str() == field) else {
                let known: Vec<&str> = Field::ALL.iter().map(|f| f.as_str()).collect();
                return Err(format!("--map `{spec}`: unknown field `{field}`; fields are {}", known.join(", ")));
            };
            name.clone_into(&mut map.names[i]);
        }
        for (i, name) in map.names.iter().enumerate() {
            if let Some(j) = map.names[i + 1..].iter().position(|n| n == name) {
                return Err(format!(
                    "--map gives `{}` and `{}` the same log name `{name}`",
                    Field::ALL[i].as_str(),
                    Field::ALL[i + 1 + j].as_str()
                ));
            }
        }
        Ok(map)
    }

    /// The field a log name stands for.
    #[must_use]
    pub fn field(&self, name: &str) -> Option<Field> {
        self.names.iter().position(|n| n == name).map(|i| Field::ALL[i])
    }

    /// What the log calls `field`.
    #[must_use]
    pub fn name(&self, field: Field) -> &str {
        &self.names[field as usize]
    }
}

/// The text of each field of one log record, as read (JSON line or CSV row).
#[derive(Debug, Default)]
pub struct RawEvent<'a> {
    pub values: [Option<Cow<'a, str>>; 9],
}

impl RawEvent<'_> {
    fn get(&self, f: Field) -> Option<&str> {
        self.values[f as usize].as_deref()
    }

    /// Checks the fields and builds the event; the error is one line saying what is wrong.
    ///
    /// # Errors
    /// A missing required field, a bad timestamp, IP, status or scope.
    pub fn check(&self, map: &FieldMap, hasher: &SubjectHasher) -> Result<AccessEvent, String> {
        for f in Field::ALL {
            if f.required() && self.get(f).is_none() {
                return Err(if map.name(f) == f.as_str() {
                    format!("missing field `{}`", f.as_str())
                } else {
                    format!("missing field `{}` (mapped to `{}`)", map.name(f), f.as_str())
                });
            }
        }
        let text = |f: Field| self.get(f).unwrap_or_default().trim();
        let nonempty = |f: Field| {
            let v = text(f);
            if v.is_empty() { Err(format!("empty field `{}`", map.name(f))) } else { Ok(v) }
        };
        let ts_text = text(Field::Ts);
        let ts: Timestamp =
            ts_text.parse().map_err(|e| format!("bad timestamp `{}` (expected RFC 3339): {e}", shown(ts_text)))?;
        if !rfc3339_offset(ts_text) {
            return Err(format!(
                "bad timestamp `{}` (expected RFC 3339): the UTC offset must be `Z` or ±HH:MM with HH up to 23",
                shown(ts_text)
            ));
        }
        let ip_text = text(Field::Ip);
        let ip: IpAddr = ip_text.parse().map_err(|_| format!("bad IP address `{}`", shown(ip_text)))?;
        let status = match self.get(Field::Status).map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(s) => Some(s.parse::<u16>().map_err(|_| format!("bad status `{}`", shown(s)))?),
        };
        let endpoint = self.get(Field::Endpoint).map(str::trim).filter(|s| !s.is_empty()).map(endpoint_template);
        let mut ev = AccessEvent {
            digest: [0; 32],
            ts: ts.as_second(),
            client: nonempty(Field::Client)?.to_owned(),
            subject: hasher.hash(nonempty(Field::Subject)?),
            role: nonempty(Field::Role)?.to_owned(),
            ip: ip.to_string(),
            requested: scope_list(text(Field::Requested), map.name(Field::Requested))?,
            granted: scope_list(text(Field::Granted), map.name(Field::Granted))?,
            endpoint,
            status,
        };
        ev.digest = canonical_digest(&ev, ts.as_nanosecond());
        Ok(ev)
    }
}

/// SHA-256 over the canonical event: every field length-prefixed, the subject as its HMAC, the
/// time in nanoseconds, scopes normalized. The same event always hashes the same.
fn canonical_digest(ev: &AccessEvent, nanos: i128) -> [u8; 32] {
    let mut h = Sha256::new();
    let mut field = |bytes: &[u8]| {
        h.update(u32::try_from(bytes.len()).unwrap_or(u32::MAX).to_le_bytes());
        h.update(bytes);
    };
    field(&nanos.to_le_bytes());
    field(ev.client.as_bytes());
    field(&ev.subject);
    field(ev.role.as_bytes());
    field(ev.ip.as_bytes());
    field(ev.requested.as_bytes());
    field(ev.granted.as_bytes());
    field(ev.endpoint.as_deref().unwrap_or("\0none").as_bytes());
    field(&ev.status.map_or([0xff; 2], u16::to_le_bytes));
    h.finalize().into()
}

/// The endpoint with identifiers taken out, so that no patient or user id reaches the catalog
/// through a URL: the query and fragment are dropped, and every path segment that holds a digit or
/// is longer than 32 bytes becomes `{id}` (`/fhir/Patient/123/Observation?code=x` →
/// `/fhir/Patient/{id}/Observation`), except version-like segments of up to 3 bytes that start
/// with a letter (`v1`, `r4`).
#[must_use]
pub fn endpoint_template(endpoint: &str) -> String {
    let path = endpoint.split(['?', '#']).next().unwrap_or_default();
    path.split('/')
        .map(|seg| {
            let version = seg.len() <= 3 && seg.bytes().next().is_some_and(|b| b.is_ascii_alphabetic());
            if seg.len() > 32 || (!version && seg.bytes().any(|b| b.is_ascii_digit())) { "{id}" } else { seg }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Sorted, de-duplicated, single-space-joined scope tokens.
fn scope_list(text: &str, field: &str) -> Result<String, String> {
    let mut scopes: Vec<&str> = text.split_ascii_whitespace().collect();
    for s in &scopes {
        validate_scope_name(s).map_err(|e| format!("bad scope `{}` in `{field}`: {e}", shown(s)))?;
    }
    scopes.sort_unstable();
    scopes.dedup();
    Ok(scopes.join(" "))
}

/// Reads one JSON object into a [`RawEvent`], keeping only the mapped fields and borrowing
/// string values from the line where it can.
pub struct JsonSeed<'m>(pub &'m FieldMap);

impl<'de> DeserializeSeed<'de> for JsonSeed<'_> {
    type Value = RawEvent<'de>;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for JsonSeed<'_> {
    type Value = RawEvent<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
        let mut raw = RawEvent::default();
        while let Some(Text(key)) = access.next_key::<Text<'de>>()? {
            match self.0.field(&key) {
                Some(f) => raw.values[f as usize] = access.next_value::<Scalar<'de>>()?.0,
                None => {
                    access.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(raw)
    }
}

/// A JSON string, borrowed when it has no escapes.
struct Text<'de>(Cow<'de, str>);

impl<'de> de::Deserialize<'de> for Text<'de> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Text<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Text(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Text(Cow::Owned(v.to_owned())))
            }
        }
        d.deserialize_str(V)
    }
}

/// A field value: a string, a number (as text), null (absent), or an array of strings (joined
/// with spaces, for logs that list scopes as arrays).
struct Scalar<'de>(Option<Cow<'de, str>>);

impl<'de> de::Deserialize<'de> for Scalar<'de> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Scalar<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string, a number, null or an array of strings")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Scalar(Some(Cow::Borrowed(v))))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Scalar(Some(Cow::Owned(v.to_owned()))))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                Ok(Scalar(Some(Cow::Owned(v.to_string()))))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(Scalar(Some(Cow::Owned(v.to_string()))))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
                Ok(Scalar(Some(Cow::Owned(v.to_string()))))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(Scalar(None))
            }
            fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(Scalar(None))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut joined = String::new();
                while let Some(Text(s)) = seq.next_element::<Text<'de>>()? {
                    if !joined.is_empty() {
                        joined.push(' ');
                    }
                    joined.push_str(&s);
                }
                Ok(Scalar(Some(Cow::Owned(joined))))
            }
        }
        d.deserialize_any(V)
    }
}

/// Parses one JSON line into raw fields.
///
/// # Errors
/// Invalid JSON, or a value of the wrong type, as one line.
pub fn parse_json<'a>(line: &'a str, map: &FieldMap) -> Result<RawEvent<'a>, String> {
    let mut de = serde_json::Deserializer::from_str(line);
    let raw = JsonSeed(map).deserialize(&mut de).map_err(|e| format!("invalid JSON: {e}"))?;
    de.end().map_err(|e| format!("invalid JSON: {e}"))?;
    Ok(raw)
}

/// True when the UTC offset that ends an RFC 3339 timestamp is one RFC 3339 allows: `Z`, or
/// `±HH:MM` with hours 00-23 and minutes 00-59 (the parser also takes `+24:00` and seconds).
fn rfc3339_offset(ts: &str) -> bool {
    if ts.ends_with(['Z', 'z']) {
        return true;
    }
    let b = ts.as_bytes();
    let Some(o) = b.len().checked_sub(6).map(|i| &b[i..]) else { return false };
    let digit = |i: usize| o[i].is_ascii_digit();
    let form = matches!(o[0], b'+' | b'-') && digit(1) && digit(2) && o[3] == b':' && digit(4) && digit(5);
    form && (o[1] - b'0') * 10 + (o[2] - b'0') <= 23 && (o[4] - b'0') * 10 + (o[5] - b'0') <= 59
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_offsets_are_those_rfc_3339_allows() {
        for ok in
            ["2026-11-01T10:00:00Z", "2026-11-01T10:00:00.5z", "2026-11-01T10:00:00+23:59", "2026-11-01T10:00:00-05:00"]
        {
            assert!(rfc3339_offset(ok), "{ok}");
        }
        for bad in ["2026-11-01T10:00:00+24:00", "2026-11-01T10:00:00+05:60", "2026-11-01T10:00:00+05:00:30", "Z0"] {
            assert!(!rfc3339_offset(bad), "{bad}");
        }
        assert!(!rfc3339_offset("10:00"));
    }

    fn hasher() -> SubjectHasher {
        SubjectHasher::new(b"k")
    }

    const LINE: &str = r#"{"ts":"2026-11-01T10:00:00Z","client":"portal","subject":"p1","role":"nurse","ip":"10.0.0.1","requested":"b a a","granted":"a","status":200,"extra":{"x":[1]}}"#;

    #[test]
    fn a_good_line_becomes_a_normalized_event() {
        let map = FieldMap::default();
        let ev = parse_json(LINE, &map).unwrap().check(&map, &hasher()).unwrap();
        assert_eq!(ev.requested, "a b");
        assert_eq!(ev.status, Some(200));
        assert_eq!(ev.ts, 1_793_527_200);
        assert_ne!(ev.subject, [0; 32]);
        // The same event, with other spacing and order, hashes the same.
        let other = LINE.replace("\"b a a\"", "\" a  b\"");
        let ev2 = parse_json(&other, &map).unwrap().check(&map, &hasher()).unwrap();
        assert_eq!(ev.digest, ev2.digest);
    }

    #[test]
    fn bad_lines_say_why() {
        let map = FieldMap::default();
        let reason = |line: &str| match parse_json(line, &map) {
            Err(e) => e,
            Ok(raw) => raw.check(&map, &hasher()).unwrap_err(),
        };
        assert!(reason("{not json").starts_with("invalid JSON"));
        assert!(reason("[1]").starts_with("invalid JSON"));
        assert_eq!(reason(&LINE.replace("\"role\"", "\"rolex\"")), "missing field `role`");
        assert!(reason(&LINE.replace("2026-11-01T10:00:00Z", "yesterday")).starts_with("bad timestamp `yesterday`"));
        assert!(reason(&LINE.replace("10:00:00Z", "10:00:00+24:00")).contains("the UTC offset must be"));
        assert_eq!(reason(&LINE.replace("10.0.0.1", "10.0.0.999")), "bad IP address `10.0.0.999`");
        assert_eq!(reason(&LINE.replace("200", "-1")), "bad status `-1`");
        assert!(reason(&LINE.replace("\"b a a\"", "\"a\\\"b\"")).starts_with("bad scope"));
        assert_eq!(reason(&LINE.replace("\"portal\"", "\" \"")), "empty field `client`");
    }

    #[test]
    fn renamed_fields_are_read_under_their_log_names() {
        let map = FieldMap::new(&["granted=scope".into(), "ts=time".into()]).unwrap();
        let line = LINE.replace("\"granted\"", "\"scope\"").replace("\"ts\"", "\"time\"");
        let ev = parse_json(&line, &map).unwrap().check(&map, &hasher()).unwrap();
        assert_eq!(ev.granted, "a");
        let err = parse_json(LINE, &map).unwrap().check(&map, &hasher()).unwrap_err();
        assert_eq!(err, "missing field `time` (mapped to `ts`)");
        assert!(FieldMap::new(&["nope=x".into()]).unwrap_err().contains("unknown field `nope`"));
        assert!(FieldMap::new(&["granted".into()]).unwrap_err().contains("FIELD=NAME"));
        assert!(FieldMap::new(&["granted=role".into()]).unwrap_err().contains("same log name"));
    }

    #[test]
    fn endpoints_lose_their_identifiers() {
        assert_eq!(endpoint_template("/fhir/Patient/123/Observation?code=x#y"), "/fhir/Patient/{id}/Observation");
        assert_eq!(endpoint_template("/api/users/alice-7731"), "/api/users/{id}");
        assert_eq!(endpoint_template("/a/abcdefghijklmnopqrstuvwxyzabcdefgh/b"), "/a/{id}/b");
        assert_eq!(endpoint_template("/fhir/metadata"), "/fhir/metadata");
        assert_eq!(endpoint_template("https://h.example/v1/x/9"), "https://h.example/v1/x/{id}");
        assert_eq!(endpoint_template("/fhir/r4/Patient/p1x2"), "/fhir/r4/Patient/{id}");
    }

    #[test]
    fn scopes_may_be_arrays() {
        let map = FieldMap::default();
        let line = LINE.replace("\"b a a\"", "[\"b\",\"a\"]");
        let ev = parse_json(&line, &map).unwrap().check(&map, &hasher()).unwrap();
        assert_eq!(ev.requested, "a b");
    }
}
