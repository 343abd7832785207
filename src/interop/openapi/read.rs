//! An OpenAPI document (or a bare scopes map) → a scope set: the OAuth scopes its security
//! schemes declare, and each operation's effective security requirements.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use serde_saphyr::Spanned;

use super::KIND;
use super::doc::{Document, Entries, PathItem, SchemeDoc, SecurityDoc};
use crate::interop::{Imported, location_span, yaml_error};
use crate::model::{
    Operation, Requirement, Scope, ScopeSet, Source, Spans, Subject, WEBHOOK_PREFIX, validate_name, validate_path,
    validate_scope_name,
};
use crate::scopeset::{LoadError, Problem};

/// The parser's limits: serde-saphyr's defaults guard against hostile input but stop at a million
/// events, less than the largest public API descriptions hold (several million).
fn options() -> serde_saphyr::Options {
    serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_events: 50_000_000,
            max_nodes: 20_000_000,
            max_total_scalar_bytes: 512 * 1024 * 1024,
            max_depth: 128,
        },
    }
}

/// Reads `text` (named `label`): an OpenAPI 3.x document in YAML or JSON, or a bare scopes map.
pub(super) fn import(label: &str, text: &str) -> Result<Imported, LoadError> {
    let refuse = |message: &str, span: Option<Range<usize>>| {
        LoadError::one(label, Some(text.to_owned()), message.to_owned(), span).of_kind(KIND)
    };
    if text.trim().is_empty() {
        return Err(refuse("the file is empty; expected an OpenAPI 3 document (or a scopes map)", None));
    }
    let doc = match serde_saphyr::from_str_with_options::<Document>(text, options()) {
        Ok(doc) => doc,
        // A scopes map may name a scope `security` or `paths`: on a value of the wrong type, read
        // the text as one before refusing (not on a syntax or size error, to parse a large file once).
        Err(err) => {
            use serde_saphyr::Error as E;
            let shape = matches!(
                err.without_snippet(),
                E::Unexpected { .. } | E::Message { .. } | E::SerdeInvalidType { .. } | E::SerdeInvalidValue { .. }
            );
            let map = if shape { bare_map(label, text) } else { None };
            return map.ok_or_else(|| yaml_error(label, text, &err, KIND));
        }
    };
    let version = match (&doc.openapi, &doc.swagger) {
        (Some(v), _) => v,
        (None, Some(s)) => {
            let message = format!(
                "this is a Swagger {} (OpenAPI 2) document; scopectl reads OpenAPI 3.0 and 3.1, so convert it first \
                 (for example with swagger2openapi)",
                crate::model::shown(&s.value)
            );
            return Err(refuse(&message, Some(location_span(text, &s.referenced))));
        }
        (None, None) => {
            return bare_map(label, text).ok_or_else(|| {
                refuse(
                    "there is no `openapi` field (such as `openapi: 3.1.0`), so this is not an OpenAPI 3 document, \
                     nor is it a scopes map of `name: description`",
                    Some(0..text.len().min(1)),
                )
            });
        }
    };
    if !is_version_3(&version.value) {
        let message = format!(
            "`openapi: {}` is not an OpenAPI 3 version; scopectl reads OpenAPI 3.0 and 3.1",
            crate::model::shown(&version.value)
        );
        return Err(refuse(&message, Some(location_span(text, &version.referenced))));
    }
    let mut r = Reader::new(text);
    if let Some(schemes) = doc.components.and_then(|c| c.security_schemes) {
        r.schemes(schemes);
    }
    let root = doc.security.map(|s| r.security(s, "the root `security`"));
    for (path, item) in doc.paths.unwrap_or_default().0 {
        r.path_item(path.value.clone(), &path, item, root.as_ref());
    }
    for (name, item) in doc.webhooks.unwrap_or_default().0 {
        r.path_item(format!("{WEBHOOK_PREFIX}{}", name.value), &name, item, root.as_ref());
    }
    Ok(r.finish(label))
}

