//! A tenant read from either format → a scope set: APIs' scopes become scopes, roles'
//! permissions grants, client grants clients' features. What cannot be carried over is listed as
//! unmapped, with where it was written; what breaks the format refuses the import.

use std::collections::{HashMap, HashSet};

use super::keywords;
use super::names::{
    API_NAME_TAG, API_TAG, FEATURE_PREFIX, MANAGEMENT_API_NAME, MANAGEMENT_TAG, encode, is_management_identifier,
    qualifier, tag,
};
use super::raw::{Api, At, Client as RawClient, Grant as RawGrant, Listed, Role as RawRole, Str};
use crate::interop::Imported;
use crate::model::{LineCol, Scope, ScopeSet, Source, Spans, Subject, validate_name, validate_scope_name};
use crate::scopeset::{LoadError, Problem};

/// One file that was read.
#[derive(Debug)]
pub(super) struct Doc {
    /// How to name the file in a refusal.
    pub label: String,
    /// How to name the file inside a directory's warnings (its path in the directory).
    pub short: String,
    pub text: String,
    /// What the file should have been, for a refusal.
    pub kind: &'static str,
}

/// Everything read from a tenant, whichever the format.
#[derive(Debug, Default)]
pub(super) struct Tenant {
    /// How to name the tenant in messages: the tenant.yaml file or the directory.
    pub label: String,
    /// True for a directory export: locations are then per file, in the messages.
    pub directory: bool,
    pub docs: Vec<Doc>,
    pub apis: Vec<Api>,
    pub roles: Vec<RawRole>,
    pub grants: Vec<RawGrant>,
    pub clients: Vec<RawClient>,
    /// Whole sections written as an `@@KEY@@` placeholder, with the section's key.
    pub keyword_sections: Vec<(Str, &'static str)>,
    /// What breaks the format (a missing required value).
    pub refused: Vec<(At, String)>,
    /// Notes about the tenant as a whole, not located in a file.
    pub notes: Vec<String>,
}

/// What a reference to a scope of an API resolves to.
#[derive(Debug, Clone)]
pub(super) enum Target {
    Scope(String),
    /// The scope is in the export but was not imported (and has its own warning).
    Dropped,
}

/// An API as imported.
pub(super) struct ApiInfo {
    pub name: String,
    /// The identifier, encoded as a token.
    pub key: String,
    pub management: bool,
    /// False when the identifier cannot be kept in a tag: none of its scopes is imported.
    pub usable: bool,
    /// The client feature its grants become.
    pub feature: Option<String>,
    /// Scope value → what it became.
    pub values: HashMap<String, Target>,
    /// The scopes it defines, in order, with their descriptions.
    pub defined: Vec<(Str, Option<Str>)>,
}

impl ApiInfo {
    fn new(name: &str, identifier: &str) -> Self {
        let key = encode(identifier);
        ApiInfo {
            name: name.to_owned(),
            usable: validate_name(&format!("{API_TAG}{key}")).is_ok(),
            key,
            management: name == MANAGEMENT_API_NAME || is_management_identifier(identifier),
            feature: None,
            values: HashMap::new(),
            defined: Vec::new(),
        }
    }
}

/// The import in progress: what it found so far.
pub(super) struct Builder {
    pub refused: Vec<(At, String)>,
    pub unmapped: Vec<(Option<At>, String)>,
    pub spans: Vec<(Subject, At)>,
    pub apis: Vec<ApiInfo>,
    pub by_identifier: HashMap<String, usize>,
}

/// Builds the scope set of `tenant`, or refuses it.
pub(super) fn build(tenant: Tenant) -> Result<Imported, LoadError> {
    let mut b = Builder {
        refused: tenant.refused.clone(),
        unmapped: Vec::new(),
        spans: Vec::new(),
        apis: Vec::new(),
        by_identifier: HashMap::new(),
    };
    for (keyword, section) in &tenant.keyword_sections {
        b.unmapped.push((
            Some(keyword.at.clone()),
            format!("`{section}` is the keyword placeholder `{}`; {}", keyword.text, REPLACE_FIRST),
        ));
    }
    b.unmapped.extend(tenant.notes.iter().map(|n| (None, n.clone())));
    for api in &tenant.apis {
        b.define_api(api, &tenant);
    }
    b.add_management_apis(&tenant);
    b.name_features();
    let scopes = b.scopes();
    let roles = b.roles(&tenant.roles);
    let clients = b.clients(&tenant.clients, &tenant.grants);
    if !b.refused.is_empty() {
        return Err(refusal(&tenant, b.refused));
    }
    let set = ScopeSet { scopes, roles, clients, ..ScopeSet::default() };
    Ok(finish(tenant, set, b.unmapped, b.spans))
}

/// How to resolve a keyword placeholder, for messages.
pub(super) const REPLACE_FIRST: &str =
    "its value is not known until the Deploy CLI applies AUTH0_KEYWORD_REPLACE_MAPPINGS, so it was not imported";

/// The problems of the first file that has any, as a refusal.
pub(super) fn refusal(tenant: &Tenant, mut refused: Vec<(At, String)>) -> LoadError {
    refused.sort_by_key(|(at, _)| (at.doc, at.span.start, at.span.end));
    let doc_index = refused[0].0.doc;
    let doc = &tenant.docs[doc_index];
    let problems = refused
        .into_iter()
        .filter(|(at, _)| at.doc == doc_index)
        .map(|(at, message)| Problem { message, span: Some(at.span) })
        .collect();
    LoadError { path: doc.label.clone(), text: Some(doc.text.clone()), problems, kind: doc.kind }
}

/// The imported set with its source: spans and located warnings for a file; for a directory,
/// warnings that name the file inside their message (a [`Source`] holds one text).
fn finish(tenant: Tenant, set: ScopeSet, unmapped: Vec<(Option<At>, String)>, spans: Vec<(Subject, At)>) -> Imported {
    let mut source = Source { path: tenant.label.clone(), ..Source::default() };
    let unmapped = unmapped
        .into_iter()
        .map(|(at, message)| match at {
            Some(at) if tenant.directory => {
                let doc = &tenant.docs[at.doc];
                let lc = LineCol::at(&doc.text, at.span.start);
                Problem { message: format!("{}:{}:{}: {message}", doc.short, lc.line, lc.column), span: None }
            }
            Some(at) => Problem { message, span: Some(at.span) },
            None => Problem { message, span: None },
        })
        .collect();
    if !tenant.directory {
        let mut all = Spans::default();
        for (subject, at) in spans {
            if all.get(&subject).is_none() {
                all.insert(subject, at.span);
            }
        }
        source.spans = all;
        source.text = tenant.docs.into_iter().next().map(|d| d.text).unwrap_or_default();
    }
    Imported { set, source, unmapped }
}

impl Builder {
    pub(super) fn note(&mut self, at: &At, message: String) {
        self.unmapped.push((Some(at.clone()), message));
    }

