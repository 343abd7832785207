//! SMART on FHIR scopes (App Launch v1 and v2), parsed by the grammar of the specification:
//!
//! ```text
//! clinical  = context "/" resource "." permissions [ "?" param *( "&" param ) ]
//! context   = "patient" / "user" / "system"
//! resource  = FHIR resource type / "*"
//! v1        = "read" / "write" / "*"
//! v2        = ordered non-empty subset of "c" "r" "u" "d" "s"
//! param     = name "=" value            ; values may hold "|" (system|code)
//! other     = "openid" / "fhirUser" / "profile" / "launch" / launch
//!           / "offline_access" / "online_access" / "__" name / an absolute URI
//! launch    = "launch/" lower-case name [ "?" param *( "&" param ) ]   ; v2.2 `launch/patient?role=…`
//! ```
//!
//! A name shaped like a clinical scope with another context (`practitioner/Observation.read`)
//! is a grammar error, not a name outside SMART. An absolute URI is told by [`is_uri`] rather than
//! [`parse`]: a URL scope is judged as the name of its own service.
//!
//! Everything here is a pure function of the scope string.

use std::fmt;

/// The context part of a clinical scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    Patient,
    User,
    System,
}

impl Context {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Context::Patient => "patient",
            Context::User => "user",
            Context::System => "system",
        }
    }
}

/// Permission bits of a clinical scope, in the v2 letter order.
pub const C: u8 = 1;
pub const R: u8 = 2;
pub const U: u8 = 4;
pub const D: u8 = 8;
pub const S: u8 = 16;
/// Reading permissions (`r`, `s`).
pub const READS: u8 = R | S;
/// Writing permissions (`c`, `u`, `d`).
pub const WRITES: u8 = C | U | D;

/// How the permissions were written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Version {
    /// `read`, `write` or `*`.
    V1,
    /// `cruds` letters.
    V2,
}

/// `patient/Observation.rs?category=laboratory`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clinical {
    pub context: Context,
    /// `None` for `*`.
    pub resource: Option<String>,
    /// The permissions written (`read`, `rs`, `*`).
    pub written: String,
    pub version: Version,
    /// Effective permissions as `C|R|U|D|S` bits (v1 `read` = `rs`, `write` = `cud`, `*` = all).
    pub perms: u8,
    /// `?name=value&…` pairs, in order.
    pub query: Vec<(String, String)>,
}

impl Clinical {
    /// The permissions as v2 letters (`cruds` order).
    #[must_use]
    pub fn letters(perms: u8) -> String {
        [(C, 'c'), (R, 'r'), (U, 'u'), (D, 'd'), (S, 's')]
            .iter()
            .filter(|(bit, _)| perms & bit != 0)
            .map(|(_, c)| *c)
            .collect()
    }

    /// True when every access this scope gives, `other` gives too.
    #[must_use]
    pub fn covered_by(&self, other: &Clinical) -> bool {
        self.context == other.context
            && (other.resource.is_none() || other.resource == self.resource)
            && self.perms & other.perms == self.perms
            && (other.query.is_empty() || other.query == self.query)
    }
}

/// `launch/patient`, or with App Launch 2.2 context parameters
/// `launch/patient?role=https://example.org/fhir/ValueSet/care-team`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LaunchContext {
    /// The context type, lower case (`patient`, `encounter`, `list`).
    pub name: String,
    /// `?name=value&…` pairs, in order.
    pub query: Vec<(String, String)>,
}

/// A parsed SMART scope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Smart {
    Clinical(Clinical),
    /// `launch` (`None`) or `launch/patient…`.
    Launch(Option<LaunchContext>),
    OpenId,
    FhirUser,
    Profile,
    OfflineAccess,
    OnlineAccess,
    /// `__name`
    Extension(String),
}

/// Why a string that starts like a clinical scope does not follow the grammar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmartError {
    pub message: String,
}

impl fmt::Display for SmartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

fn err(message: impl Into<String>) -> SmartError {
    SmartError { message: message.into() }
}

