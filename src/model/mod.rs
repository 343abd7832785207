//! Plain domain types shared by every part of scopectl: the catalog, scope-set files, the linter,
//! the audit and the reports all speak these values.

mod event;
mod lifecycle;
mod name;
mod operation;
mod scopeset;
mod spans;

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

pub use event::{AccessEvent, hex, rfc3339};
pub use lifecycle::LifecycleError;
pub use name::{MAX_NAME_LEN, NameError, shown, validate_name, validate_scope_name};
pub use operation::{Method, Operation, Requirement, WEBHOOK_PREFIX, parse_operation_key, validate_path};
pub use scopeset::{
    AllowEntry, DEFAULT_MAX_PHI_SCOPES_PER_ROLE, Level, LineCol, LintConfig, Naming, ScopeSet, Settings, Source,
    Subject,
};
pub use spans::Spans;

/// How sensitive the data behind a scope is, from least to most (`Ord` follows that order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sensitivity {
    Public,
    Internal,
    Confidential,
    Pii,
    Phi,
}

/// Where a scope is in its lifecycle: active → deprecated → retired.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Active,
    Deprecated,
    Retired,
}

/// What a scope lets its holder do with the resource it guards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Read,
    Search,
    Create,
    Update,
    Delete,
}

impl Action {
    /// Actions that change data (create, update, delete).
    #[must_use]
    pub fn is_write(self) -> bool {
        matches!(self, Action::Create | Action::Update | Action::Delete)
    }
}

macro_rules! keyword_enum {
    ($ty:ident, $what:literal, { $($variant:ident => $text:literal),+ $(,)? }) => {
        impl $ty {
            /// Every value, in order.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            /// The keyword used in files, flags and JSON.
            #[must_use]
            pub fn as_str(self) -> &'static str {
                match self { $($ty::$variant => $text),+ }
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $ty {
            type Err = String;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($ty::$variant),)+
                    _ => Err(format!(
                        concat!("unknown ", $what, " `{}`; expected one of: {}"),
                        s,
                        [$($text),+].join(", ")
                    )),
                }
            }
        }
    };
}

keyword_enum!(Sensitivity, "sensitivity", {
    Public => "public", Internal => "internal", Confidential => "confidential", Pii => "pii", Phi => "phi",
});
keyword_enum!(Status, "status", {
    Active => "active", Deprecated => "deprecated", Retired => "retired",
});
keyword_enum!(Action, "action", {
    Read => "read", Search => "search", Create => "create", Update => "update", Delete => "delete",
});
keyword_enum!(Method, "HTTP method", {
    Get => "GET", Put => "PUT", Post => "POST", Delete => "DELETE", Options => "OPTIONS", Head => "HEAD",
    Patch => "PATCH", Trace => "TRACE",
});

/// One scope's definition: everything that, when it changes, makes a new version.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Scope {
    pub name: String,
    pub description: Option<String>,
    pub resource: Option<String>,
    /// Sorted and free of duplicates (see [`Scope::normalize`]).
    pub actions: Vec<Action>,
    pub sensitivity: Option<Sensitivity>,
    pub owner: Option<String>,
    /// Sorted and free of duplicates.
    pub tags: Vec<String>,
    pub status: Status,
    pub replaced_by: Vec<String>,
    pub sunset: Option<Date>,
    pub reason: Option<String>,
}

impl Scope {
    /// A new active scope with only a name.
    #[must_use]
    pub fn new(name: impl Into<String>) -> Self {
        Scope { name: name.into(), ..Scope::default() }
    }

    /// Puts set-like fields in canonical order so that equal definitions compare equal.
    pub fn normalize(&mut self) {
        self.actions.sort_unstable();
        self.actions.dedup();
        self.tags.sort();
        self.tags.dedup();
        self.replaced_by.sort();
        self.replaced_by.dedup();
    }

    /// True when the scope lets its holder change data of PHI sensitivity.
    #[must_use]
    pub fn is_phi_write(&self) -> bool {
        self.sensitivity == Some(Sensitivity::Phi) && self.actions.iter().any(|a| a.is_write())
    }
}

/// A role's hold on one scope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grant {
    pub scope: String,
    pub justification: Option<String>,
    pub expires: Option<Date>,
}