    /// Where `at` is, for a message that points at a second place.
    fn place(tenant: &Tenant, at: &At) -> String {
        let doc = &tenant.docs[at.doc];
        let lc = LineCol::at(&doc.text, at.span.start);
        if tenant.directory {
            format!("{}:{}:{}", doc.short, lc.line, lc.column)
        } else {
            format!("line {}, column {}", lc.line, lc.column)
        }
    }

    fn define_api(&mut self, api: &Api, tenant: &Tenant) {
        let (name, identifier) = (&api.name.text, &api.identifier.text);
        if self.by_identifier.contains_key(identifier) {
            let first = tenant.apis.iter().find(|a| a.identifier.text == *identifier);
            let place = first.map(|a| Self::place(tenant, &a.identifier.at)).unwrap_or_default();
            self.refused.push((
                api.identifier.at.clone(),
                format!("resource server identifier `{identifier}` is also used by the resource server at {place}"),
            ));
            return;
        }
        let mut info = ApiInfo::new(name, identifier);
        if let Err(e) = validate_name(&format!("{API_TAG}{}", info.key)) {
            let message = format!("API `{name}` was not imported: its identifier cannot be kept as a tag ({e})");
            self.note(&api.identifier.at, message);
        }
        match &api.scopes {
            Listed::Keyword(k) => self.note(
                &k.at,
                format!("the scopes of API `{name}` are the keyword placeholder `{}`; {REPLACE_FIRST}", k.text),
            ),
            Listed::Items(scopes) => {
                for s in scopes {
                    let value = &s.value.text;
                    if let Some(k) = keywords::first_keyword(value) {
                        self.note(
                            &s.value.at,
                            format!(
                                "scope `{value}` of API `{name}` holds the keyword placeholder `{k}`; {REPLACE_FIRST}"
                            ),
                        );
                        info.values.insert(value.clone(), Target::Dropped);
                    } else if info.values.contains_key(value) {
                        self.note(
                            &s.value.at,
                            format!("API `{name}` defines the scope `{value}` twice; the second was not imported"),
                        );
                    } else {
                        info.values.insert(value.clone(), Target::Dropped);
                        info.defined.push((s.value.clone(), s.description.clone()));
                    }
                }
            }
        }
        self.by_identifier.insert(identifier.clone(), self.apis.len());
        self.apis.push(info);
    }

