//! Where each subject of a loaded set was written. A scope or role keeps its own span and those
//! of its fields in one entry keyed by its name, so a 100k-scope file costs one key per scope
//! rather than one `Subject` (with its own copy of the name) per field.

use std::ops::Range;

use foldhash::HashMap;

use super::Subject;

/// The fields of `[scopes.NAME]` that have a span of their own.
const SCOPE_FIELDS: [&str; 10] =
    ["description", "resource", "actions", "sensitivity", "owner", "tags", "status", "replaced_by", "sunset", "reason"];

/// The fields of `[roles.NAME]` that have a span of their own.
const ROLE_FIELDS: [&str; 4] = ["description", "break_glass", "scopes", "grants"];

#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry<const N: usize> {
    table: Option<Range<usize>>,
    fields: [Option<Range<usize>>; N],
}

impl<const N: usize> Default for Entry<N> {
    fn default() -> Self {
        Entry { table: None, fields: std::array::from_fn(|_| None) }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct RoleEntry {
    own: Entry<4>,
    /// Scope name → the span of the role's grant of it.
    grants: HashMap<String, Range<usize>>,
}

/// The byte span of each [`Subject`] of a set read from a file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Spans {
    scopes: HashMap<String, Entry<10>>,
    roles: HashMap<String, RoleEntry>,
    other: HashMap<Subject, Range<usize>>,
}

fn entry<'m, V: Default>(map: &'m mut HashMap<String, V>, name: &str) -> &'m mut V {
    if !map.contains_key(name) {
        map.insert(name.to_owned(), V::default());
    }
    map.get_mut(name).expect("inserted above")
}

impl Spans {
    /// Room for `scopes` scopes and `roles` roles.
    #[must_use]
    pub fn with_capacity(scopes: usize, roles: usize) -> Self {
        let mut spans = Spans::default();
        spans.scopes.reserve(scopes);
        spans.roles.reserve(roles);
        spans
    }

    /// Records where `subject` was written.
    pub fn insert(&mut self, subject: Subject, span: Range<usize>) {
        match subject {
            Subject::Scope(s) => entry(&mut self.scopes, &s).table = Some(span),
            Subject::ScopeField(s, f) if SCOPE_FIELDS.contains(&f) => self.scope_field(&s, f, span),
            Subject::Role(r) => entry(&mut self.roles, &r).own.table = Some(span),
            Subject::RoleField(r, f) if ROLE_FIELDS.contains(&f) => self.role_field(&r, f, span),
            Subject::Grant(r, s) => self.grant(&r, &s, span),
            other => {
                self.other.insert(other, span);
            }
        }
    }

    /// Records the span of field `field` of scope `scope` (one of [`SCOPE_FIELDS`]).
    pub fn scope_field(&mut self, scope: &str, field: &'static str, span: Range<usize>) {
        match SCOPE_FIELDS.iter().position(|f| *f == field) {
            Some(i) => entry(&mut self.scopes, scope).fields[i] = Some(span),
            None => {
                self.other.insert(Subject::ScopeField(scope.to_owned(), field), span);
            }
        }
    }

    /// Records the span of field `field` of role `role` (one of [`ROLE_FIELDS`]).
    pub fn role_field(&mut self, role: &str, field: &'static str, span: Range<usize>) {
        match ROLE_FIELDS.iter().position(|f| *f == field) {
            Some(i) => entry(&mut self.roles, role).own.fields[i] = Some(span),
            None => {
                self.other.insert(Subject::RoleField(role.to_owned(), field), span);
            }
        }
    }

    /// Records the span of role `role`'s grant of `scope`.
    pub fn grant(&mut self, role: &str, scope: &str, span: Range<usize>) {
        entry(&mut self.roles, role).grants.insert(scope.to_owned(), span);
    }

    /// Where `subject` was written, when it was.
    #[must_use]
    pub fn get(&self, subject: &Subject) -> Option<Range<usize>> {
        let field = |fields: &[&str], f: &str| fields.iter().position(|x| *x == f);
        match subject {
            Subject::Scope(s) => self.scopes.get(s.as_str())?.table.clone(),
            Subject::ScopeField(s, f) if field(&SCOPE_FIELDS, f).is_some() => {
                self.scopes.get(s.as_str())?.fields[field(&SCOPE_FIELDS, f)?].clone()
            }
            Subject::Role(r) => self.roles.get(r.as_str())?.own.table.clone(),
            Subject::RoleField(r, f) if field(&ROLE_FIELDS, f).is_some() => {
                self.roles.get(r.as_str())?.own.fields[field(&ROLE_FIELDS, f)?].clone()
            }
            Subject::Grant(r, s) => self.roles.get(r.as_str())?.grants.get(s.as_str()).cloned(),
            other => self.other.get(other).cloned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Spans;
    use crate::model::Subject;

    #[test]
    fn every_subject_gets_back_its_span() {
        let subjects = [
            Subject::Scope("a".into()),
            Subject::ScopeField("a".into(), "sunset"),
            Subject::ScopeField("a".into(), "unheard_of"),
            Subject::Role("r".into()),
            Subject::RoleField("r".into(), "grants"),
            Subject::RoleField("r".into(), "unheard_of"),
            Subject::Grant("r".into(), "a".into()),
            Subject::Client("c".into()),
            Subject::Feature("c".into(), "f".into()),
            Subject::FeatureScope("c".into(), "f".into(), "a".into()),
            Subject::Setting("naming"),
            Subject::Lint("allow"),
            Subject::Allow(2),
            Subject::Operation("GET /a".into()),
            Subject::Requirement("GET /a".into(), 1),
            Subject::OperationScope("GET /a".into(), "a".into()),
        ];
        let mut spans = Spans::default();
        for (i, s) in subjects.iter().enumerate() {
            spans.insert(s.clone(), i..i + 1);
        }
        for (i, s) in subjects.iter().enumerate() {
            assert_eq!(spans.get(s), Some(i..i + 1), "{s:?}");
        }
        assert_eq!(spans.get(&Subject::ScopeField("a".into(), "owner")), None);
        assert_eq!(spans.get(&Subject::ScopeField("b".into(), "owner")), None);
        assert_eq!(spans.get(&Subject::Grant("r".into(), "b".into())), None);
        assert_eq!(spans.get(&Subject::RoleField("q".into(), "grants")), None);
    }
}
