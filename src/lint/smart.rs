//! SMART on FHIR scopes (App Launch v1 and v2), parsed by the grammar of the specification:
//!
//! ```text
//! clinical  = context "/" resource "." permissions [ "?" param *( "&" param ) ]
//! context   = "patient" / "user" / "system"
//! resource  = FHIR resource type / "*"
//! v1        = "read" / "write" / "*"
//! v2        = ordered non-empty subset of "c" "r" "u" "d" "s"
//! param     = name "=" value            ; values may hold "|" (system|code)
//! other     = "openid" / "fhirUser" / "profile" / "launch" / "launch/" name
//!           / "offline_access" / "online_access" / "__" name / an absolute URI
//! ```
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

/// A parsed SMART scope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Smart {
    Clinical(Clinical),
    /// `launch` (`None`) or `launch/patient`.
    Launch(Option<String>),
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
/// clinical scope (`patient/`, `user/`, `system/`) but breaks the grammar.
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
        if rest.is_empty() || !rest.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') {
            return Err(err(format!("`launch/{rest}` needs a launch context name such as `launch/patient`")));
        }
        return Ok(Some(Smart::Launch(Some(rest.to_owned()))));
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
        _ => return Ok(None),
    };
    clinical(context, rest).map(|c| Some(Smart::Clinical(c)))
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
        assert_eq!(parse("launch/patient").unwrap(), Some(Smart::Launch(Some("patient".into()))));
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

    #[test]
    fn coverage() {
        assert!(clin("patient/Observation.rs").covered_by(&clin("patient/*.rs")));
        assert!(clin("patient/Observation.rs?category=laboratory").covered_by(&clin("patient/Observation.read")));
        assert!(!clin("patient/Observation.rs").covered_by(&clin("user/*.rs")));
        assert!(!clin("patient/Observation.rs").covered_by(&clin("patient/*.r")));
        assert!(!clin("patient/Observation.rs").covered_by(&clin("patient/Observation.rs?category=laboratory")));
    }
}
