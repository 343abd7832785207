//! How Auth0 names become scopectl names and back.
//!
//! Auth0 role, client and API names are display names ("Care Team Nurse"); scopectl names are
//! RFC 6749 scope-tokens. [`encode`] writes a space as `+` and every other character a token
//! cannot hold (and `+` and `%` themselves) as `%XX` bytes of its UTF-8, like a URL query;
//! [`decode`] undoes it, so export writes back the exact Auth0 name.
//!
//! A scope records its API in tags: `auth0-api:IDENTIFIER` (the audience, encoded), and
//! `auth0-api-name:NAME` (the display name, encoded); scopes of the Auth0 Management API also
//! carry `auth0-management-api`. A scope value is unique only within its API, so a value that
//! two APIs define becomes `IDENTIFIER/VALUE` (the resource-qualified form Microsoft's identity
//! platform uses, e.g. `https://graph.microsoft.com/User.Read`); export strips the prefix again.

use percent_encoding::{AsciiSet, CONTROLS, percent_decode_str, utf8_percent_encode};

use crate::model::{Scope, validate_name};

/// Tag prefix naming a scope's API by identifier (audience).
pub const API_TAG: &str = "auth0-api:";
/// Tag prefix naming a scope's API by display name.
pub const API_NAME_TAG: &str = "auth0-api-name:";
/// Tag marking scopes of the Auth0 Management API (Auth0's own permissions, such as `read:users`).
pub const MANAGEMENT_TAG: &str = "auth0-management-api";
/// Prefix of the client feature that holds a client grant's scopes for one API.
pub const FEATURE_PREFIX: &str = "api:";
/// The name the Deploy CLI gives the Management API (and refuses to configure).
pub const MANAGEMENT_API_NAME: &str = "Auth0 Management API";

/// What [`encode`] escapes besides non-ASCII: every ASCII character an RFC 6749 scope-token
/// cannot hold (controls, `"`, `\`) and `+` and `%` themselves. A space is kept here and
/// written as `+` afterwards, so a `+` in the output always stands for a space.
const NOT_IN_TOKEN: &AsciiSet = &CONTROLS.add(b'"').add(b'\\').add(b'+').add(b'%');

/// `text` as a scope-token: `+` for a space, `%XX` for bytes a token cannot hold and for `+`, `%`.
#[must_use]
pub fn encode(text: &str) -> String {
    utf8_percent_encode(text, NOT_IN_TOKEN).to_string().replace(' ', "+")
}

/// The text [`encode`] made `name` from (bytes that are not UTF-8 are replaced, never refused;
/// a `%` without two hex digits after it is kept as it is).
#[must_use]
pub fn decode(name: &str) -> String {
    percent_decode_str(&name.replace('+', " ")).decode_utf8_lossy().into_owned()
}

/// What a qualified scope name of the API with encoded identifier `api` starts with.
#[must_use]
pub fn qualifier(api: &str) -> String {
    if api.ends_with('/') { api.to_owned() } else { format!("{api}/") }
}

/// True when `identifier` is the Auth0 Management API's audience,
/// `https://TENANT.REGION.auth0.com/api/v2/` (the tenant domain may be a keyword placeholder).
#[must_use]
pub fn is_management_identifier(identifier: &str) -> bool {
    let Some(rest) = identifier.strip_prefix("https://") else { return false };
    let Some((host, path)) = rest.split_once('/') else { return false };
    let placeholder = super::keywords::contains_keyword(host);
    matches!(path, "api/v2/" | "api/v2") && (host.ends_with(".auth0.com") || placeholder)
}

/// A tag made of `prefix` and the encoded `text`, when it is a valid tag name.
#[must_use]
pub fn tag(prefix: &str, text: &str) -> Option<String> {
    let tag = format!("{prefix}{}", encode(text));
    validate_name(&tag).is_ok().then_some(tag)
}

/// The encoded value of a scope's first tag starting with `prefix`.
#[must_use]
pub fn tagged<'s>(scope: &'s Scope, prefix: &str) -> Option<&'s str> {
    scope.tags.iter().find_map(|t| t.strip_prefix(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::validate_scope_name;

    #[test]
    fn encoding_gives_tokens_and_decodes_back() {
        for text in
            ["Care Team Nurse", "FHIR R4 API", "a+b 100%", "Pflege Süd", "tab\there", "q\"uote\\", "##ENV## App", ""]
        {
            let name = encode(text);
            if !text.is_empty() {
                assert_eq!(validate_scope_name(&name), Ok(()), "{text:?} → {name}");
            }
            assert_eq!(decode(&name), text, "{name}");
        }
        assert_eq!(encode("Care Team Nurse"), "Care+Team+Nurse");
        assert_eq!(encode("Pflege Süd"), "Pflege+S%C3%BCd");
        assert_eq!(encode("https://fhir.example/r4"), "https://fhir.example/r4");
    }

    #[test]
    fn decoding_never_fails() {
        assert_eq!(decode("50%"), "50%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%C3"), "\u{FFFD}");
        assert_eq!(decode("%41b"), "Ab");
    }

    #[test]
    fn management_identifiers() {
        assert!(is_management_identifier("https://northwind.us.auth0.com/api/v2/"));
        assert!(is_management_identifier("https://##AUTH0_DOMAIN##/api/v2/"));
        assert!(!is_management_identifier("https://api.northwind.example/api/v2/"));
        assert!(!is_management_identifier("https://northwind.us.auth0.com/userinfo"));
        assert!(!is_management_identifier("urn:northwind"));
    }

    #[test]
    fn qualifiers_add_one_slash() {
        assert_eq!(qualifier("https://a.example/v1"), "https://a.example/v1/");
        assert_eq!(qualifier("https://a.example/"), "https://a.example/");
    }
}
