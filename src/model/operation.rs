//! API operations and the scopes their security requirements ask for, as an OpenAPI document
//! declares them. The linter checks them against the set's scopes; the catalog does not store
//! them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// An HTTP method an OpenAPI path item holds an operation for. `Ord` follows the order of the
/// Path Item Object's fields, which is the order operations of one path are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Method {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

impl Method {
    /// Methods that change data: POST, PUT, PATCH and DELETE.
    #[must_use]
    pub fn is_write(self) -> bool {
        matches!(self, Method::Post | Method::Put | Method::Patch | Method::Delete)
    }
}

/// The prefix of a webhook's path (`webhook:newLabResult`): OpenAPI 3.1 webhooks have a name
/// instead of a path.
pub const WEBHOOK_PREFIX: &str = "webhook:";

/// One OpenAPI Security Requirement Object: security scheme name → the scopes it needs. Every
/// entry is needed together (AND); a scheme with no scopes (an API key, HTTP auth) needs none.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Requirement(pub BTreeMap<String, Vec<String>>);

impl Requirement {
    /// Every scope the requirement names, scheme by scheme.
    pub fn scopes(&self) -> impl Iterator<Item = &str> {
        self.0.values().flatten().map(String::as_str)
    }
}

/// An API operation and the scopes its `security` asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Operation {
    pub method: Method,
    /// `/patients/{id}`, or `webhook:NAME` for a webhook.
    pub path: String,
    pub operation_id: Option<String>,
    /// The alternatives (OR), each a [`Requirement`]. `Some(vec![])`: the operation needs no
    /// security; `None`: not recorded.
    pub security: Option<Vec<Requirement>>,
}

impl Operation {
    /// The operation's key, `METHOD /path`, as written in `[operations."GET /patients/{id}"]`.
    #[must_use]
    pub fn key(&self) -> String {
        format!("{} {}", self.method, self.path)
    }

    /// True for a webhook: a request the API sends rather than one it serves.
    #[must_use]
    pub fn is_webhook(&self) -> bool {
        self.path.starts_with(WEBHOOK_PREFIX)
    }

    /// Every scope any requirement names (with repeats).
    pub fn scopes(&self) -> impl Iterator<Item = &str> {
        self.security.iter().flatten().flat_map(Requirement::scopes)
    }
}

/// Splits an operation key `METHOD /path` (or `METHOD webhook:NAME`) into its parts.
///
/// # Errors
/// What is wrong with the key, as a sentence.
pub fn parse_operation_key(key: &str) -> Result<(Method, String), String> {
    let Some((method, path)) = key.split_once(' ') else {
        return Err(format!(
            "operation key `{}` is not `METHOD /path` (such as `GET /patients/{{id}}`)",
            key.escape_debug()
        ));
    };
    let method: Method = method.parse().map_err(|e: String| match method.to_ascii_uppercase().parse::<Method>() {
        Ok(m) => format!("write the HTTP method in upper case: `{m} {}`", path.escape_debug()),
        Err(_) => e,
    })?;
    validate_path(path)?;
    Ok((method, path.to_owned()))
}

/// Checks an operation's path: `/` and a URL path template, or `webhook:` and a name, with no
/// whitespace or control characters.
///
/// # Errors
/// Why the path is refused.
pub fn validate_path(path: &str) -> Result<(), String> {
    let name = path.strip_prefix(WEBHOOK_PREFIX);
    if !path.starts_with('/') && name.is_none_or(str::is_empty) {
        return Err(format!(
            "operation path `{}` must start with `/` (or be `webhook:NAME` for a webhook)",
            path.escape_debug()
        ));
    }
    if let Some(c) = path.chars().find(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!(
            "operation path `{}` holds {}; paths are URL templates without whitespace",
            path.escape_debug(),
            if c == ' ' { "a space".to_owned() } else { format!("the character U+{:04X}", c as u32) }
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_method_space_path() {
        assert_eq!(parse_operation_key("GET /patients/{id}"), Ok((Method::Get, "/patients/{id}".into())));
        assert_eq!(parse_operation_key("POST webhook:labResult"), Ok((Method::Post, "webhook:labResult".into())));
        assert!(parse_operation_key("get /a").unwrap_err().contains("upper case: `GET /a`"));
        assert!(parse_operation_key("FETCH /a").unwrap_err().contains("expected one of: GET, PUT"));
        assert!(parse_operation_key("GET").unwrap_err().contains("is not `METHOD /path`"));
        assert!(parse_operation_key("GET  /a").unwrap_err().contains("must start with `/`"));
        assert!(parse_operation_key("GET a").unwrap_err().contains("must start with `/`"));
        assert!(parse_operation_key("GET webhook:").unwrap_err().contains("must start with `/`"));
        assert!(parse_operation_key("GET /a b").unwrap_err().contains("a space"));
        assert!(parse_operation_key("GET /a\tb").unwrap_err().contains("U+0009"));
    }

    #[test]
    fn writes_and_webhooks() {
        let writes: Vec<Method> = Method::ALL.iter().copied().filter(|m| m.is_write()).collect();
        assert_eq!(writes, [Method::Put, Method::Post, Method::Delete, Method::Patch]);
        let op = Operation { method: Method::Post, path: "webhook:x".into(), operation_id: None, security: None };
        assert!(op.is_webhook());
        assert_eq!(op.key(), "POST webhook:x");
        assert_eq!(op.scopes().count(), 0);
    }
}
