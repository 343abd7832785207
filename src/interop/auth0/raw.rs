//! The parts of a Deploy CLI export that scopectl reads, as parsed (with the location of every
//! value), and the checks that turn them into plain located values ([`Api`], [`Role`], [`Grant`],
//! [`Client`]). Every other key of the export is ignored; a key that is read must have the type
//! the Deploy CLI gives it.

use std::fmt;
use std::marker::PhantomData;
use std::ops::Range;

use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, SeqAccess, Visitor};
use serde_saphyr::Spanned;

use super::keywords;
use crate::interop::location_span;

/// A string value with the keyword stand-ins turned back into markers.
#[derive(Debug)]
pub(super) struct Text(pub String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        Ok(Text(keywords::restore(&s).into_owned()))
    }
}

/// A list, or an `@@KEY@@` placeholder standing for one.
#[derive(Debug)]
pub(super) enum Listish<T> {
    Items(Vec<T>),
    Keyword(String),
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Listish<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ListVisitor<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for ListVisitor<T> {
            type Value = Listish<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list (or an @@KEY@@ keyword placeholder standing for one)")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Listish::Items(items))
            }

            fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
                let text = keywords::restore(s);
                if keywords::is_list_keyword(&text) {
                    Ok(Listish::Keyword(text.into_owned()))
                } else {
                    Err(E::invalid_type(de::Unexpected::Str(&text), &self))
                }
            }
        }

        deserializer.deserialize_any(ListVisitor(PhantomData))
    }
}

type Field = Option<Spanned<Text>>;
type List<T> = Option<Spanned<Listish<Spanned<T>>>>;

/// The top level of a `tenant.yaml`.
#[derive(Debug, Deserialize)]
pub(super) struct RawTenant {
    pub tenant: Option<IgnoredAny>,
    pub clients: List<RawClient>,
    #[serde(rename = "resourceServers")]
    pub resource_servers: List<RawApi>,
    pub roles: List<RawRole>,
    #[serde(rename = "clientGrants")]
    pub client_grants: List<RawGrant>,
}

/// `resourceServers[]`: an API.
#[derive(Debug, Deserialize)]
pub(super) struct RawApi {
    pub name: Field,
    pub identifier: Field,
    pub scopes: List<RawScope>,
}

/// `resourceServers[].scopes[]`.
#[derive(Debug, Deserialize)]
pub(super) struct RawScope {
    pub value: Field,
    pub description: Field,
}

/// `roles[]`.
#[derive(Debug, Deserialize)]
pub(super) struct RawRole {
    pub name: Field,
    pub description: Field,
    pub permissions: List<RawPermission>,
}

/// `roles[].permissions[]`.
#[derive(Debug, Deserialize)]
pub(super) struct RawPermission {
    pub permission_name: Field,
    pub resource_server_identifier: Field,
}

/// `clientGrants[]`: a client's access to one API.
#[derive(Debug, Deserialize)]
pub(super) struct RawGrant {
    /// The client's name in Deploy CLI exports (its id when the client is not in the export).
    pub client_id: Field,
    pub audience: Field,
    pub scope: List<Text>,
}

/// `clients[]`.
#[derive(Debug, Deserialize)]
pub(super) struct RawClient {
    pub name: Field,
    pub description: Field,
}

/// Where a value was written: the index of its file and a byte span in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct At {
    pub doc: usize,
    pub span: Range<usize>,
}

/// A located string.
#[derive(Debug, Clone)]
pub(super) struct Str {
    pub text: String,
    pub at: At,
}

/// A located list, or the placeholder that stands for it.
#[derive(Debug)]
pub(super) enum Listed<T> {
    Items(Vec<T>),
    Keyword(Str),
}

impl<T> Default for Listed<T> {
    fn default() -> Self {
        Listed::Items(Vec::new())
    }
}

/// An API (`resourceServers[]`).
#[derive(Debug)]
pub(super) struct Api {
    pub name: Str,
    pub identifier: Str,
    pub scopes: Listed<ApiScope>,
}

/// One scope an API defines.
#[derive(Debug)]
pub(super) struct ApiScope {
    pub value: Str,
    pub description: Option<Str>,
}

/// A role (`roles[]`).
#[derive(Debug)]
pub(super) struct Role {
    pub name: Str,
    pub description: Option<Str>,
    pub permissions: Listed<Permission>,
}