    /// The Deploy CLI never exports the Management API (and refuses to configure it), but client
    /// grants and role permissions name its scopes: they become scopes of a Management API made
    /// from those references, so reviewers see which clients may call Auth0's own API.
    fn add_management_apis(&mut self, tenant: &Tenant) {
        let defined: HashSet<&str> = tenant.apis.iter().map(|a| a.identifier.text.as_str()).collect();
        let references = tenant
            .grants
            .iter()
            .flat_map(|g| match &g.scopes {
                Listed::Items(scopes) => scopes.iter().map(|s| (&g.audience, s)).collect(),
                Listed::Keyword(_) => Vec::new(),
            })
            .chain(tenant.roles.iter().flat_map(|r| match &r.permissions {
                Listed::Items(ps) => ps.iter().map(|p| (&p.api, &p.value)).collect(),
                Listed::Keyword(_) => Vec::new(),
            }));
        for (audience, value) in references {
            let identifier = &audience.text;
            if !is_management_identifier(identifier) {
                continue;
            }
            let index = if let Some(&i) = self.by_identifier.get(identifier) {
                i
            } else {
                self.by_identifier.insert(identifier.clone(), self.apis.len());
                self.apis.push(ApiInfo::new(MANAGEMENT_API_NAME, identifier));
                self.apis.len() - 1
            };
            let api = &mut self.apis[index];
            // Only a Management API made from references grows; a defined one says what it has.
            if !defined.contains(identifier.as_str())
                && !api.values.contains_key(&value.text)
                && !keywords::contains_keyword(&value.text)
            {
                api.values.insert(value.text.clone(), Target::Dropped);
                api.defined.push((value.clone(), None));
            }
        }
    }

    /// Each API's client feature: `api:NAME`, or `api:IDENTIFIER` when the name is taken or too long.
    fn name_features(&mut self) {
        let mut taken = HashSet::new();
        for api in &mut self.apis {
            let candidates = [encode(&api.name), api.key.clone()].map(|n| format!("{FEATURE_PREFIX}{n}"));
            api.feature = candidates.into_iter().find(|f| validate_name(f).is_ok() && !taken.contains(f));
            if let Some(f) = &api.feature {
                taken.insert(f.clone());
            }
        }
    }

    fn scopes(&mut self) -> Vec<Scope> {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for api in self.apis.iter().filter(|a| a.usable) {
            for (value, _) in &api.defined {
                *counts.entry(value.text.clone()).or_default() += 1;
            }
        }
        let mut taken: HashSet<String> = HashSet::new();
        let mut scopes = Vec::new();
        for i in 0..self.apis.len() {
            if !self.apis[i].usable {
                continue;
            }
            let api_name = self.apis[i].name.clone();
            let prefix = qualifier(&self.apis[i].key);
            let mut tags = vec![format!("{API_TAG}{}", self.apis[i].key)];
            match tag(API_NAME_TAG, &api_name) {
                Some(t) => tags.push(t),
                None if !self.apis[i].defined.is_empty() => self.unmapped.push((
                    Some(self.apis[i].defined[0].0.at.clone()),
                    format!("the name of API `{api_name}` is too long to keep as a tag; export names it after its identifier"),
                )),
                None => {}
            }
            if self.apis[i].management {
                tags.push(MANAGEMENT_TAG.to_owned());
            }
            for (value, description) in self.apis[i].defined.clone() {
                let v = &value.text;
                let shared = counts.get(v).copied().unwrap_or(0) > 1;
                let name = if shared || v.starts_with(&prefix) { format!("{prefix}{v}") } else { v.clone() };
                let why = if shared {
                    format!(" (qualified as `{name}` because another API defines `{v}` too)")
                } else {
                    String::new()
                };
                if let Err(e) = validate_scope_name(&name) {
                    self.note(
                        &value.at,
                        format!("scope `{v}` of API `{api_name}` is not a valid scope name{why}: {e}"),
                    );
                    continue;
                }
                if !taken.insert(name.clone()) {
                    self.note(&value.at, format!("scope `{v}` of API `{api_name}` would be named `{name}`, which another scope already is; not imported"));
                    continue;
                }
                self.apis[i].values.insert(v.clone(), Target::Scope(name.clone()));
                self.spans.push((Subject::Scope(name.clone()), value.at.clone()));
                if let Some(d) = &description {
                    self.spans.push((Subject::ScopeField(name.clone(), "description"), d.at.clone()));
                }
                let mut scope = Scope::new(name);
                scope.description = description.map(|d| d.text);
                scope.tags.clone_from(&tags);
                scope.normalize();
                scopes.push(scope);
            }
        }
        scopes
    }
}