/// Parses `name` as a SMART scope. `Ok(None)`: not a SMART scope at all; `Err`: it starts like a
/// clinical scope (`patient/`, `user/`, `system/`) or a launch scope (`launch/`) but breaks the
/// grammar, or it has the shape of a clinical scope with a context SMART does not define.
///
/// # Errors
/// See above.
pub fn parse(name: &str) -> Result<Option<Smart>, SmartError> {
    let fixed = match name {
        "openid" => Some(Smart::OpenId),
        "fhirUser" => Some(Smart::FhirUser),
        "profile" => Some(Smart::Profile),
        "launch" => Some(Smart::Launch(None)),
        "offline_access" => Some(Smart::OfflineAccess),
        "online_access" => Some(Smart::OnlineAccess),
        _ => None,
    };
    if fixed.is_some() {
        return Ok(fixed);
    }
    if let Some(rest) = name.strip_prefix("launch/") {
        return launch(rest).map(|l| Some(Smart::Launch(Some(l))));
    }
    if let Some(rest) = name.strip_prefix("__")
        && !rest.is_empty()
    {
        return Ok(Some(Smart::Extension(rest.to_owned())));
    }
    let Some((context, rest)) = name.split_once('/') else { return Ok(None) };
    let context = match context {
        "patient" => Context::Patient,
        "user" => Context::User,
        "system" => Context::System,
        other => return unknown_context(other, rest),
    };
    clinical(context, rest).map(|c| Some(Smart::Clinical(c)))
}

/// True when `name` is an absolute URI, the grammar's form for custom scopes: a scheme and an
/// authority (`https://example.org/scopes/read-labs`) or a URN (`urn:example:read-labs`).
/// `admin:org` and `read:labs` are not: a URI needs `//` after its scheme, or the `urn:` form.
#[must_use]
pub fn is_uri(name: &str) -> bool {
    let Some((scheme, rest)) = name.split_once(':') else { return false };
    let scheme_ok = scheme.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        && scheme.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
    if !scheme_ok || name.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    if scheme.eq_ignore_ascii_case("urn") {
        // RFC 8141: `urn:` NID `:` NSS.
        return rest.split_once(':').is_some_and(|(nid, nss)| {
            !nid.is_empty() && nid.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') && !nss.is_empty()
        });
    }
    rest.strip_prefix("//").and_then(|r| r.split(['/', '?', '#']).next()).is_some_and(|host| !host.is_empty())
}

/// `launch/NAME[?query]` after the `launch/`.
fn launch(rest: &str) -> Result<LaunchContext, SmartError> {
    let (name, query) = match rest.split_once('?') {
        Some((n, q)) => (n, Some(q)),
        None => (rest, None),
    };
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') {
        return Err(err(format!("`launch/{name}` needs a launch context name such as `launch/patient`")));
    }
    if name.bytes().any(|b| b.is_ascii_uppercase()) {
        return Err(err(format!(
            "`{name}`: launch context names are lower case (so `launch/{}{}`)",
            name.to_ascii_lowercase(),
            &rest[name.len()..]
        )));
    }
    let query = match query {
        None => Vec::new(),
        Some(q) => parse_query(q)?,
    };
    Ok(LaunchContext { name: name.to_owned(), query })
}

/// A `context/rest` name whose context is not `patient`, `user` or `system`: a grammar error when
/// it has exactly the shape of a clinical scope (`practitioner/Observation.read`: a word, one
/// slash, a resource type, a dot and permission letters), otherwise no SMART scope at all
/// (`admin/console`, `athena/service/Athenanet.MDP.*`).
fn unknown_context(context: &str, rest: &str) -> Result<Option<Smart>, SmartError> {
    let body = rest.split_once('?').map_or(rest, |(b, _)| b);
    let word = context.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        && context.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    let shaped = !body.contains('/')
        && body.rsplit_once('.').is_some_and(|(resource, perms)| {
            (resource == "*" || is_resource_type(resource))
                && !perms.is_empty()
                && perms.bytes().all(|b| b.is_ascii_alphabetic() || b == b'*')
        });
    if !word || !shaped {
        return Ok(None);
    }
    let lower = context.to_ascii_lowercase();
    Err(err(if matches!(lower.as_str(), "patient" | "user" | "system") {
        format!("`{context}`: SMART contexts are lower case (so `{lower}/{rest}`)")
    } else {
        format!("`{context}` is not a SMART context; clinical scopes start with `patient/`, `user/` or `system/`")
    }))
}

