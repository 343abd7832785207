//! Catalog operations: each checks the model's rules against the catalog, writes through `store`
//! (which logs every change) and returns what happened. They run inside the caller's transaction,
//! so a command that makes several changes commits all of them or none, and `apply` reuses them
//! change by change.

pub mod apply;

use std::fmt::Write;

use anyhow::{Context, Result, bail};
use jiff::civil::Date;
use rusqlite::Connection;

use crate::model::{self, Grant, Scope, Status};
use crate::store::{self, Change, Holders, ScopeRecord};

/// A scope that must exist.
///
/// # Errors
/// When there is no scope of that name.
pub fn require_scope(conn: &Connection, name: &str) -> Result<ScopeRecord> {
    store::get_scope(conn, name)?.with_context(|| format!("no scope named `{name}` in the catalog"))
}

/// Adds a new scope as version 1.
///
/// # Errors
/// When the name is not a valid scope-token or is taken.
pub fn define_scope(conn: &Connection, mut scope: Scope, change: &Change) -> Result<ScopeRecord> {
    model::validate_scope_name(&scope.name)
        .with_context(|| format!("invalid scope name `{}`", crate::model::shown(&scope.name)))?;
    if let Some(existing) = store::get_scope(conn, &scope.name)? {
        bail!(
            "scope `{}` already exists (version {}, {}); change it with `scopectl scope update`",
            scope.name,
            existing.version,
            existing.scope.status
        );
    }
    if scope.status != Status::Active {
        bail!("a new scope starts active; deprecate it afterwards");
    }
    scope.normalize();
    store::insert_scope(conn, &scope, change)
}

/// Applies `edit` to the current definition and stores the result as a new version. Returns the
/// version before and the version after (the same when nothing changed).
///
/// # Errors
/// When the scope does not exist, is retired, or `edit` refuses.
pub fn update_scope(
    conn: &Connection,
    name: &str,
    change: &Change,
    edit: impl FnOnce(&mut Scope) -> Result<()>,
) -> Result<(ScopeRecord, ScopeRecord)> {
    let before = require_scope(conn, name)?;
    let mut scope = before.scope.clone();
    edit(&mut scope)?;
    if before.scope.status == Status::Retired {
        bail!("scope `{name}` is retired; a retired scope no longer changes");
    }
    scope.normalize();
    if scope.status != before.scope.status {
        before.scope.status.transition(scope.status)?;
    }
    if scope.status == Status::Deprecated {
        check_replacements(conn, &scope)?;
    }
    let after = store::new_scope_version(conn, &scope, change)?;
    Ok((before, after))
}

/// The deprecation fields `scope deprecate` takes.
#[derive(Debug, Clone)]
pub struct Deprecation {
    pub replaced_by: Vec<String>,
    pub sunset: Option<Date>,
    pub reason: String,
}

/// Deprecates an active scope.
///
/// # Errors
/// When the scope is not active, the reason is empty, the sunset has passed, or a replacement is
/// not an existing active scope.
pub fn deprecate_scope(
    conn: &Connection,
    name: &str,
    dep: Deprecation,
    today: Date,
    change: &Change,
) -> Result<ScopeRecord> {
    if dep.reason.trim().is_empty() {
        bail!("a deprecation needs a reason (--reason) so holders know why to move");
    }
    if let Some(sunset) = dep.sunset
        && sunset < today
    {
        bail!("the sunset date {sunset} is in the past (today is {today})");
    }
    let (_, after) = update_scope(conn, name, change, |s| {
        s.status = s.status.deprecate()?;
        s.replaced_by = dep.replaced_by;
        s.sunset = dep.sunset;
        s.reason = Some(dep.reason);
        Ok(())
    })?;
    Ok(after)
}

/// Every replacement must be another scope that exists and is active.
fn check_replacements(conn: &Connection, scope: &Scope) -> Result<()> {
    for r in &scope.replaced_by {
        if *r == scope.name {
            bail!("scope `{r}` cannot replace itself");
        }
        let rec = store::get_scope(conn, r)?
            .with_context(|| format!("the replacement `{r}` is not a scope in the catalog"))?;
        if rec.scope.status != Status::Active {
            bail!("the replacement `{r}` is {} itself; name an active scope", rec.scope.status);
        }
    }
    Ok(())
}

/// What retiring a scope took away from its holders.
#[derive(Debug, Clone, Default)]
pub struct Retirement {
    pub record: Option<ScopeRecord>,
    pub revoked: Holders,
}

