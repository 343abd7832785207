//! A whole scope set: the scopes, roles and clients of a `scopes.toml` file or of the catalog,
//! with the file's settings and lint configuration, the API operations that require its scopes
//! (from an OpenAPI document; the catalog does not store them), and (for a file) where each thing
//! was written.
//! The loader (`scopeset`), the catalog (`store`), the linter (`lint`) and `plan`/`diff` all
//! exchange this one type.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::ops::Range;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::Spans;

use super::{Client, Operation, Role, Scope};

/// The naming convention a set declares in `[settings] naming`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Naming {
    /// `view_lab_results`: action words then resource words, snake_case.
    #[serde(rename = "action_resource")]
    ActionResource,
    /// `lab_results.read`
    #[serde(rename = "resource.action")]
    ResourceDotAction,
    /// `lab_results:read`
    #[serde(rename = "resource:action")]
    ResourceColonAction,
    /// SMART on FHIR: `patient/Observation.rs`
    #[serde(rename = "smart")]
    Smart,
    /// No convention is enforced (consistency within the set still is).
    #[default]
    #[serde(rename = "any")]
    Any,
}

impl Naming {
    /// The keyword used in `scopes.toml`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Naming::ActionResource => "action_resource",
            Naming::ResourceDotAction => "resource.action",
            Naming::ResourceColonAction => "resource:action",
            Naming::Smart => "smart",
            Naming::Any => "any",
        }
    }
}

/// The default for `max_phi_scopes_per_role`.
pub const DEFAULT_MAX_PHI_SCOPES_PER_ROLE: usize = 8;

/// `[settings]` of a scope set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub naming: Naming,
    /// Words that make a scope broad, in addition to the built-in list.
    pub broad_words: Vec<String>,
    pub max_phi_scopes_per_role: usize,
    /// Scopes this set declares broad, each with the reason (overrides the built-in knowledge).
    pub broad_scopes: std::collections::BTreeMap<String, String>,
    /// Scopes this set declares narrow, each with the reason (overrides the built-in knowledge).
    pub narrow_scopes: std::collections::BTreeMap<String, String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            naming: Naming::default(),
            broad_words: Vec::new(),
            max_phi_scopes_per_role: DEFAULT_MAX_PHI_SCOPES_PER_ROLE,
            broad_scopes: std::collections::BTreeMap::new(),
            narrow_scopes: std::collections::BTreeMap::new(),
        }
    }
}

/// A lint level as configured: a rule's severity, or `off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Off,
    Info,
    Warning,
    Error,
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Level::Off => "off",
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Error => "error",
        })
    }
}

/// An accepted finding: `rule` may fire on the named subject, for `reason`, until `expires`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AllowEntry {
    /// A rule code (`B003`).
    pub rule: String,
    pub scope: Option<String>,
    pub role: Option<String>,
    pub client: Option<String>,
    pub reason: String,
    pub expires: Option<Date>,
}

/// `[lint]` of a scope set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LintConfig {
    /// Rule selectors (codes, category prefixes, `ALL`) to enable; empty means the defaults.
    pub select: Vec<String>,
    /// Rule selectors to disable.
    pub ignore: Vec<String>,
    /// Per-rule severity overrides.
    pub severity: BTreeMap<String, Level>,
    pub allow: Vec<AllowEntry>,
}

/// A scope set: what a `scopes.toml` file declares, or what the catalog holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScopeSet {
    pub settings: Settings,
    /// In file order (the catalog gives them by name).
    pub scopes: Vec<Scope>,
    pub roles: Vec<Role>,
    pub clients: Vec<Client>,
    /// API operations and the scopes they require, in file order; checked by the linter, not
    /// stored in the catalog.
    pub operations: Vec<Operation>,
    pub lint: LintConfig,
}

impl ScopeSet {
    /// The scope named `name`.
    #[must_use]
    pub fn scope(&self, name: &str) -> Option<&Scope> {
        self.scopes.iter().find(|s| s.name == name)
    }

    /// An index from scope name to scope, for sets too large to search linearly.
    #[must_use]
    pub fn scope_index(&self) -> HashMap<&str, &Scope> {
        self.scopes.iter().map(|s| (s.name.as_str(), s)).collect()
    }
}