/// `3.0.3`, `3.1.0`, `3.1`: a 3.x version.
fn is_version_3(v: &str) -> bool {
    v.strip_prefix("3.").is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// A bare scopes map (`name: description`, what `export --format openapi-scopes` writes), or
/// `None` when `text` is not one.
fn bare_map(label: &str, text: &str) -> Option<Imported> {
    let entries: Entries<Spanned<Option<String>>> = serde_saphyr::from_str_with_options(text, options()).ok()?;
    let mut r = Reader::new(text);
    for (key, description) in entries.0 {
        r.define(&key, description.value, "in the scopes map");
    }
    Some(r.finish(label))
}

/// The scopes OpenID Connect Core defines (sections 5.4 and 11).
const OIDC_STANDARD: &[&str] = &["openid", "profile", "email", "address", "phone", "offline_access"];

/// What a security scheme is, as far as scopes go.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    /// `oauth2`: declares its scopes in its flows.
    OAuth2,
    /// `openIdConnect`: its scopes are in the discovery document, not here.
    OpenIdConnect,
    /// `apiKey`, `http`, `mutualTLS`…: no scopes.
    Other(String),
    /// A `$ref` scopectl could not follow, or no `type`.
    Unknown,
}

/// Where one requirement was written, and each scope it names.
type RequirementSpans = (Range<usize>, Vec<(String, Range<usize>)>);

/// A `security` list read once, attached to every operation it applies to.
struct Security {
    /// `None` when a part cannot be written in a scope set (the reason is in the notes).
    requirements: Option<Vec<Requirement>>,
    spans: Vec<RequirementSpans>,
}

struct Reader<'t> {
    text: &'t str,
    scopes: Vec<Scope>,
    /// Scope name → index in `scopes`.
    index: HashMap<String, usize>,
    schemes: HashMap<String, Kind>,
    operations: Vec<Operation>,
    spans: Spans,
    unmapped: Vec<Problem>,
    /// Scheme names already reported as undeclared, so each is reported once.
    undeclared: HashSet<String>,
}

impl<'t> Reader<'t> {
    fn new(text: &'t str) -> Self {
        Reader {
            text,
            scopes: Vec::new(),
            index: HashMap::new(),
            schemes: HashMap::new(),
            operations: Vec::new(),
            spans: Spans::default(),
            unmapped: Vec::new(),
            undeclared: HashSet::new(),
        }
    }

    fn span<T>(&self, s: &Spanned<T>) -> Range<usize> {
        location_span(self.text, &s.referenced)
    }

    fn note(&mut self, span: Option<Range<usize>>, message: String) {
        self.unmapped.push(Problem { message, span });
    }

    fn finish(self, label: &str) -> Imported {
        let set = ScopeSet { scopes: self.scopes, operations: self.operations, ..ScopeSet::default() };
        let source = Source { path: label.to_owned(), text: self.text.to_owned(), spans: self.spans };
        Imported { set, source, unmapped: self.unmapped }
    }

    /// Declares the scope named by `key`. A scope declared again (in another flow or scheme) stays
    /// one scope with the first description; a different one is noted, since it is dropped.
    fn define(&mut self, key: &Spanned<String>, description: Option<String>, whose: &str) {
        let name = &key.value;
        let span = self.span(key);
        if let Err(e) = validate_scope_name(name) {
            self.note(Some(span), format!("scope `{}` {whose} was not imported: {e}", crate::model::shown(name)));
            return;
        }
        let description = description.filter(|d| !d.is_empty());
        if let Some(&i) = self.index.get(name.as_str()) {
            let kept = &mut self.scopes[i].description;
            match (&*kept, description) {
                (None, new) => *kept = new,
                (Some(first), Some(other)) if *first != other => {
                    let message = format!(
                        "scope `{name}` {whose} is described differently than where it was first declared; kept the \
                         first description, dropped {other:?}"
                    );
                    self.note(Some(span), message);
                }
                _ => {}
            }
            return;
        }
        self.index.insert(name.clone(), self.scopes.len());
        self.scopes.push(Scope { description, ..Scope::new(name.clone()) });
        self.spans.insert(Subject::Scope(name.clone()), span);
    }

    /// `components.securitySchemes`: each scheme's kind, and the scopes of the OAuth ones.
    fn schemes(&mut self, entries: Entries<Spanned<SchemeDoc>>) {
        let refs: HashMap<String, Option<String>> = entries
            .0
            .iter()
            .map(|(k, s)| (k.value.clone(), s.value.reference.as_ref().map(|r| r.value.clone())))
            .collect();
        let mut kinds: HashMap<String, Kind> = HashMap::new();
        let mut targets: Vec<(String, Spanned<String>)> = Vec::new();
        for (key, scheme) in entries.0 {
            let name = key.value.clone();
            let scheme = scheme.value;
            if let Some(r) = scheme.reference {
                targets.push((name, r));
                continue;
            }
            let kind = match scheme.kind {
                None => {
                    self.note(
                        Some(self.span(&key)),
                        format!("security scheme `{name}` has no `type`; requirements on it are kept as written"),
                    );
                    Kind::Unknown
                }
                Some(t) => self.kind(&name, &t, scheme.flows),
            };
            kinds.insert(name, kind);
        }
        for (name, reference) in targets {
            let kind = self.follow(&name, &reference, &refs, &kinds);
            kinds.insert(name, kind);
        }
        self.schemes = kinds;
    }

