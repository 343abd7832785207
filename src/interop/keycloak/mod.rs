//! Keycloak realm exports (`kc.sh export`, the admin console's partial export): client scopes,
//! realm and client roles, scope mappings and clients, to and from a scope set.
//!
//! How Keycloak's concepts land in the model:
//! - An openid-connect client scope is a scope. SAML client scopes are not OAuth scopes and are
//!   reported as unmapped. What Keycloak records about a scope in `attributes` becomes a tag
//!   ([`TAG_BUILTIN`], [`TAG_DYNAMIC`], [`TAG_NOT_IN_TOKEN`], [`TAG_NO_CONSENT`]), which the export
//!   turns back into the same attributes.
//! - A realm role keeps its name; a client role is named `CLIENT:ROLE` (see [`client_role`]).
//! - `scopeMappings` and `clientScopeMappings` are grants. A composite role is given every scope
//!   its members (transitively) hold, as grants justified `through composite role member M`
//!   ([`COMPOSITE_JUSTIFICATION`]): whoever holds a composite role really holds those scopes, and
//!   a minimum-necessary review has to see effective access, not just what was mapped directly.
//! - A client's `defaultClientScopes` become its feature `default` (always requested); each of
//!   its `optionalClientScopes` becomes a feature of its own, named after the scope: the unit of
//!   incremental consent.
//! - Keycloak's own clients (`account`, `realm-management`, …) and their roles are left out, with
//!   one note each: they are part of Keycloak, not applications of the team, and their roles are
//!   Keycloak's admin permissions rather than holders of OAuth scopes.

mod access;
mod json;
mod read;
mod roles;
mod write;

use crate::model::ScopeSet;
use crate::scopeset::LoadError;

use super::Imported;

/// What a malformed file is said not to be.
pub const KIND: &str = "Keycloak realm export";

/// Tag of the client scopes every Keycloak realm ships with ([`BUILTIN_SCOPES`]).
pub const TAG_BUILTIN: &str = "keycloak-builtin";
/// Tag of dynamic (parameterized) client scopes: `is.dynamic.scope` = `"true"`.
pub const TAG_DYNAMIC: &str = "keycloak-dynamic";
/// Tag of client scopes left out of the token's `scope` claim: `include.in.token.scope` = `"false"`.
pub const TAG_NOT_IN_TOKEN: &str = "keycloak-not-in-token";
/// Tag of client scopes not shown on the consent screen: `display.on.consent.screen` = `"false"`.
pub const TAG_NO_CONSENT: &str = "keycloak-no-consent";

/// The client scopes Keycloak creates in every realm (over its versions), kept but tagged
/// [`TAG_BUILTIN`] so reviews can tell them from the team's own.
pub const BUILTIN_SCOPES: &[&str] = &[
    "profile",
    "email",
    "address",
    "phone",
    "offline_access",
    "roles",
    "web-origins",
    "microprofile-jwt",
    "acr",
    "basic",
    "role_list",
    "saml_organization",
    "organization",
    "service_account",
];

/// Keycloak's own clients, present in every realm.
pub const INTERNAL_CLIENTS: &[&str] =
    &["account", "account-console", "admin-cli", "broker", "realm-management", "security-admin-console"];

/// The feature that holds a client's `defaultClientScopes`.
pub const DEFAULT_FEATURE: &str = "default";

/// The start of the justification of a grant a role holds through a composite member; the
/// member's name follows.
pub const COMPOSITE_JUSTIFICATION: &str = "through composite role member ";

/// The realm name an export writes: the model has no realm, and "scopectl" says where it came from.
pub const EXPORT_REALM: &str = "scopectl";

/// True for Keycloak's own clients: [`INTERNAL_CLIENTS`], and in the `master` realm the
/// `REALM-realm` client that administers each realm.
#[must_use]
pub fn is_internal_client(client_id: &str, realm: Option<&str>) -> bool {
    INTERNAL_CLIENTS.contains(&client_id) || (realm == Some("master") && client_id.ends_with("-realm"))
}

/// The role name of `client`'s role `role`: `CLIENT:ROLE`. A colon is a scope-token character,
/// reads as "the role of that client" (as in `lab-portal:viewer`), and is what the export splits on.
#[must_use]
pub fn client_role(client: &str, role: &str) -> String {
    format!("{client}:{role}")
}

/// The composite member a grant's justification names, if it is a composite grant.
#[must_use]
pub fn composite_member(justification: Option<&str>) -> Option<&str> {
    justification?.strip_prefix(COMPOSITE_JUSTIFICATION).filter(|m| !m.is_empty())
}

/// Reads a realm export (one realm, or an array of realms with `realm` picking one).
///
/// # Errors
/// When the text is not JSON, not a realm export, a field read has the wrong type, or `realm`
/// names no realm in it (or is missing when the file holds several).
pub fn import(label: &str, text: &str, realm: Option<&str>) -> Result<Imported, LoadError> {
    read::import(label, text, realm)
}

/// The set as a realm representation that Keycloak imports (`kc.sh import --file`, or a new
/// realm's resource file in the admin console): `clientScopes`, realm and client `roles`,
/// `scopeMappings`, `clientScopeMappings` and `clients`, in realm [`EXPORT_REALM`]. The admin
/// console's partial import takes only its roles and clients: Keycloak's partial import has no
/// client scopes.
///
/// Importing the output gives back every scope (name, description, Keycloak tags) and every grant;
/// see the `write` module for what Keycloak has no place for.
///
/// # Errors
/// Never in practice; kept fallible for serialization.
pub fn export(set: &ScopeSet) -> anyhow::Result<String> {
    write::export(set)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::validate_name;

    #[test]
    fn tags_and_feature_names_are_valid_names() {
        for name in [TAG_BUILTIN, TAG_DYNAMIC, TAG_NOT_IN_TOKEN, TAG_NO_CONSENT, DEFAULT_FEATURE, EXPORT_REALM] {
            assert_eq!(validate_name(name), Ok(()), "{name}");
        }
    }

    #[test]
    fn internal_clients_include_the_master_realms_admin_clients() {
        assert!(is_internal_client("realm-management", Some("clinic")));
        assert!(is_internal_client("clinic-realm", Some("master")));
        assert!(!is_internal_client("clinic-realm", Some("clinic")));
        assert!(!is_internal_client("lab-portal", None));
    }

    #[test]
    fn composite_justifications_name_their_member() {
        let j = format!("{COMPOSITE_JUSTIFICATION}lab-portal:viewer");
        assert_eq!(composite_member(Some(&j)), Some("lab-portal:viewer"));
        assert_eq!(composite_member(Some(COMPOSITE_JUSTIFICATION)), None);
        assert_eq!(composite_member(Some("on-call cover")), None);
        assert_eq!(composite_member(None), None);
    }
}
