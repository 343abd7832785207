//! Validation: the raw, spanned file → a [`ScopeSet`] and the span of every subject, collecting
//! every problem instead of stopping at the first.

use std::collections::BTreeMap;
use std::ops::Range;
use std::str::FromStr;

use foldhash::{HashSet, HashSetExt};
use jiff::civil::Date;
use toml::Spanned;

use super::Problem;
use super::raw::{RawAllow, RawClient, RawFile, RawLint, RawOperation, RawRole, RawScope, RawSettings};
use crate::model::{
    Action, AllowEntry, Client, Grant, Level, LintConfig, Naming, Operation, Requirement, Role, Scope, ScopeSet,
    Sensitivity, Settings, Spans, Status, Subject, parse_date, parse_operation_key, validate_name, validate_scope_name,
};

/// Checks `raw` and builds the scope set; returns it with the spans and the problems found.
pub(super) fn validate(raw: RawFile) -> (ScopeSet, Spans, Vec<Problem>) {
    let (scope_keys, raw_scopes): (Vec<_>, Vec<_>) = raw.scopes.0.into_iter().unzip();
    let known: HashSet<&str> = scope_keys.iter().map(|k| k.get_ref().as_str()).collect();
    let mut c = Check { spans: Spans::with_capacity(scope_keys.len(), raw.roles.0.len()), ..Check::default() };
    let settings = raw.settings.map(|s| c.settings(s)).unwrap_or_default();
    let scopes = scope_keys.iter().zip(raw_scopes).map(|(n, s)| c.scope(n, s, &known)).collect();
    let roles = raw.roles.0.into_iter().map(|(n, r)| c.role(&n, r, &known)).collect();
    let clients = raw.clients.0.into_iter().map(|(n, cl)| c.client(&n, cl, &known)).collect();
    let operations = raw.operations.0.into_iter().filter_map(|(k, op)| c.operation(&k, op)).collect();
    let lint = raw.lint.map(|l| c.lint(l)).unwrap_or_default();
    (ScopeSet { settings, scopes, roles, clients, operations, lint }, c.spans, c.problems)
}

/// The entries of a keyed table in the order they were written.
fn in_file_order<V>(table: BTreeMap<Spanned<String>, V>) -> Vec<(Spanned<String>, V)> {
    let mut entries: Vec<_> = table.into_iter().collect();
    entries.sort_by_key(|(k, _)| k.span().start);
    entries
}

#[derive(Default)]
struct Check {
    problems: Vec<Problem>,
    spans: Spans,
}

impl Check {
    fn problem(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.problems.push(Problem { message: message.into(), span: Some(span) });
    }

    fn mark(&mut self, subject: Subject, span: Range<usize>) {
        self.spans.insert(subject, span);
    }

    /// A plain text field of scope `scope`: marks it and returns its value.
    fn text(&mut self, value: Option<Spanned<String>>, scope: &str, field: &'static str) -> Option<String> {
        let value = value?;
        self.spans.scope_field(scope, field, value.span());
        Some(value.into_inner())
    }

    fn keyword<T: FromStr<Err = String>>(&mut self, value: &Spanned<String>) -> Option<T> {
        match value.get_ref().parse() {
            Ok(v) => Some(v),
            Err(e) => {
                self.problem(value.span(), e);
                None
            }
        }
    }

