//! Typed access to the fields of a realm export that the reader reads: a field of the wrong type
//! is a located problem that refuses the file (null counts as absent, as in Keycloak), and a
//! reference to a client scope or role that was not imported is a located note.

use std::collections::HashMap;
use std::ops::Range;

use super::json::{Member, Node, Value};
use crate::model::Spans;
use crate::scopeset::Problem;

/// A problem (or note) at `span`.
pub(super) fn problem(span: &Range<usize>, message: String) -> Problem {
    Problem { message, span: Some(span.clone()) }
}

/// Whether a name read from the export made it into the set, and if not, why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Known {
    Imported,
    Skipped(String),
}

/// What the reader found so far: refusing problems, unmapped notes and spans.
#[derive(Debug, Default)]
pub(super) struct Reader<'t> {
    /// Wrong types of fields read: these refuse the file.
    pub problems: Vec<Problem>,
    /// What was read but not carried over.
    pub unmapped: Vec<Problem>,
    pub spans: Spans,
    /// The realm's name, when it has one.
    pub realm: Option<&'t str>,
}

/// The JSON type a field must have.
#[derive(Clone, Copy)]
enum Want {
    Str,
    Bool,
    Array,
    Object,
}

impl Want {
    fn matches(self, value: &Value) -> bool {
        matches!(
            (self, value),
            (Want::Str, Value::String(_))
                | (Want::Bool, Value::Bool(_))
                | (Want::Array, Value::Array(_))
                | (Want::Object, Value::Object(_))
        )
    }

    fn name(self) -> &'static str {
        match self {
            Want::Str => "a string",
            Want::Bool => "a boolean",
            Want::Array => "an array",
            Want::Object => "an object",
        }
    }
}

impl Reader<'_> {
    /// Notes something read but not imported.
    pub fn note(&mut self, span: &Range<usize>, message: String) {
        self.unmapped.push(problem(span, message));
    }

    /// `node` (at `path`) when it has the type `want`; a problem otherwise. Null is absent.
    fn typed<'n>(&mut self, node: &'n Node, path: &str, want: Want) -> Option<&'n Node> {
        if want.matches(&node.value) {
            return Some(node);
        }
        if node.value != Value::Null {
            self.problems.push(problem(&node.span, format!("`{path}` must be {}, not {}", want.name(), node.kind())));
        }
        None
    }

    fn field<'n>(&mut self, obj: &'n Node, key: &str, path: &str, want: Want) -> Option<&'n Node> {
        let member = obj.member(key)?;
        self.typed(&member.value, &format!("{path}.{key}"), want)
    }

    /// The string field `key` of `obj`, with its node (for the span).
    pub fn string<'n>(&mut self, obj: &'n Node, key: &str, path: &str) -> Option<(&'n str, &'n Node)> {
        let node = self.field(obj, key, path, Want::Str)?;
        node.as_str().map(|s| (s, node))
    }

    /// The boolean field `key` of `obj`.
    pub fn boolean(&mut self, obj: &Node, key: &str, path: &str) -> Option<bool> {
        match self.field(obj, key, path, Want::Bool)?.value {
            Value::Bool(b) => Some(b),
            _ => None,
        }
    }

    /// The object field `key` of `obj` (its node, for the span, and its members).
    pub fn object<'n>(&mut self, obj: &'n Node, key: &str, path: &str) -> Option<(&'n Node, &'n [Member])> {
        let node = self.field(obj, key, path, Want::Object)?;
        match &node.value {
            Value::Object(members) => Some((node, members)),
            _ => None,
        }
    }

    /// The objects of the array field `key` of `obj`, each with its path (`key[i]`).
    pub fn objects<'n>(&mut self, obj: &'n Node, key: &str, path: &str) -> Vec<(String, &'n Node)> {
        let prefix = if path.is_empty() { key.to_owned() } else { format!("{path}.{key}") };
        match obj.member(key) {
            Some(m) => self.objects_of(&m.value, &prefix),
            None => Vec::new(),
        }
    }

    /// The objects of the array `node` (at `path`), each with its path; other elements are problems.
    pub fn objects_of<'n>(&mut self, node: &'n Node, path: &str) -> Vec<(String, &'n Node)> {
        let Some(Node { value: Value::Array(items), .. }) = self.typed(node, path, Want::Array) else {
            return Vec::new();
        };
        items
            .iter()
            .enumerate()
            .filter_map(|(i, n)| {
                let path = format!("{path}[{i}]");
                self.typed(n, &path, Want::Object).map(|n| (path, n))
            })
            .collect()
    }

    /// The strings of the array `node` (at `path`); other elements are problems.
    pub fn strings<'n>(&mut self, node: &'n Node, path: &str) -> Vec<(&'n str, &'n Node)> {
        let Some(Node { value: Value::Array(items), .. }) = self.typed(node, path, Want::Array) else {
            return Vec::new();
        };
        items
            .iter()
            .enumerate()
            .filter_map(|(i, n)| self.typed(n, &format!("{path}[{i}]"), Want::Str))
            .filter_map(|n| n.as_str().map(|s| (s, n)))
            .collect()
    }

    /// The strings of the array field `key` of `obj`.
    pub fn string_list<'n>(&mut self, obj: &'n Node, key: &str, path: &str) -> Vec<(&'n str, &'n Node)> {
        match obj.member(key) {
            Some(m) => self.strings(&m.value, &format!("{path}.{key}")),
            None => Vec::new(),
        }
    }

    /// A reference by `whose` to the client scope `name`: the name when it was imported, or a
    /// note saying why the reference is skipped.
    pub fn scope_ref(&mut self, scopes: &Names, name: &str, at: &Range<usize>, whose: &str) -> Option<String> {
        self.reference(scopes, name, at, whose, "client scope")
    }

    /// A reference by `whose` to the role `name` (`CLIENT:ROLE` for a client role).
    pub fn role_ref(&mut self, roles: &Names, name: &str, at: &Range<usize>, whose: &str) -> Option<String> {
        self.reference(roles, name, at, whose, "role")
    }

    fn reference(&mut self, known: &Names, name: &str, at: &Range<usize>, whose: &str, what: &str) -> Option<String> {
        let shown = crate::model::shown(name);
        match known.get(name) {
            Some(Known::Imported) => return Some(name.to_owned()),
            Some(Known::Skipped(why)) => {
                self.note(at, format!("{whose} names the {what} `{shown}`, which is not imported ({why}); skipped"));
            }
            None => self.note(at, format!("{whose} names the {what} `{shown}`, which is not in this export; skipped")),
        }
        None
    }
}

/// Names read from the export: imported, or skipped with the reason.
pub(super) type Names = HashMap<String, Known>;