    /// The kind of scheme `name` of type `t`; declares the scopes of an OAuth one's flows.
    fn kind(&mut self, name: &str, t: &Spanned<String>, flows: Option<super::doc::Flows>) -> Kind {
        match t.value.as_str() {
            "oauth2" => {
                let Some(flows) = flows else {
                    self.note(
                        Some(self.span(t)),
                        format!("OAuth scheme `{name}` has no `flows`, so it declares no scopes"),
                    );
                    return Kind::OAuth2;
                };
                for (flow, body) in flows.in_order() {
                    let whose = format!("of the {flow} flow of `{name}`");
                    for (key, description) in body.value.scopes.unwrap_or_default().0 {
                        self.define(&key, description.value, &whose);
                    }
                }
                Kind::OAuth2
            }
            "openIdConnect" => {
                self.note(
                    Some(self.span(t)),
                    format!(
                        "security scheme `{name}` is openIdConnect: its scopes are declared in its discovery document, \
                         not here, so the scopes its requirements name (other than the standard `openid`, `profile`, \
                         `email`…) are imported without a description"
                    ),
                );
                Kind::OpenIdConnect
            }
            "apiKey" | "http" | "mutualTLS" => Kind::Other(t.value.clone()),
            other => {
                self.note(
                    Some(self.span(t)),
                    format!(
                        "security scheme `{name}` has type `{}`, which OpenAPI does not define; it is taken as a scheme without scopes",
                        crate::model::shown(other)
                    ),
                );
                Kind::Other(other.to_owned())
            }
        }
    }

    /// The kind of the scheme a `$ref` points at, following `#/components/securitySchemes/…` refs.
    fn follow(
        &mut self,
        name: &str,
        reference: &Spanned<String>,
        refs: &HashMap<String, Option<String>>,
        kinds: &HashMap<String, Kind>,
    ) -> Kind {
        let mut target = reference.value.clone();
        // Each step moves to another scheme; more steps than schemes is a cycle.
        for _ in 0..=refs.len() {
            let Some(next) = local_scheme(&target) else {
                self.note(
                    Some(self.span(reference)),
                    format!(
                        "security scheme `{name}` refers to `{}`, which scopectl does not follow (only \
                         #/components/securitySchemes/… in the same document); its scopes are not imported",
                        crate::model::shown(&target)
                    ),
                );
                return Kind::Unknown;
            };
            if let Some(kind) = kinds.get(&next) {
                return kind.clone();
            }
            match refs.get(&next) {
                Some(Some(further)) => target.clone_from(further),
                _ => break,
            }
        }
        self.note(
            Some(self.span(reference)),
            format!(
                "security scheme `{name}` refers to `{}`, which is missing or part of a cycle of references",
                crate::model::shown(&reference.value)
            ),
        );
        Kind::Unknown
    }

    /// A `security` list (of an operation, or the root's), read once.
    fn security(&mut self, doc: SecurityDoc, whose: &str) -> Security {
        let mut requirements = Vec::with_capacity(doc.value.len());
        let mut spans = Vec::with_capacity(doc.value.len());
        let mut recorded = true;
        for req in doc.value {
            let span = self.span(&req);
            let mut requirement = Requirement::default();
            let mut scope_spans = Vec::new();
            for (scheme, scopes) in req.value.0 {
                if let Err(e) = validate_name(&scheme.value) {
                    let message = format!(
                        "the security of {whose} is not imported: scheme name `{}`: {e}",
                        crate::model::shown(&scheme.value)
                    );
                    self.note(Some(self.span(&scheme)), message);
                    recorded = false;
                    continue;
                }
                // A scope listed twice is needed once; the scope set lists it once.
                let mut seen = HashSet::new();
                let mut list = Vec::new();
                for (name, span) in self.requirement_scopes(&scheme, scopes, whose, &mut recorded) {
                    if seen.insert(name.clone()) {
                        list.push(name.clone());
                        scope_spans.push((name, span));
                    }
                }
                requirement.0.insert(scheme.value, list);
            }
            requirements.push(requirement);
            spans.push((span, scope_spans));
        }
        Security { requirements: recorded.then_some(requirements), spans }
    }