    /// A TOML local date (`2027-03-01`). Impossible dates never get here: TOML refuses them.
    fn date(&mut self, value: &Spanned<toml::Value>, key: &str) -> Option<Date> {
        let message = match value.get_ref() {
            toml::Value::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
                (Some(d), None, None) => {
                    let date = i16::try_from(d.year)
                        .ok()
                        .and_then(|y| Date::new(y, i8::try_from(d.month).ok()?, i8::try_from(d.day).ok()?).ok());
                    match date {
                        Some(date) => return Some(date),
                        None => format!("`{key}` = {dt} is not a date scopectl can store"),
                    }
                }
                _ => format!("`{key}` must be a date without a time, like {key} = 2027-03-01"),
            },
            toml::Value::String(s) if parse_date(s).is_ok() => {
                format!("write `{key}` as a TOML date, without quotes: {key} = {s}")
            }
            toml::Value::String(s) => {
                format!("`{key}` must be a TOML date like 2027-03-01, not the string \"{}\"", crate::model::shown(s))
            }
            other => format!("`{key}` must be a date like 2027-03-01, not a {}", other.type_str()),
        };
        self.problem(value.span(), message);
        None
    }

    /// A scope named by a role, feature or replacement: it must be in the file, and named once.
    /// Returns whether the reference is good.
    fn reference(
        &mut self,
        name: &Spanned<String>,
        known: &HashSet<&str>,
        seen: &mut HashSet<String>,
        whose: &str,
    ) -> bool {
        let n = name.get_ref();
        if !known.contains(n.as_str()) {
            self.problem(
                name.span(),
                format!("{whose} names `{}`, which is not a scope in this file", crate::model::shown(n)),
            );
            return false;
        }
        if !seen.insert(n.clone()) {
            self.problem(name.span(), format!("{whose} names `{n}` twice"));
            return false;
        }
        true
    }

    fn name(&mut self, key: &Spanned<String>, what: &str, scope: bool) {
        let n = key.get_ref();
        let checked = if scope { validate_scope_name(n) } else { validate_name(n) };
        if let Err(e) = checked {
            self.problem(key.span(), format!("invalid {what} name `{}`: {e}", crate::model::shown(n)));
        }
    }

    fn settings(&mut self, raw: Spanned<RawSettings>) -> Settings {
        self.mark(Subject::Setting(""), raw.span());
        let raw = raw.into_inner();
        let mut s = Settings::default();
        if let Some(naming) = raw.naming {
            self.mark(Subject::Setting("naming"), naming.span());
            let all = [
                Naming::ActionResource,
                Naming::ResourceDotAction,
                Naming::ResourceColonAction,
                Naming::Smart,
                Naming::Any,
            ];
            if let Some(n) = all.iter().find(|n| n.as_str() == naming.get_ref()) {
                s.naming = *n;
            } else {
                let names: Vec<&str> = all.iter().map(|n| n.as_str()).collect();
                let found = crate::model::shown(naming.get_ref());
                self.problem(naming.span(), format!("unknown naming `{found}`; expected one of: {}", names.join(", ")));
            }
        }
        if let Some(words) = raw.broad_words {
            self.mark(Subject::Setting("broad_words"), words.span());
            s.broad_words = words.into_inner().into_iter().map(Spanned::into_inner).collect();
        }
        let mut narrow_span = 0..0;
        for (field, raw, slot) in [
            ("broad_scopes", raw.broad_scopes, &mut s.broad_scopes),
            ("narrow_scopes", raw.narrow_scopes, &mut s.narrow_scopes),
        ] {
            let Some(map) = raw else { continue };
            self.mark(Subject::Setting(field), map.span());
            narrow_span = map.span();
            for (scope, reason) in map.into_inner().0 {
                if reason.get_ref().trim().is_empty() {
                    let shown = crate::model::shown(scope.get_ref());
                    self.problem(reason.span(), format!("`{field}` entry `{shown}` needs a reason"));
                }
                slot.insert(scope.into_inner(), reason.into_inner());
            }
        }
        if let Some(both) = s.broad_scopes.keys().find(|k| s.narrow_scopes.contains_key(*k)) {
            let shown = crate::model::shown(both);
            self.problem(narrow_span, format!("`{shown}` is in both `broad_scopes` and `narrow_scopes`"));
        }
        if let Some(max) = raw.max_phi_scopes_per_role {
            self.mark(Subject::Setting("max_phi_scopes_per_role"), max.span());
            match usize::try_from(*max.get_ref()) {
                Ok(n) => s.max_phi_scopes_per_role = n,
                Err(_) => self.problem(max.span(), "`max_phi_scopes_per_role` cannot be negative"),
            }
        }
        s
    }

    fn scope(&mut self, key: &Spanned<String>, raw: Spanned<RawScope>, known: &HashSet<&str>) -> Scope {
        self.name(key, "scope", true);
        let name = key.get_ref().clone();
        self.mark(Subject::Scope(name.clone()), key.span());
        let raw = raw.into_inner();
        let mut s = Scope::new(name.clone());
        s.description = self.text(raw.description, &name, "description");
        s.resource = self.text(raw.resource, &name, "resource");
        s.owner = self.text(raw.owner, &name, "owner");
        s.reason = self.text(raw.reason.clone(), &name, "reason");
        if let Some(actions) = raw.actions {
            self.spans.scope_field(&name, "actions", actions.span());
            for a in actions.get_ref() {
                match self.keyword::<Action>(a) {
                    Some(action) if s.actions.contains(&action) => {
                        self.problem(a.span(), format!("scope `{name}` lists the action `{action}` twice"));
                    }
                    Some(action) => s.actions.push(action),
                    None => {}
                }
            }
        }
        if let Some(v) = &raw.sensitivity {
            self.spans.scope_field(&name, "sensitivity", v.span());
            s.sensitivity = self.keyword::<Sensitivity>(v);
        }
        if let Some(tags) = raw.tags {
            self.spans.scope_field(&name, "tags", tags.span());
            s.tags = tags.into_inner().into_iter().map(Spanned::into_inner).collect();
        }
        if let Some(v) = &raw.status {
            self.spans.scope_field(&name, "status", v.span());
            s.status = self.keyword::<Status>(v).unwrap_or_default();
        }
        if let Some(list) = &raw.replaced_by {
            self.spans.scope_field(&name, "replaced_by", list.span());
            let mut seen = HashSet::new();
            let whose = format!("`replaced_by` of scope `{name}`");
            for r in list.get_ref() {
                if *r.get_ref() == name {
                    self.problem(r.span(), format!("scope `{name}` cannot replace itself"));
                } else if self.reference(r, known, &mut seen, &whose) {
                    s.replaced_by.push(r.get_ref().clone());
                }
            }
        }
        if let Some(v) = &raw.sunset {
            self.spans.scope_field(&name, "sunset", v.span());
            s.sunset = self.date(v, "sunset");
        }
        if s.status == Status::Active {
            let first = [raw.replaced_by.map(|v| v.span()), raw.sunset.map(|v| v.span()), raw.reason.map(|v| v.span())]
                .into_iter()
                .flatten()
                .min_by_key(|span| span.start);
            if let Some(span) = first {
                self.problem(
                    span,
                    format!(
                        "`replaced_by`, `sunset` and `reason` describe a deprecation, but scope `{name}` is active; add status = \"deprecated\" or remove them"
                    ),
                );
            }
        }
        s.normalize();
        s
    }

    fn role(&mut self, key: &Spanned<String>, raw: Spanned<RawRole>, known: &HashSet<&str>) -> Role {
        self.name(key, "role", false);
        let name = key.get_ref().clone();
        self.mark(Subject::Role(name.clone()), key.span());
        let raw = raw.into_inner();
        let mut role = Role { name: name.clone(), ..Role::default() };
        role.description = raw.description.map(|d| {
            self.spans.role_field(&name, "description", d.span());
            d.into_inner()
        });
        if let Some(b) = raw.break_glass {
            self.spans.role_field(&name, "break_glass", b.span());
            role.break_glass = *b.get_ref();
        }
        if let (Some(_), Some(grants)) = (&raw.scopes, &raw.grants) {
            self.problem(
                grants.span(),
                format!("role `{name}` has both `scopes` and `grants`; use one (`grants` when a grant needs a justification or an expiry)"),
            );
        }
        let whose = format!("role `{name}`");
        let mut seen = HashSet::new();
        let mut spans: Vec<Range<usize>> = Vec::new();
        if let Some(scopes) = raw.scopes {
            self.spans.role_field(&name, "scopes", scopes.span());
            for s in scopes.get_ref() {
                if self.reference(s, known, &mut seen, &whose) {
                    self.spans.grant(&name, s.get_ref(), s.span());
                    role.grants.push(Grant::plain(s.get_ref().clone()));
                    spans.push(s.span());
                }
            }
        }
        if let Some(grants) = raw.grants {
            self.spans.role_field(&name, "grants", grants.span());
            for g in grants.into_inner() {
                let span = g.span();
                let g = g.into_inner();
                let expires = g.expires.as_ref().and_then(|e| self.date(e, "expires"));
                if self.reference(&g.scope, known, &mut seen, &whose) {
                    self.spans.grant(&name, g.scope.get_ref(), span.clone());
                    let justification = g.justification.map(Spanned::into_inner);
                    role.grants.push(Grant { scope: g.scope.into_inner(), justification, expires });
                    spans.push(span);
                }
            }
        }
        for (grant, span) in role.grants.iter().zip(spans) {
            if let Some(why) = role.grant_refusal(grant) {
                self.problem(span, why);
            }
        }
        role.grants.sort_by(|a, b| a.scope.cmp(&b.scope));
        role
    }

    fn client(&mut self, key: &Spanned<String>, raw: Spanned<RawClient>, known: &HashSet<&str>) -> Client {
        self.name(key, "client", false);
        let name = key.get_ref().clone();
        self.mark(Subject::Client(name.clone()), key.span());
        let raw = raw.into_inner();
        let mut client = Client { name: name.clone(), ..Client::default() };
        client.description = raw.description.map(Spanned::into_inner);
        for (feature, scopes) in in_file_order(raw.features.map(Spanned::into_inner).unwrap_or_default()) {
            self.name(&feature, "feature", false);
            let f = feature.get_ref().clone();
            self.mark(Subject::Feature(name.clone(), f.clone()), feature.span());
            let whose = format!("feature `{f}` of client `{name}`");
            let mut seen = HashSet::new();
            let mut needed = Vec::new();
            for s in scopes.get_ref() {
                if self.reference(s, known, &mut seen, &whose) {
                    self.mark(Subject::FeatureScope(name.clone(), f.clone(), s.get_ref().clone()), s.span());
                    needed.push(s.get_ref().clone());
                }
            }
            needed.sort();
            client.features.insert(f, needed);
        }
        client
    }

    /// `[operations."METHOD /path"]`. The scopes it names need not be defined in the file: an
    /// operation requiring an unknown scope is a lint finding (L009), not a broken file.
    fn operation(&mut self, key: &Spanned<String>, raw: Spanned<RawOperation>) -> Option<Operation> {
        let name = key.get_ref();
        self.mark(Subject::Operation(name.clone()), key.span());
        let parsed = parse_operation_key(name).map_err(|e| self.problem(key.span(), e)).ok();
        let raw = raw.into_inner();
        let security = raw.security.map(|list| {
            list.into_inner().into_iter().enumerate().map(|(i, req)| self.requirement(name, i, req)).collect()
        });
        let (method, path) = parsed?;
        Some(Operation { method, path, operation_id: raw.operation_id.map(Spanned::into_inner), security })
    }

    /// One `{ scheme = ["scope", …] }` of operation `op`'s `security`.
    fn requirement(&mut self, op: &str, i: usize, raw: super::raw::RawRequirement) -> Requirement {
        self.mark(Subject::Requirement(op.to_owned(), i), raw.span());
        let mut requirement = Requirement::default();
        for (scheme, scopes) in raw.into_inner() {
            self.name(&scheme, "security scheme", false);
            let mut names: Vec<String> = Vec::with_capacity(scopes.get_ref().len());
            let mut seen = HashSet::new();
            for s in scopes.into_inner() {
                self.name(&s, "scope", true);
                if !seen.insert(s.get_ref().clone()) {
                    let message = format!("scheme `{}` lists `{}` twice", scheme.get_ref(), s.get_ref().escape_debug());
                    self.problem(s.span(), message);
                    continue;
                }
                let subject = Subject::OperationScope(op.to_owned(), s.get_ref().clone());
                if self.spans.get(&subject).is_none() {
                    self.mark(subject, s.span());
                }
                names.push(s.into_inner());
            }
            requirement.0.insert(scheme.into_inner(), names);
        }
        requirement
    }

    fn lint(&mut self, raw: Spanned<RawLint>) -> LintConfig {
        self.mark(Subject::Lint(""), raw.span());
        let raw = raw.into_inner();
        let mut lint = LintConfig::default();
        for (key, list, out) in [("select", raw.select, &mut lint.select), ("ignore", raw.ignore, &mut lint.ignore)] {
            let Some(list) = list else { continue };
            self.mark(Subject::Lint(key), list.span());
            for sel in list.into_inner() {
                if sel.get_ref() == "ALL" || is_code(sel.get_ref(), true) {
                    out.push(sel.into_inner());
                } else {
                    self.problem(
                        sel.span(),
                        format!(
                            "`{}` is not a rule selector; expected a code (B001), a prefix (B, B0) or ALL",
                            crate::model::shown(sel.get_ref())
                        ),
                    );
                }
            }
        }
        if let Some(severity) = raw.severity {
            self.mark(Subject::Lint("severity"), severity.span());
            for (code, level) in severity.into_inner() {
                if !is_code(code.get_ref(), false) {
                    self.problem(
                        code.span(),
                        format!("`{}` is not a rule code like B001", crate::model::shown(code.get_ref())),
                    );
                    continue;
                }
                let parsed = match level.get_ref().as_str() {
                    "off" => Level::Off,
                    "info" => Level::Info,
                    "warning" => Level::Warning,
                    "error" => Level::Error,
                    other => {
                        self.problem(
                            level.span(),
                            format!(
                                "unknown severity `{}`; expected one of: error, warning, info, off",
                                crate::model::shown(other)
                            ),
                        );
                        continue;
                    }
                };
                lint.severity.insert(code.into_inner(), parsed);
            }
        }
        if let Some(allow) = raw.allow {
            self.mark(Subject::Lint("allow"), allow.span());
            for (i, entry) in allow.into_inner().into_iter().enumerate() {
                self.mark(Subject::Allow(i), entry.span());
                if let Some(e) = self.allow(entry) {
                    lint.allow.push(e);
                }
            }
        }
        lint
    }

    fn allow(&mut self, entry: Spanned<RawAllow>) -> Option<AllowEntry> {
        let span = entry.span();
        let raw = entry.into_inner();
        let mut ok = true;
        if !is_code(raw.rule.get_ref(), false) {
            self.problem(
                raw.rule.span(),
                format!("`{}` is not a rule code like B001", crate::model::shown(raw.rule.get_ref())),
            );
            ok = false;
        }
        let subjects = [&raw.scope, &raw.role, &raw.client].iter().filter(|s| s.is_some()).count();
        if subjects > 1 {
            self.problem(span, "an allow entry names at most one of `scope`, `role` and `client`");
            ok = false;
        }
        if raw.reason.get_ref().trim().is_empty() {
            self.problem(raw.reason.span(), "an allow entry needs a reason that a reviewer can check");
            ok = false;
        }
        let expires = match &raw.expires {
            Some(e) => Some(self.date(e, "expires")?),
            None => None,
        };
        ok.then(|| AllowEntry {
            rule: raw.rule.into_inner(),
            scope: raw.scope.map(Spanned::into_inner),
            role: raw.role.map(Spanned::into_inner),
            client: raw.client.map(Spanned::into_inner),
            reason: raw.reason.into_inner(),
            expires,
        })
    }
}

/// A rule code (`B001`: an upper-case letter and three digits), or with `prefix` any start of one.
fn is_code(s: &str, prefix: bool) -> bool {
    let mut chars = s.chars();
    let letter = chars.next().is_some_and(|c| c.is_ascii_uppercase());
    let digits = chars.as_str();
    letter && digits.chars().all(|c| c.is_ascii_digit()) && (digits.len() == 3 || (prefix && digits.len() < 3))
}

#[cfg(test)]
#[path = "load_tests.rs"]
mod tests;
