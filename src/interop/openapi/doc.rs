//! The parts of an OpenAPI 3.x document scopectl reads, as typed serde structs over
//! serde-saphyr (YAML, and JSON as YAML 1.2 flow). Unknown fields are ignored (real documents
//! carry hundreds); a field read here with the wrong type refuses the document, located.
//! Mapping keys keep their spans so lint findings point at `get:` or at a scope's name.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_saphyr::Spanned;

use crate::model::Method;

/// A mapping in document order, keys with their spans. With `EXT`, `x-` keys (specification
/// extensions, whose values may be anything) are skipped.
#[derive(Debug)]
pub(super) struct Entries<V, const EXT: bool = false>(pub Vec<(Spanned<String>, V)>);

impl<V, const EXT: bool> Default for Entries<V, EXT> {
    fn default() -> Self {
        Entries(Vec::new())
    }
}

impl<'de, V: Deserialize<'de>, const EXT: bool> Deserialize<'de> for Entries<V, EXT> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Map<V, const EXT: bool>(PhantomData<V>);
        impl<'de, V: Deserialize<'de>, const EXT: bool> Visitor<'de> for Map<V, EXT> {
            type Value = Entries<V, EXT>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a mapping")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(key) = map.next_key::<Spanned<String>>()? {
                    if EXT && key.value.starts_with("x-") {
                        map.next_value::<IgnoredAny>()?;
                    } else {
                        entries.push((key, map.next_value()?));
                    }
                }
                Ok(Entries(entries))
            }
        }
        deserializer.deserialize_map(Map::<V, EXT>(PhantomData))
    }
}

/// A list of Security Requirement Objects (the alternatives).
pub(super) type SecurityDoc = Spanned<Vec<Spanned<RequirementDoc>>>;

/// One Security Requirement Object: scheme name → scope names.
pub(super) type RequirementDoc = Entries<Spanned<Vec<Spanned<String>>>>;

/// The document's root.
#[derive(Debug, Deserialize)]
pub(super) struct Document {
    pub openapi: Option<Spanned<String>>,
    pub swagger: Option<Spanned<String>>,
    pub paths: Option<Entries<Spanned<PathItem>, true>>,
    pub webhooks: Option<Entries<Spanned<PathItem>, true>>,
    pub components: Option<Components>,
    pub security: Option<SecurityDoc>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Components {
    #[serde(rename = "securitySchemes")]
    pub security_schemes: Option<Entries<Spanned<SchemeDoc>>>,
}

/// A Security Scheme Object, or a Reference Object to one.
#[derive(Debug, Deserialize)]
pub(super) struct SchemeDoc {
    #[serde(rename = "type")]
    pub kind: Option<Spanned<String>>,
    #[serde(rename = "$ref")]
    pub reference: Option<Spanned<String>>,
    pub flows: Option<Flows>,
}

/// An OAuth Flows Object (`deviceAuthorization` is OpenAPI 3.2's).
#[derive(Debug, Deserialize)]
pub(super) struct Flows {
    pub implicit: Option<Spanned<Flow>>,
    pub password: Option<Spanned<Flow>>,
    #[serde(rename = "clientCredentials")]
    pub client_credentials: Option<Spanned<Flow>>,
    #[serde(rename = "authorizationCode")]
    pub authorization_code: Option<Spanned<Flow>>,
    #[serde(rename = "deviceAuthorization")]
    pub device_authorization: Option<Spanned<Flow>>,
}

impl Flows {
    /// The flows present, named, in document order.
    pub fn in_order(self) -> Vec<(&'static str, Spanned<Flow>)> {
        let mut flows: Vec<(&'static str, Spanned<Flow>)> = [
            ("implicit", self.implicit),
            ("password", self.password),
            ("clientCredentials", self.client_credentials),
            ("authorizationCode", self.authorization_code),
            ("deviceAuthorization", self.device_authorization),
        ]
        .into_iter()
        .filter_map(|(name, flow)| Some((name, flow?)))
        .collect();
        flows.sort_by_key(|(_, f)| (f.referenced.line(), f.referenced.column()));
        flows
    }
}

/// An OAuth Flow Object: its scopes, name → description.
#[derive(Debug, Deserialize)]
pub(super) struct Flow {
    pub scopes: Option<Entries<Spanned<Option<String>>>>,
}

/// An Operation Object.
#[derive(Debug, Deserialize)]
pub(super) struct OperationDoc {
    #[serde(rename = "operationId")]
    pub operation_id: Option<Spanned<String>>,
    pub security: Option<SecurityDoc>,
}

/// A Path Item Object: its operations in document order, each with the span of its method key,
/// and what scopectl cannot follow.
#[derive(Debug, Default)]
pub(super) struct PathItem {
    pub operations: Vec<(Method, Spanned<String>, OperationDoc)>,
    pub reference: Option<Spanned<String>>,
    /// OpenAPI 3.2's `query` operation and `additionalOperations`: keys that hold operations
    /// the scope set has no method for.
    pub other_operations: Vec<Spanned<String>>,
}

/// The method of a Path Item Object's operation field (`get`, `put`…).
fn method(field: &str) -> Option<Method> {
    Some(match field {
        "get" => Method::Get,
        "put" => Method::Put,
        "post" => Method::Post,
        "delete" => Method::Delete,
        "options" => Method::Options,
        "head" => Method::Head,
        "patch" => Method::Patch,
        "trace" => Method::Trace,
        _ => return None,
    })
}

impl<'de> Deserialize<'de> for PathItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Item;
        impl<'de> Visitor<'de> for Item {
            type Value = PathItem;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a Path Item Object (a mapping)")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut item = PathItem::default();
                while let Some(key) = map.next_key::<Spanned<String>>()? {
                    if let Some(m) = method(&key.value) {
                        item.operations.push((m, key, map.next_value()?));
                    } else if key.value == "$ref" {
                        item.reference = Some(map.next_value()?);
                    } else {
                        map.next_value::<IgnoredAny>()?;
                        if matches!(key.value.as_str(), "query" | "additionalOperations") {
                            item.other_operations.push(key);
                        }
                    }
                }
                Ok(item)
            }
        }
        deserializer.deserialize_map(Item)
    }
}