/// Retires a deprecated scope. While roles or client features hold it, it is refused (naming
/// them) unless `revoke_grants`, which takes it from all of them in the same transaction.
///
/// # Errors
/// When the scope is not deprecated, or is held and `revoke_grants` is false.
pub fn retire_scope(conn: &Connection, name: &str, revoke_grants: bool, change: &Change) -> Result<Retirement> {
    let current = require_scope(conn, name)?;
    current.scope.status.retire()?;
    let holders = store::holders(conn, name)?;
    if !holders.is_empty() {
        if !revoke_grants {
            bail!(
                "scope `{name}` is still held by {}; move them to its replacement first, or pass --revoke-grants",
                describe_holders(&holders)
            );
        }
        for role in &holders.roles {
            store::revoke(conn, role, name, change)?;
        }
        for (client, feature) in &holders.features {
            let c = store::get_client(conn, client)?.context("client vanished")?;
            let keep: Vec<String> =
                c.client.features.get(feature).into_iter().flatten().filter(|s| *s != name).cloned().collect();
            store::set_feature(conn, client, feature, &keep, change)?;
        }
    }
    let (_, after) = update_scope(conn, name, change, |s| {
        s.status = Status::Retired;
        Ok(())
    })?;
    Ok(Retirement { record: Some(after), revoked: holders })
}

/// `role a, role b and client c (feature f)`.
#[must_use]
pub fn describe_holders(h: &Holders) -> String {
    let mut parts: Vec<String> = h.roles.iter().map(|r| format!("role `{r}`")).collect();
    parts.extend(h.features.iter().map(|(c, f)| format!("client `{c}` (feature `{f}`)")));
    match parts.len() {
        0 => "nobody".to_owned(),
        1 => parts.remove(0),
        n => {
            let last = parts.remove(n - 1);
            format!("{} and {last}", parts.join(", "))
        }
    }
}

/// Can `scope` be handed out (to a role or a client feature)? Unknown and retired scopes cannot;
/// a deprecated one only with `allow_deprecated`, and then with a warning naming its replacement.
///
/// # Errors
/// When the scope is unknown, retired, or deprecated without `allow_deprecated`.
pub fn check_assignable(conn: &Connection, scope: &str, allow_deprecated: bool) -> Result<Option<String>> {
    let rec = require_scope(conn, scope)?;
    match rec.scope.status {
        Status::Active => Ok(None),
        Status::Retired => bail!("scope `{scope}` is retired and cannot be granted"),
        Status::Deprecated => {
            let instead = replacement_hint(&rec.scope);
            if allow_deprecated {
                Ok(Some(format!("scope `{scope}` is deprecated{instead}")))
            } else {
                bail!("scope `{scope}` is deprecated{instead}; pass --allow-deprecated to grant it anyway")
            }
        }
    }
}

fn replacement_hint(scope: &Scope) -> String {
    let mut hint = String::new();
    if let Some(sunset) = scope.sunset {
        let _ = write!(hint, " (sunset {sunset})");
    }
    if !scope.replaced_by.is_empty() {
        let names: Vec<String> = scope.replaced_by.iter().map(|r| format!("`{r}`")).collect();
        let _ = write!(hint, "; use {} instead", names.join(" and "));
    }
    hint
}

/// Grants scopes to a role. Returns how many grants changed and the warnings to show.
///
/// # Errors
/// When the role or a scope is unknown, a scope is retired (or deprecated without
/// `allow_deprecated`), the expiry is in the past, or a break-glass role gets a grant without a
/// justification and an expiry.
pub fn grant(
    conn: &Connection,
    role: &str,
    grants: &[Grant],
    allow_deprecated: bool,
    today: Date,
    change: &Change,
) -> Result<(usize, Vec<String>)> {
    grant_with(conn, role, grants, GrantPolicy { allow_deprecated, allow_expired: false }, today, change)
}

/// What [`grant_with`] lets through with a warning instead of refusing.
#[derive(Debug, Clone, Copy, Default)]
pub struct GrantPolicy {
    /// Grant deprecated scopes (warning names the replacement).
    pub allow_deprecated: bool,
    /// Store grants whose expiry has passed (warning): `apply` reproduces a catalog whose grants
    /// have lapsed since, rather than refusing it; the linter reports them.
    pub allow_expired: bool,
}