/// A role's permission: a scope of an API.
#[derive(Debug)]
pub(super) struct Permission {
    pub at: At,
    pub value: Str,
    pub api: Str,
}

/// A client grant (`clientGrants[]`).
#[derive(Debug)]
pub(super) struct Grant {
    pub client: Str,
    pub audience: Str,
    pub scopes: Listed<Str>,
}

/// A client (`clients[]`).
#[derive(Debug)]
pub(super) struct Client {
    pub name: Str,
    pub description: Option<Str>,
}

/// Turns raw values of one file into located ones, collecting what is missing.
pub(super) struct Cook<'t> {
    pub doc: usize,
    pub text: &'t str,
    /// Values a Deploy CLI export must have but this file lacks.
    pub missing: Vec<(At, String)>,
}

impl Cook<'_> {
    pub fn at(&self, location: &serde_saphyr::Location) -> At {
        At { doc: self.doc, span: location_span(self.text, location) }
    }

    fn str(&self, value: Spanned<Text>) -> Str {
        Str { at: self.at(&value.referenced), text: value.value.0 }
    }

    /// A non-empty optional text, such as a description.
    fn optional(&self, value: Field) -> Option<Str> {
        value.map(|v| self.str(v)).filter(|s| !s.text.is_empty())
    }

    /// A field the Deploy CLI requires: missing or empty, it is noted against `at`.
    fn required(&mut self, value: Field, at: &At, what: &str, key: &str) -> Option<Str> {
        match value.map(|v| self.str(v)) {
            Some(s) if !s.text.trim().is_empty() => Some(s),
            Some(s) => {
                self.missing.push((s.at, format!("{what} has an empty `{key}`")));
                None
            }
            None => {
                self.missing.push((at.clone(), format!("{what} has no `{key}`")));
                None
            }
        }
    }

    /// The items of a list, each cooked by `f`; a placeholder list stays a placeholder.
    pub fn list<T, U>(&mut self, list: List<T>, mut f: impl FnMut(&mut Self, Spanned<T>) -> Option<U>) -> Listed<U> {
        let Some(list) = list else { return Listed::default() };
        match list.value {
            Listish::Items(items) => Listed::Items(items.into_iter().filter_map(|i| f(self, i)).collect()),
            Listish::Keyword(k) => Listed::Keyword(Str { text: k, at: self.at(&list.referenced) }),
        }
    }

    pub fn api(&mut self, raw: Spanned<RawApi>) -> Option<Api> {
        let at = self.at(&raw.referenced);
        let raw = raw.value;
        let name = self.required(raw.name, &at, "a resource server", "name");
        let identifier = self.required(raw.identifier, &at, "a resource server", "identifier");
        let scopes = self.list(raw.scopes, |c, s| {
            let at = c.at(&s.referenced);
            let value = c.required(s.value.value, &at, "a resource server scope", "value")?;
            Some(ApiScope { value, description: c.optional(s.value.description) })
        });
        Some(Api { name: name?, identifier: identifier?, scopes })
    }

    pub fn role(&mut self, raw: Spanned<RawRole>) -> Option<Role> {
        let at = self.at(&raw.referenced);
        let raw = raw.value;
        let name = self.required(raw.name, &at, "a role", "name");
        let description = self.optional(raw.description);
        let permissions = self.list(raw.permissions, |c, p| {
            let at = c.at(&p.referenced);
            let value = c.required(p.value.permission_name, &at, "a role permission", "permission_name");
            let api =
                c.required(p.value.resource_server_identifier, &at, "a role permission", "resource_server_identifier");
            Some(Permission { at, value: value?, api: api? })
        });
        Some(Role { name: name?, description, permissions })
    }

    pub fn grant(&mut self, raw: Spanned<RawGrant>) -> Option<Grant> {
        let at = self.at(&raw.referenced);
        let raw = raw.value;
        let client = self.required(raw.client_id, &at, "a client grant", "client_id");
        let audience = self.required(raw.audience, &at, "a client grant", "audience");
        let scopes = self.list(raw.scope, |c, s| Some(c.str(s)));
        Some(Grant { client: client?, audience: audience?, scopes })
    }

    pub fn client(&mut self, raw: Spanned<RawClient>) -> Option<Client> {
        let at = self.at(&raw.referenced);
        let raw = raw.value;
        let name = self.required(raw.name, &at, "a client", "name");
        Some(Client { name: name?, description: self.optional(raw.description) })
    }
}
