//! Reading a realm export: checking the JSON, picking the realm, then its client scopes and
//! clients. Typed access to fields is in [`super::access`]; roles and mappings in [`super::roles`].

use std::collections::{BTreeMap, HashSet};

use serde::de::IgnoredAny;

use super::access::{Known, Names, Reader, problem};
use super::json::{self, Node, Value};
use super::{
    BUILTIN_SCOPES, DEFAULT_FEATURE, KIND, TAG_BUILTIN, TAG_DYNAMIC, TAG_NO_CONSENT, TAG_NOT_IN_TOKEN,
    is_internal_client, roles,
};
use crate::interop::{Imported, json_error};
use crate::model::{Client, Scope, ScopeSet, Source, Subject, validate_name, validate_scope_name};
use crate::scopeset::{LoadError, Problem};

/// The members of a realm object that the reader looks at; the rest is passed over unbuilt.
const READ_KEYS: &[&str] = &["realm", "clientScopes", "roles", "scopeMappings", "clientScopeMappings", "clients"];

/// The members that make an object a realm worth reading.
const CONTENT_KEYS: &[&str] = &["clientScopes", "roles", "scopeMappings", "clientScopeMappings", "clients"];

/// Reads a realm export; see [`super::import`].
pub(super) fn import(label: &str, text: &str, wanted: Option<&str>) -> Result<Imported, LoadError> {
    // A byte-order mark is not JSON; editors hide it, so positions are counted without it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Err(e) = serde_json::from_str::<IgnoredAny>(text) {
        return Err(json_error(label, text, &e, KIND));
    }
    let refuse = |problems: Vec<Problem>| LoadError {
        path: label.to_owned(),
        text: Some(text.to_owned()),
        problems,
        kind: KIND,
    };
    let root = json::parse(text, READ_KEYS).map_err(|e| {
        refuse(vec![match e {
            json::ParseError::TooDeep(at) => problem(
                &(at..at + 1),
                format!(
                    "values nest more than {} levels deep here; a realm's client scopes, roles and clients nest a few",
                    json::MAX_DEPTH
                ),
            ),
            json::ParseError::Invalid => Problem { message: "the JSON could not be read".into(), span: None },
        }])
    })?;
    let (realm, name) = pick_realm(&root, wanted).map_err(|p| match p {
        Pick::Problems(problems) => refuse(problems),
        Pick::Choice(message) => LoadError::one(label, None, message, None).of_kind(KIND),
    })?;
    let mut r = Reader { realm: name, ..Reader::default() };
    let scopes = client_scopes(&mut r, realm);
    let roles = roles::read(&mut r, realm);
    let direct = roles::mappings(&mut r, realm, &scopes.names, &roles);
    let clients = clients(&mut r, realm, &scopes.names, &roles);
    let roles = roles::finish(&mut r, roles, &direct);
    if !r.problems.is_empty() {
        let mut problems = r.problems;
        problems.sort_by_key(|p| p.span.as_ref().map_or((usize::MAX, 0), |s| (s.start, s.end)));
        return Err(refuse(problems));
    }
    let set = ScopeSet { scopes: scopes.list, roles, clients, ..ScopeSet::default() };
    let source = Source { path: label.to_owned(), text: text.to_owned(), spans: r.spans };
    Ok(Imported { set, source, unmapped: r.unmapped })
}

/// Why no realm was picked: the file's shape is wrong, or the choice is the user's to make.
enum Pick {
    Problems(Vec<Problem>),
    Choice(String),
}

/// The realm object to read and its name.
fn pick_realm<'n>(root: &'n Node, wanted: Option<&str>) -> Result<(&'n Node, Option<&'n str>), Pick> {
    let shape = "a realm export is a realm object, or an array of realm objects";
    let candidates: Vec<&Node> = match &root.value {
        Value::Object(_) => vec![root],
        Value::Array(items) => {
            let wrong: Vec<Problem> = items
                .iter()
                .enumerate()
                .filter(|(_, n)| !matches!(n.value, Value::Object(_)))
                .map(|(i, n)| problem(&n.span, format!("{shape}; element {i} of the array is {}", n.kind())))
                .collect();
            if !wrong.is_empty() {
                return Err(Pick::Problems(wrong));
            }
            items.iter().collect()
        }
        _ => return Err(Pick::Problems(vec![problem(&root.span, format!("{shape}, not {}", root.kind()))])),
    };
    let mut names = Vec::new();
    for c in &candidates {
        match c.member("realm").map(|m| &m.value) {
            Some(Node { value: Value::String(s), .. }) => names.push(Some(s.as_str())),
            Some(n) if n.value != Value::Null => {
                return Err(Pick::Problems(vec![problem(
                    &n.span,
                    format!("`realm` must be a string (the realm's name), not {}", n.kind()),
                )]));
            }
            _ => names.push(None),
        }
    }
    let listed = || {
        let named: Vec<String> = names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                n.map_or_else(|| format!("an unnamed realm (element {i})"), |n| format!("`{}`", crate::model::shown(n)))
            })
            .collect();
        named.join(", ")
    };
    let index = match wanted {
        Some(w) => names.iter().position(|n| *n == Some(w)).ok_or_else(|| {
            let holds = if names.len() == 1 { "the realm" } else { "the realms" };
            Pick::Choice(format!("there is no realm `{}` in it; it holds {holds} {}", crate::model::shown(w), listed()))
        })?,
        None => match names.len() {
            0 => return Err(Pick::Problems(vec![problem(&root.span, format!("{shape}; this array is empty"))])),
            1 => 0,
            n => {
                return Err(Pick::Choice(format!("it holds {n} realms ({}); pick one with --realm NAME", listed())));
            }
        },
    };
    let realm = candidates[index];
    if !CONTENT_KEYS.iter().any(|k| realm.member(k).is_some()) {
        let which =
            names[index].map_or_else(|| "the realm".to_owned(), |n| format!("the realm `{}`", crate::model::shown(n)));
        return Err(Pick::Problems(vec![problem(
            &realm.span,
            format!(
                "{which} has no `clientScopes`, `roles`, `scopeMappings` or `clients`: this is not a realm export \
                 (`kc.sh export --dir` writes users to files of their own; read REALM-realm.json)"
            ),
        )]));
    }
    Ok((realm, names[index]))
}