/// [`grant`] with a policy.
///
/// # Errors
/// As [`grant`], minus what `policy` allows.
pub fn grant_with(
    conn: &Connection,
    role: &str,
    grants: &[Grant],
    policy: GrantPolicy,
    today: Date,
    change: &Change,
) -> Result<(usize, Vec<String>)> {
    // The role's own fields only: its grants can be many and are not needed here.
    let model_role = store::get_role_head(conn, role)?.with_context(|| format!("no role named `{role}`"))?;
    let mut warnings = Vec::new();
    let mut changed = 0;
    for g in grants {
        if let Some(expires) = g.expires
            && expires < today
        {
            if !policy.allow_expired {
                bail!("the expiry date {expires} is in the past (today is {today})");
            }
            warnings.push(format!("the grant of `{}` to role `{role}` expired on {expires}", g.scope));
        }
        warnings.extend(check_assignable(conn, &g.scope, policy.allow_deprecated)?);
        if let Some(why) = model_role.grant_refusal(g) {
            bail!(why);
        }
        if store::grant(conn, role, g, change)? {
            changed += 1;
        }
    }
    Ok((changed, warnings))
}

/// Sets a role's description and break-glass flag. Making a role break-glass is refused while it
/// holds grants without a justification and an expiry.
///
/// # Errors
/// When the role is unknown or the break-glass rule would be broken.
pub fn update_role(
    conn: &Connection,
    name: &str,
    description: Option<Option<String>>,
    break_glass: Option<bool>,
    change: &Change,
) -> Result<()> {
    let rec = store::get_role(conn, name)?.with_context(|| format!("no role named `{name}`"))?;
    let description = description.unwrap_or(rec.description.clone());
    let break_glass = break_glass.unwrap_or(rec.break_glass);
    if break_glass && !rec.break_glass {
        let probe = model::Role { name: name.to_owned(), break_glass: true, ..model::Role::default() };
        let bad: Vec<&str> = rec
            .grants
            .iter()
            .filter(|g| probe.grant_refusal(&g.grant).is_some())
            .map(|g| g.grant.scope.as_str())
            .collect();
        if !bad.is_empty() {
            bail!(
                "role `{name}` cannot become break-glass while its grants of {} lack a justification or an expiry",
                bad.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ")
            );
        }
    }
    store::update_role(conn, name, description.as_deref(), break_glass, change)
}

/// Sets the scopes a client feature needs; returns warnings for deprecated scopes.
///
/// # Errors
/// When the client is unknown, the feature name is invalid, or a scope is unknown or retired.
pub fn set_feature(
    conn: &Connection,
    client: &str,
    feature: &str,
    scopes: &[String],
    change: &Change,
) -> Result<Vec<String>> {
    model::validate_name(feature)
        .with_context(|| format!("invalid feature name `{}`", crate::model::shown(feature)))?;
    let mut warnings = Vec::new();
    for s in scopes {
        warnings.extend(check_assignable(conn, s, true)?);
    }
    let mut scopes = scopes.to_vec();
    scopes.sort();
    scopes.dedup();
    store::set_feature(conn, client, feature, &scopes, change)?;
    Ok(warnings)
}