impl Grant {
    /// A plain grant with no justification and no expiry.
    #[must_use]
    pub fn plain(scope: impl Into<String>) -> Self {
        Grant { scope: scope.into(), justification: None, expires: None }
    }

    /// True when the grant has an expiry that is before `today`.
    #[must_use]
    pub fn is_expired(&self, today: Date) -> bool {
        self.expires.is_some_and(|d| d < today)
    }
}

/// A user or app role and the scopes it holds.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Role {
    pub name: String,
    pub description: Option<String>,
    /// Emergency access: every grant must carry a justification and an expiry.
    pub break_glass: bool,
    /// Sorted by scope name.
    pub grants: Vec<Grant>,
}

impl Role {
    /// Why `grant` may not be given to this role, if it may not.
    #[must_use]
    pub fn grant_refusal(&self, grant: &Grant) -> Option<String> {
        if !self.break_glass {
            return None;
        }
        match (&grant.justification, grant.expires) {
            (Some(j), Some(_)) if !j.trim().is_empty() => None,
            _ => Some(format!(
                "role `{}` is break-glass, so its grant of `{}` needs both a justification and an expiry date",
                self.name, grant.scope
            )),
        }
    }
}

/// An application that requests scopes, with the scopes each of its features needs.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Client {
    pub name: String,
    pub description: Option<String>,
    /// Feature name → the scopes it needs (sorted, de-duplicated).
    pub features: BTreeMap<String, Vec<String>>,
}

impl Client {
    /// Every scope any feature needs, sorted and de-duplicated.
    #[must_use]
    pub fn all_scopes(&self) -> Vec<&str> {
        let mut all: Vec<&str> = self.features.values().flatten().map(String::as_str).collect();
        all.sort_unstable();
        all.dedup();
        all
    }
}

/// Parses a `YYYY-MM-DD` calendar date, refusing impossible ones such as `2027-02-30`.
///
/// # Errors
/// When `text` is not a valid date in that form.
pub fn parse_date(text: &str) -> Result<Date, String> {
    let bytes = text.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes.iter().enumerate().all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return Err(format!("`{text}` is not a date; expected YYYY-MM-DD"));
    }
    text.parse::<Date>().map_err(|e| format!("`{text}` is not a valid date: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sensitivity_orders_from_public_to_phi() {
        assert!(Sensitivity::Phi > Sensitivity::Pii);
        assert!(Sensitivity::Pii > Sensitivity::Confidential);
        assert!(Sensitivity::Internal > Sensitivity::Public);
    }

    #[test]
    fn keywords_round_trip() {
        for s in Sensitivity::ALL {
            assert_eq!(s.as_str().parse::<Sensitivity>().unwrap(), *s);
        }
        let err = "secret".parse::<Sensitivity>().unwrap_err();
        assert!(err.contains("expected one of: public, internal"), "{err}");
    }

    #[test]
    fn dates_are_strict() {
        assert_eq!(parse_date("2027-01-31").unwrap().to_string(), "2027-01-31");
        assert!(parse_date("2027-02-30").unwrap_err().contains("not a valid date"));
        assert!(parse_date("2027-2-3").is_err());
        assert!(parse_date("tomorrow").is_err());
        assert!(parse_date("+02027-01-01").is_err());
    }

    #[test]
    fn break_glass_needs_justification_and_expiry() {
        let role = Role { name: "er".into(), break_glass: true, ..Role::default() };
        let mut grant = Grant::plain("x");
        assert!(role.grant_refusal(&grant).is_some());
        grant.justification = Some("trauma bay".into());
        assert!(role.grant_refusal(&grant).is_some());
        grant.expires = Some(parse_date("2027-01-01").unwrap());
        assert!(role.grant_refusal(&grant).is_none());
        grant.justification = Some("  ".into());
        assert!(role.grant_refusal(&grant).is_some());
    }

    #[test]
    fn phi_write_needs_phi_and_a_write_action() {
        let mut s = Scope::new("write_labs");
        s.actions = vec![Action::Read, Action::Update];
        assert!(!s.is_phi_write());
        s.sensitivity = Some(Sensitivity::Phi);
        assert!(s.is_phi_write());
        s.actions = vec![Action::Read, Action::Search];
        assert!(!s.is_phi_write());
    }
}