fn clinical(context: Context, rest: &str) -> Result<Clinical, SmartError> {
    let (body, query) = match rest.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (rest, None),
    };
    let Some((resource, written)) = body.rsplit_once('.') else {
        return Err(err(format!(
            "`{}/{body}` has no permissions; SMART scopes end in `.read`, `.write`, `.*` (v1) or `.rs`-style letters (v2)",
            context.as_str()
        )));
    };
    let resource = match resource {
        "*" => None,
        r if is_resource_type(r) => Some(r.to_owned()),
        r => {
            return Err(err(format!(
                "`{r}` is not a FHIR resource type (PascalCase letters, such as `Observation`) or `*`"
            )));
        }
    };
    let (version, perms) = match written {
        "read" => (Version::V1, READS),
        "write" => (Version::V1, WRITES),
        "*" => (Version::V1, READS | WRITES),
        letters => (Version::V2, v2_perms(letters)?),
    };
    let query = match query {
        None => Vec::new(),
        Some(q) => parse_query(q)?,
    };
    Ok(Clinical { context, resource, written: written.to_owned(), version, perms, query })
}

fn is_resource_type(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.all(|c| c.is_ascii_alphanumeric())
}

fn v2_perms(letters: &str) -> Result<u8, SmartError> {
    const ORDER: [(char, u8); 5] = [('c', C), ('r', R), ('u', U), ('d', D), ('s', S)];
    if letters.is_empty() {
        return Err(err("the permissions are empty; use letters from `cruds`"));
    }
    let mut perms = 0;
    let mut next = 0;
    for ch in letters.chars() {
        let Some(pos) = ORDER.iter().position(|(c, _)| *c == ch) else {
            return Err(err(format!("`{letters}`: `{ch}` is not a SMART v2 permission; use letters from `cruds`")));
        };
        if pos < next {
            return Err(err(format!(
                "`{letters}`: SMART v2 permissions are written in the order `cruds` (so `{}`)",
                Clinical::letters(perms | ORDER[pos].1)
            )));
        }
        perms |= ORDER[pos].1;
        next = pos + 1;
    }
    Ok(perms)
}