/// The minimal scope string for `features` of `client`: every scope they need, de-duplicated, in
/// the order the features were named. Returns the scopes and warnings for deprecated ones.
///
/// # Errors
/// When the client or a feature is unknown, or a scope has been retired.
pub fn consent(conn: &Connection, client: &str, features: &[String]) -> Result<(Vec<String>, Vec<String>)> {
    let rec = store::get_client(conn, client)?.with_context(|| format!("no client named `{client}`"))?;
    let mut scopes: Vec<String> = Vec::new();
    let mut warnings = Vec::new();
    for f in features {
        let Some(needed) = rec.client.features.get(f) else {
            let known: Vec<&str> = rec.client.features.keys().map(String::as_str).collect();
            if known.is_empty() {
                bail!("client `{client}` has no features yet; add one with `scopectl client feature set`");
            }
            bail!("client `{client}` has no feature `{f}`; it has {}", known.join(", "));
        };
        for s in needed {
            if scopes.contains(s) {
                continue;
            }
            let r = require_scope(conn, s)?;
            match r.scope.status {
                Status::Retired => bail!("feature `{f}` needs `{s}`, which is retired; update the feature"),
                Status::Deprecated => warnings
                    .push(format!("feature `{f}` needs `{s}`, which is deprecated{}", replacement_hint(&r.scope))),
                Status::Active => {}
            }
            scopes.push(s.clone());
        }
    }
    Ok((scopes, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::open_in_memory;

    fn today() -> Date {
        model::parse_date("2026-11-29").unwrap()
    }

    fn catalog() -> (Connection, Change) {
        let conn = open_in_memory().unwrap();
        let change = Change::now("t", "test");
        for name in ["old", "new", "other"] {
            define_scope(&conn, Scope::new(name), &change).unwrap();
        }
        (conn, change)
    }

    fn dep(replaced_by: &[&str]) -> Deprecation {
        Deprecation {
            replaced_by: replaced_by.iter().map(|s| (*s).to_owned()).collect(),
            sunset: None,
            reason: "why".into(),
        }
    }

    #[test]
    fn deprecate_checks_reason_sunset_and_replacements() {
        let (conn, change) = catalog();
        let mut d = dep(&["new"]);
        d.reason = " ".into();
        assert!(deprecate_scope(&conn, "old", d, today(), &change).is_err());
        let mut d = dep(&["new"]);
        d.sunset = Some(model::parse_date("2020-01-01").unwrap());
        assert!(deprecate_scope(&conn, "old", d, today(), &change).unwrap_err().to_string().contains("past"));
        assert!(deprecate_scope(&conn, "old", dep(&["missing"]), today(), &change).is_err());
        assert!(deprecate_scope(&conn, "old", dep(&["old"]), today(), &change).is_err());
        let rec = deprecate_scope(&conn, "old", dep(&["new"]), today(), &change).unwrap();
        assert_eq!((rec.version, rec.scope.status), (2, Status::Deprecated));
        let err = deprecate_scope(&conn, "other", dep(&["old"]), today(), &change).unwrap_err();
        assert!(err.to_string().contains("deprecated itself"), "{err}");
    }

    #[test]
    fn retire_refuses_while_held_unless_revoking() {
        let (conn, change) = catalog();
        assert!(retire_scope(&conn, "old", false, &change).is_err(), "active scopes are not retired");
        store::create_role(&conn, "nurse", None, false, &change).unwrap();
        grant(&conn, "nurse", &[Grant::plain("old")], false, today(), &change).unwrap();
        deprecate_scope(&conn, "old", dep(&["new"]), today(), &change).unwrap();
        let err = retire_scope(&conn, "old", false, &change).unwrap_err().to_string();
        assert!(err.contains("role `nurse`"), "{err}");
        let done = retire_scope(&conn, "old", true, &change).unwrap();
        assert_eq!(done.revoked.roles, ["nurse"]);
        assert!(store::get_role(&conn, "nurse").unwrap().unwrap().grants.is_empty());
    }

    #[test]
    fn grants_follow_the_lifecycle_and_break_glass() {
        let (conn, change) = catalog();
        store::create_role(&conn, "er", None, true, &change).unwrap();
        assert!(grant(&conn, "er", &[Grant::plain("new")], false, today(), &change).is_err());
        let g = Grant {
            scope: "new".into(),
            justification: Some("trauma".into()),
            expires: Some(model::parse_date("2027-01-01").unwrap()),
        };
        assert_eq!(grant(&conn, "er", std::slice::from_ref(&g), false, today(), &change).unwrap().0, 1);
        let mut past = g;
        past.expires = Some(model::parse_date("2026-01-01").unwrap());
        assert!(grant(&conn, "er", &[past], false, today(), &change).is_err());
        deprecate_scope(&conn, "old", dep(&["new"]), today(), &change).unwrap();
        store::create_role(&conn, "nurse", None, false, &change).unwrap();
        let err = grant(&conn, "nurse", &[Grant::plain("old")], false, today(), &change).unwrap_err().to_string();
        assert!(err.contains("use `new` instead"), "{err}");
        let (_, warnings) = grant(&conn, "nurse", &[Grant::plain("old")], true, today(), &change).unwrap();
        assert_eq!(warnings.len(), 1);
        assert!(update_role(&conn, "nurse", None, Some(true), &change).is_err());
    }

    #[test]
    fn consent_is_minimal_and_ordered() {
        let (conn, change) = catalog();
        store::create_client(&conn, "portal", None, &change).unwrap();
        set_feature(&conn, "portal", "a", &["new".into(), "other".into()], &change).unwrap();
        set_feature(&conn, "portal", "b", &["other".into(), "old".into()], &change).unwrap();
        let (scopes, _) = consent(&conn, "portal", &["b".into(), "a".into()]).unwrap();
        assert_eq!(scopes, ["old", "other", "new"]);
        assert!(consent(&conn, "portal", &["zzz".into()]).unwrap_err().to_string().contains("it has a, b"));
    }
}