/// Something in a scope set that a message can point at.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Subject {
    /// A `[settings]` key, or the table itself with `""`.
    Setting(&'static str),
    /// `[scopes.NAME]`.
    Scope(String),
    /// One field of `[scopes.NAME]`.
    ScopeField(String, &'static str),
    /// `[roles.NAME]`.
    Role(String),
    /// One field of `[roles.NAME]`.
    RoleField(String, &'static str),
    /// The role's grant of a scope (`role`, `scope`).
    Grant(String, String),
    /// `[clients.NAME]`.
    Client(String),
    /// A client feature (`client`, `feature`).
    Feature(String, String),
    /// A scope named in a client feature (`client`, `feature`, `scope`).
    FeatureScope(String, String, String),
    /// A `[lint]` key.
    Lint(&'static str),
    /// The n-th `[lint] allow` entry (0-based).
    Allow(usize),
    /// `[operations."METHOD /path"]`, keyed by `METHOD /path`.
    Operation(String),
    /// The n-th (0-based) requirement of an operation's `security` (operation key, n).
    Requirement(String, usize),
    /// A scope an operation's `security` names, where it is first written (operation key, scope).
    OperationScope(String, String),
}

impl Subject {
    /// The scope this subject is about, if any.
    #[must_use]
    pub fn scope(&self) -> Option<&str> {
        match self {
            Subject::Scope(s)
            | Subject::ScopeField(s, _)
            | Subject::Grant(_, s)
            | Subject::FeatureScope(_, _, s)
            | Subject::OperationScope(_, s) => Some(s),
            _ => None,
        }
    }

    /// The role this subject is about, if any.
    #[must_use]
    pub fn role(&self) -> Option<&str> {
        match self {
            Subject::Role(r) | Subject::RoleField(r, _) | Subject::Grant(r, _) => Some(r),
            _ => None,
        }
    }

    /// The client this subject is about, if any.
    #[must_use]
    pub fn client(&self) -> Option<&str> {
        match self {
            Subject::Client(c) | Subject::Feature(c, _) | Subject::FeatureScope(c, _, _) => Some(c),
            _ => None,
        }
    }

    /// The operation (`METHOD /path`) this subject is about, if any.
    #[must_use]
    pub fn operation(&self) -> Option<&str> {
        match self {
            Subject::Operation(o) | Subject::Requirement(o, _) | Subject::OperationScope(o, _) => Some(o),
            _ => None,
        }
    }
}

/// A 1-based line and column (in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl LineCol {
    /// The 1-based line and column of byte `offset` in `text` (columns count characters).
    #[must_use]
    pub fn at(text: &str, offset: usize) -> LineCol {
        let offset = offset.min(text.len());
        let before = text.get(..offset).unwrap_or("");
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        LineCol { line, column }
    }
}

/// The text a scope set was read from and the byte span of each subject in it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Source {
    /// How to name the file in messages (`-` reads as `<stdin>`).
    pub path: String,
    pub text: String,
    pub spans: Spans,
}

impl Source {
    /// Where `subject` was written, falling back to its enclosing table (a scope field to its
    /// scope, a grant to its role, a feature to its client).
    #[must_use]
    pub fn span(&self, subject: &Subject) -> Option<Range<usize>> {
        if let Some(span) = self.spans.get(subject) {
            return Some(span);
        }
        let parent = match subject {
            Subject::ScopeField(s, _) => Subject::Scope(s.clone()),
            Subject::RoleField(r, _) | Subject::Grant(r, _) => Subject::Role(r.clone()),
            Subject::FeatureScope(c, f, _) => Subject::Feature(c.clone(), f.clone()),
            Subject::Feature(c, _) => Subject::Client(c.clone()),
            Subject::Allow(_) => Subject::Lint("allow"),
            Subject::Requirement(o, _) | Subject::OperationScope(o, _) => Subject::Operation(o.clone()),
            _ => return None,
        };
        self.span(&parent)
    }

    /// The 1-based line and column of a byte offset (columns count characters).
    #[must_use]
    pub fn line_col(&self, offset: usize) -> LineCol {
        LineCol::at(&self.text, offset)
    }

    /// The text of the 1-based line `line`, without its newline.
    #[must_use]
    pub fn line_text(&self, line: usize) -> &str {
        self.text.lines().nth(line.saturating_sub(1)).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let src = Source { path: "f".into(), text: "ab\nçd = 1\n".into(), spans: Spans::default() };
        assert_eq!(src.line_col(0), LineCol { line: 1, column: 1 });
        assert_eq!(src.line_col(3), LineCol { line: 2, column: 1 });
        assert_eq!(src.line_col(5), LineCol { line: 2, column: 2 });
        assert_eq!(src.line_text(2), "çd = 1");
    }

    #[test]
    fn spans_fall_back_to_the_enclosing_table() {
        let mut spans = Spans::default();
        spans.insert(Subject::Role("nurse".into()), 5..10);
        spans.insert(Subject::Operation("GET /a".into()), 20..26);
        let src = Source { path: "f".into(), text: String::new(), spans };
        assert_eq!(src.span(&Subject::Grant("nurse".into(), "x".into())), Some(5..10));
        assert_eq!(src.span(&Subject::OperationScope("GET /a".into(), "x".into())), Some(20..26));
        assert_eq!(src.span(&Subject::Requirement("GET /a".into(), 1)), Some(20..26));
        assert_eq!(src.span(&Subject::Scope("x".into())), None);
    }
}