fn parse_query(q: &str) -> Result<Vec<(String, String)>, SmartError> {
    q.split('&')
        .map(|pair| match pair.split_once('=') {
            Some((k, v)) if !k.is_empty() && !v.is_empty() => Ok((k.to_owned(), v.to_owned())),
            _ => Err(err(format!("`{pair}` in the query is not `name=value`"))),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clin(s: &str) -> Clinical {
        match parse(s) {
            Ok(Some(Smart::Clinical(c))) => c,
            other => panic!("{s}: {other:?}"),
        }
    }

    #[test]
    fn v1_and_v2_permissions() {
        assert_eq!(clin("patient/Observation.read").perms, READS);
        assert_eq!(clin("user/Patient.write").perms, WRITES);
        assert_eq!(clin("system/*.*").perms, READS | WRITES);
        assert_eq!(clin("system/*.*").resource, None);
        assert_eq!(clin("patient/Observation.rs").perms, R | S);
        assert_eq!(clin("patient/Observation.cruds").version, Version::V2);
        assert_eq!(Clinical::letters(clin("user/Encounter.cud").perms), "cud");
    }

    #[test]
    fn queries_keep_pipes_in_values() {
        let c = clin(
            "patient/Observation.rs?category=http://terminology.hl7.org/CodeSystem/observation-category|laboratory&x=1",
        );
        assert_eq!(c.query.len(), 2);
        assert!(c.query[0].1.ends_with("|laboratory"));
    }

    #[test]
    fn the_other_smart_scopes() {
        assert_eq!(
            parse("launch/patient").unwrap(),
            Some(Smart::Launch(Some(LaunchContext { name: "patient".into(), query: Vec::new() })))
        );
        assert_eq!(parse("launch").unwrap(), Some(Smart::Launch(None)));
        assert_eq!(parse("openid").unwrap(), Some(Smart::OpenId));
        assert_eq!(parse("fhirUser").unwrap(), Some(Smart::FhirUser));
        assert_eq!(parse("offline_access").unwrap(), Some(Smart::OfflineAccess));
        assert_eq!(parse("online_access").unwrap(), Some(Smart::OnlineAccess));
        assert_eq!(parse("__smart_ext").unwrap(), Some(Smart::Extension("smart_ext".into())));
        assert_eq!(parse("view_lab_results").unwrap(), None);
        assert_eq!(parse("admin:org").unwrap(), None);
    }

    #[test]
    fn grammar_errors() {
        assert!(parse("patient/Observation.sr").unwrap_err().message.contains("order `cruds` (so `rs`)"));
        assert!(parse("patient/Observation.rw").unwrap_err().message.contains("`w` is not"));
        assert!(parse("patient/observation.read").unwrap_err().message.contains("not a FHIR resource type"));
        assert!(parse("user/Observation").unwrap_err().message.contains("no permissions"));
        assert!(parse("user/Observation.rs?category").is_err());
        assert!(parse("launch/").is_err());
    }

    fn launch(s: &str) -> LaunchContext {
        match parse(s) {
            Ok(Some(Smart::Launch(Some(l)))) => l,
            other => panic!("{s}: {other:?}"),
        }
    }

    #[test]
    fn launch_contexts_take_v2_2_parameters() {
        let l = launch("launch/list?role=https://example.org/fhir/ValueSet/care-team");
        assert_eq!(l.name, "list");
        assert_eq!(l.query, [("role".to_owned(), "https://example.org/fhir/ValueSet/care-team".to_owned())]);
        let l = launch("launch/patient?role=http://terminology.hl7.org/CodeSystem/v3-RoleCode|PRN&x=urn:a:b");
        assert_eq!((l.name.as_str(), l.query.len()), ("patient", 2));
        assert!(l.query[0].1.ends_with("|PRN"));
        assert_eq!(launch("launch/encounter").query, []);
        assert!(parse("launch/patient?role").unwrap_err().message.contains("not `name=value`"));
        assert!(parse("launch/pa:tient").unwrap_err().message.contains("needs a launch context name"));
    }

    #[test]
    fn launch_context_names_are_lower_case() {
        let e = parse("launch/Patient").unwrap_err().message;
        assert!(e.contains("lower case (so `launch/patient`)"), "{e}");
        let e = parse("launch/Patient?role=https://example.org/R").unwrap_err().message;
        assert!(e.contains("(so `launch/patient?role=https://example.org/R`)"), "{e}");
    }

    #[test]
    fn other_contexts_in_the_clinical_shape_are_errors() {
        let e = parse("practitioner/Observation.read").unwrap_err().message;
        assert!(e.contains("`practitioner` is not a SMART context"), "{e}");
        assert!(e.contains("`patient/`, `user/` or `system/`"), "{e}");
        assert!(parse("x/Y.z").is_err());
        assert!(parse("practitioner/*.rs?category=laboratory").is_err());
        let e = parse("Patient/Observation.rs").unwrap_err().message;
        assert!(e.contains("lower case (so `patient/Observation.rs`)"), "{e}");
    }

    #[test]
    fn other_slash_names_are_not_smart() {
        for name in [
            "athena/service/Athenanet.MDP.*",
            "admin/console",
            "admin/Console",
            "x/y.z",
            "x/Y.",
            "x/Y.z/w",
            "x:y/Y.z",
            "https://example.org/Y.read",
            "read_labs",
        ] {
            assert_eq!(parse(name), Ok(None), "{name}");
        }
    }

    #[test]
    fn absolute_uris_are_custom_scopes() {
        assert!(is_uri("https://example.org/scopes/read-labs"));
        assert!(is_uri("http://example.org"));
        assert!(is_uri("urn:example:scopes:read-labs"));
        assert!(is_uri("URN:ietf:params:oauth:grant-type:jwt-bearer"));
        assert_eq!(parse("https://example.org/scopes/read-labs"), Ok(None));
        assert_eq!(parse("urn:example:scopes:read-labs"), Ok(None));
        for name in [
            "admin:org",
            "read:labs",
            "lab.results:read",
            "urn:read",
            "urn::x",
            "https://",
            "https:///x",
            "a b://c",
            ":x",
            "read_labs",
        ] {
            assert!(!is_uri(name), "{name}");
        }
    }

    #[test]
    fn coverage() {
        assert!(clin("patient/Observation.rs").covered_by(&clin("patient/*.rs")));
        assert!(clin("patient/Observation.rs?category=laboratory").covered_by(&clin("patient/Observation.read")));
        assert!(!clin("patient/Observation.rs").covered_by(&clin("user/*.rs")));
        assert!(!clin("patient/Observation.rs").covered_by(&clin("patient/*.r")));
        assert!(!clin("patient/Observation.rs").covered_by(&clin("patient/Observation.rs?category=laboratory")));
    }
}