/// The client scopes read: the scopes in file order, and every name seen.
pub(super) struct Scopes {
    pub list: Vec<Scope>,
    pub names: Names,
}

/// A text Keycloak shows people, unless blank or a `${key}` of a theme's message bundle (the
/// built-ins' `${profileScopeConsentText}`): a key is not a description.
pub(super) fn prose(text: &str) -> Option<String> {
    let t = text.trim();
    let message_key = t.starts_with("${") && t.ends_with('}');
    (!t.is_empty() && !message_key).then(|| text.to_owned())
}

/// A Keycloak boolean attribute: Java's `Boolean.parseBoolean`, true only for "true" in any case.
fn attribute_flag(node: &Node) -> bool {
    match &node.value {
        Value::Bool(b) => *b,
        Value::String(s) => s.eq_ignore_ascii_case("true"),
        _ => false,
    }
}

fn client_scopes(r: &mut Reader, realm: &Node) -> Scopes {
    let mut out = Scopes { list: Vec::new(), names: Names::new() };
    for (path, obj) in r.objects(realm, "clientScopes", "") {
        let Some((name, name_node)) = r.string(obj, "name", &path) else {
            r.note(&obj.span, "a client scope without a `name` is not imported".into());
            continue;
        };
        let shown = crate::model::shown(name);
        let protocol = r.string(obj, "protocol", &path).map(|(p, _)| p);
        let attributes = r.object(obj, "attributes", &path);
        let mut attr = BTreeMap::new();
        if let Some((_, members)) = attributes {
            for key in [
                "consent.screen.text",
                "include.in.token.scope",
                "display.on.consent.screen",
                "is.dynamic.scope",
                "dynamic.scope.regexp",
            ] {
                let Some(m) = members.iter().rev().find(|m| m.key == key) else { continue };
                let is_flag = !key.ends_with("text") && !key.ends_with("regexp");
                match &m.value.value {
                    Value::String(_) => {}
                    Value::Bool(_) if is_flag => {}
                    Value::Null => continue,
                    _ => {
                        let want = if is_flag { "\"true\" or \"false\"" } else { "a string" };
                        let message = format!("`{path}.attributes.{key}` must be {want}, not {}", m.value.kind());
                        r.problems.push(problem(&m.value.span, message));
                        continue;
                    }
                }
                attr.insert(key, &m.value);
            }
        }
        if out.names.get(name) == Some(&Known::Imported) {
            r.note(&name_node.span, format!("client scope `{shown}` is defined twice; the first definition is kept"));
            continue;
        }
        if let Some(p) = protocol.filter(|p| *p != "openid-connect") {
            let why = if p == "saml" {
                "it is a SAML client scope, not an OAuth scope".to_owned()
            } else {
                format!(
                    "its protocol is `{}`; only openid-connect client scopes are OAuth scopes",
                    crate::model::shown(p)
                )
            };
            r.note(&name_node.span, format!("client scope `{shown}` is not imported: {why}"));
            out.names.entry(name.to_owned()).or_insert(Known::Skipped(why));
            continue;
        }
        if let Err(e) = validate_scope_name(name) {
            r.note(&name_node.span, format!("client scope `{shown}` is not imported: {e}"));
            out.names.entry(name.to_owned()).or_insert(Known::Skipped("its name is not an OAuth scope-token".into()));
            continue;
        }
        let mut scope = Scope::new(name);
        let description = r.string(obj, "description", &path);
        scope.description = description.and_then(|(d, _)| prose(d));
        if let Some((_, node)) = description.filter(|_| scope.description.is_some()) {
            r.spans.scope_field(name, "description", node.span.clone());
        } else if let Some(text) = attr.get("consent.screen.text") {
            scope.description = text.as_str().and_then(prose);
        }
        if BUILTIN_SCOPES.contains(&name) {
            scope.tags.push(TAG_BUILTIN.to_owned());
        }
        if attr.get("include.in.token.scope").is_some_and(|n| !attribute_flag(n)) {
            scope.tags.push(TAG_NOT_IN_TOKEN.to_owned());
        }
        if attr.get("display.on.consent.screen").is_some_and(|n| !attribute_flag(n)) {
            scope.tags.push(TAG_NO_CONSENT.to_owned());
        }
        if attr.get("is.dynamic.scope").is_some_and(|n| attribute_flag(n)) {
            scope.tags.push(TAG_DYNAMIC.to_owned());
            // The admin console writes NAME:* and so does the export; any other pattern is lost.
            let standard = format!("{name}:*");
            if let Some(node) = attr.get("dynamic.scope.regexp")
                && let Some(re) = node.as_str().filter(|re| *re != standard.as_str())
            {
                r.note(
                    &node.span,
                    format!(
                        "dynamic client scope `{shown}` matches `{}`; it is imported as `{shown}` tagged \
                         {TAG_DYNAMIC}, and an export writes the pattern `{standard}`",
                        crate::model::shown(re)
                    ),
                );
            }
        }
        if let Some((node, _)) = attributes.filter(|_| !scope.tags.is_empty()) {
            r.spans.scope_field(name, "tags", node.span.clone());
        }
        scope.normalize();
        r.spans.insert(Subject::Scope(name.to_owned()), name_node.span.clone());
        out.names.insert(name.to_owned(), Known::Imported);
        out.list.push(scope);
    }
    out
}