    /// The scopes one requirement entry names for `scheme`, as the scheme's kind allows.
    fn requirement_scopes(
        &mut self,
        scheme: &Spanned<String>,
        scopes: Spanned<Vec<Spanned<String>>>,
        whose: &str,
        recorded: &mut bool,
    ) -> Vec<(String, Range<usize>)> {
        let name = &scheme.value;
        match self.schemes.get(name).cloned() {
            None if self.undeclared.insert(name.clone()) => {
                let message = format!(
                    "{whose} requires security scheme `{name}`, which components.securitySchemes does not declare"
                );
                self.note(Some(self.span(scheme)), message);
            }
            Some(Kind::Other(t)) => {
                if !scopes.value.is_empty() {
                    let message = format!(
                        "{whose} lists names for `{name}`, a {t} scheme: they are not OAuth scopes (OpenAPI 3.1 \
                         roles) and were not imported"
                    );
                    self.note(Some(self.span(&scopes)), message);
                }
                return Vec::new();
            }
            _ => {}
        }
        let oidc = self.schemes.get(name) == Some(&Kind::OpenIdConnect);
        let mut out = Vec::with_capacity(scopes.value.len());
        for s in scopes.value {
            let span = self.span(&s);
            if let Err(e) = validate_scope_name(&s.value) {
                let message =
                    format!("the security of {whose} is not imported: scope `{}`: {e}", crate::model::shown(&s.value));
                self.note(Some(span), message);
                *recorded = false;
                continue;
            }
            // The standard OpenID Connect scopes need no definition; the provider's own are defined
            // here, so that they are known scopes (without a description: the document has none).
            if oidc && !OIDC_STANDARD.contains(&s.value.as_str()) && !self.index.contains_key(&s.value) {
                self.define(&s, None, &format!("of openIdConnect scheme `{name}`"));
            }
            out.push((s.value, span));
        }
        out
    }

    /// The operations of one path item (or webhook, `path` = `webhook:NAME`), with their
    /// `security`, or the root's when they have none.
    fn path_item(&mut self, path: String, key: &Spanned<String>, item: Spanned<PathItem>, root: Option<&Security>) {
        if let Err(e) = validate_path(&path) {
            self.note(Some(self.span(key)), format!("{e}; its operations were not imported"));
            return;
        }
        let item = item.value;
        if let Some(r) = &item.reference {
            let message = format!(
                "path `{path}` is a $ref to `{}`, which scopectl does not follow; its operations were not imported",
                crate::model::shown(&r.value)
            );
            self.note(Some(self.span(r)), message);
        }
        for k in &item.other_operations {
            let message = format!(
                "`{}` of `{path}` holds operations a scope set has no method for (OpenAPI 3.2); not imported",
                k.value
            );
            self.note(Some(self.span(k)), message);
        }
        for (method, key, op) in item.operations {
            let op_key = format!("{method} {path}");
            self.spans.insert(Subject::Operation(op_key.clone()), self.span(&key));
            let own = op.security.map(|s| self.security(s, &format!("`{op_key}`")));
            let security = match own.as_ref().or(root) {
                Some(s) => self.attach(&op_key, s),
                // No `security` anywhere: the operation needs none.
                None => Some(Vec::new()),
            };
            let operation_id = op.operation_id.map(|id| id.value);
            self.operations.push(Operation { method, path: path.clone(), operation_id, security });
        }
    }

    /// `security` as operation `op`'s, with its spans.
    fn attach(&mut self, op: &str, security: &Security) -> Option<Vec<Requirement>> {
        let requirements = security.requirements.clone()?;
        for (i, (span, scopes)) in security.spans.iter().enumerate() {
            self.spans.insert(Subject::Requirement(op.to_owned(), i), span.clone());
            for (scope, span) in scopes {
                let subject = Subject::OperationScope(op.to_owned(), scope.clone());
                if self.spans.get(&subject).is_none() {
                    self.spans.insert(subject, span.clone());
                }
            }
        }
        Some(requirements)
    }
}

/// The scheme name of a local reference `#/components/securitySchemes/NAME` (JSON Pointer
/// escapes decoded).
fn local_scheme(reference: &str) -> Option<String> {
    let name = reference.strip_prefix("#/components/securitySchemes/")?;
    (!name.is_empty() && !name.contains('/')).then(|| name.replace("~1", "/").replace("~0", "~"))
}