fn clients(r: &mut Reader, realm: &Node, scopes: &Names, roles: &roles::Roles) -> Vec<Client> {
    let mut out: Vec<Client> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut internal = Vec::new();
    for (path, obj) in r.objects(realm, "clients", "") {
        let Some((id, id_node)) = r.string(obj, "clientId", &path) else {
            r.note(&obj.span, "a client without a `clientId` is not imported".into());
            continue;
        };
        let shown = crate::model::shown(id);
        let protocol = r.string(obj, "protocol", &path).map(|(p, _)| p);
        let description = r.string(obj, "description", &path).and_then(|(d, _)| prose(d));
        let display_name = r.string(obj, "name", &path).and_then(|(n, _)| prose(n));
        let defaults = r.string_list(obj, "defaultClientScopes", &path);
        let optionals = r.string_list(obj, "optionalClientScopes", &path);
        if is_internal_client(id, r.realm) {
            let with_roles = match roles.internal_count(id) {
                0 => String::new(),
                1 => " with its role".to_owned(),
                n => format!(" with its {n} roles"),
            };
            r.note(
                &id_node.span,
                format!(
                    "Keycloak's own client `{shown}` is not imported{with_roles}: it is part of Keycloak, \
                     not one of the realm's applications"
                ),
            );
            internal.push(id);
            continue;
        }
        if !seen.insert(id) {
            r.note(&id_node.span, format!("client `{shown}` is defined twice; the first definition is kept"));
            continue;
        }
        if let Some(p) = protocol.filter(|p| *p != "openid-connect") {
            let what =
                if p == "saml" { "a SAML client".to_owned() } else { format!("a `{}` client", crate::model::shown(p)) };
            r.note(&id_node.span, format!("client `{shown}` is not imported: it is {what}, not an OAuth client"));
            continue;
        }
        if let Err(e) = validate_name(id) {
            r.note(&id_node.span, format!("client `{shown}` is not imported: {e}"));
            continue;
        }
        let mut client = Client { name: id.to_owned(), description: description.or(display_name), ..Client::default() };
        r.spans.insert(Subject::Client(id.to_owned()), id_node.span.clone());
        let whose = format!("client `{shown}`");
        let mut default = Vec::new();
        for (s, node) in defaults {
            if let Some(s) = r.scope_ref(scopes, s, &node.span, &whose) {
                r.spans.insert(
                    Subject::FeatureScope(id.to_owned(), DEFAULT_FEATURE.to_owned(), s.clone()),
                    node.span.clone(),
                );
                default.push(s);
            }
        }
        if !default.is_empty() {
            if let Some(m) = obj.member("defaultClientScopes") {
                r.spans.insert(Subject::Feature(id.to_owned(), DEFAULT_FEATURE.to_owned()), m.value.span.clone());
            }
            default.sort();
            default.dedup();
            client.features.insert(DEFAULT_FEATURE.to_owned(), default);
        }
        for (s, node) in optionals {
            if let Some(s) = r.scope_ref(scopes, s, &node.span, &whose) {
                // An optional scope named `default` must not merge into the default feature.
                let feature = if s == DEFAULT_FEATURE { format!("optional:{s}") } else { s.clone() };
                r.spans.insert(Subject::Feature(id.to_owned(), feature.clone()), node.span.clone());
                r.spans.insert(Subject::FeatureScope(id.to_owned(), feature.clone(), s.clone()), node.span.clone());
                client.features.insert(feature, vec![s]);
            }
        }
        out.push(client);
    }
    roles.note_internal_roles(r, &internal);
    out
}

#[cfg(test)]
#[path = "read_tests.rs"]
mod tests;
