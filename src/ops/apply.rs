//! `apply`: carries out a [`Plan`] through the same operations the scope, role and client
//! commands use, so every change is logged and every lifecycle rule holds. The caller runs it in
//! one transaction: the first refusal rolls back everything.

use anyhow::{Context, Result, bail};
use jiff::civil::Date;
use rusqlite::Connection;

use super::{describe_holders, update_scope};
use crate::catalog::plan::{ClientStep, Op, Plan, RoleStep, ScopeOp, ScopeStep};
use crate::model::{Grant, Scope, Status};
use crate::store::{self, Change};

/// Makes the catalog match the file the plan was made from. Returns warnings to show.
///
/// The order keeps every intermediate state valid: new scopes are defined (active) first, then
/// the scopes that end active are updated or reinstated, then those that end deprecated or
/// retired get their deprecated definition (every replacement is in its final state by then),
/// then roles and clients change (grants of deprecated scopes are allowed, with a warning), and
/// scopes are retired last, once the file's roles and features have let go of them.
///
/// # Errors
/// The first change the catalog refuses (the caller's transaction then rolls back).
pub fn apply(conn: &Connection, plan: &Plan, today: Date, change: &Change) -> Result<Vec<String>> {
    let mut warnings = Vec::new();
    let ends_active = |s: &&ScopeStep| s.scope.status == Status::Active;
    for step in plan.scopes.iter().filter(|s| s.op == ScopeOp::Add) {
        super::define_scope(conn, active(&step.scope), change)
            .with_context(|| format!("cannot define scope `{}`", step.name))?;
    }
    for step in plan.scopes.iter().filter(|s| s.op != ScopeOp::Add).filter(ends_active) {
        update_active(conn, step, change).with_context(|| format!("cannot apply scope `{}`", step.name))?;
    }
    for step in replacements_last(plan.scopes.iter().filter(|s| !ends_active(s)).collect()) {
        deprecate(conn, step, today, change, &mut warnings)
            .with_context(|| format!("cannot apply scope `{}`", step.name))?;
    }
    for step in &plan.roles {
        warnings.extend(role(conn, step, today, change).with_context(|| format!("cannot apply role `{}`", step.name))?);
    }
    for step in &plan.clients {
        warnings.extend(client(conn, step, change).with_context(|| format!("cannot apply client `{}`", step.name))?);
    }
    for step in plan.scopes.iter().filter(|s| s.scope.status == Status::Retired) {
        retire(conn, &step.name, change).with_context(|| format!("cannot retire scope `{}`", step.name))?;
    }
    Ok(warnings)
}

/// Orders deprecations so that a scope named as another's replacement is deprecated after it:
/// a deprecation needs active replacements, and the catalog may hold a deprecated scope whose
/// replacement was deprecated later. A cycle keeps its order (the catalog then refuses it).
fn replacements_last(mut pending: Vec<&ScopeStep>) -> Vec<&ScopeStep> {
    let mut ordered = Vec::with_capacity(pending.len());
    while !pending.is_empty() {
        let named = |s: &ScopeStep| pending.iter().any(|p| p.scope.replaced_by.contains(&s.name));
        let next = pending.iter().position(|s| !named(s)).unwrap_or(0);
        ordered.push(pending.remove(next));
    }
    ordered
}

/// The definition without its lifecycle: what a scope looks like while it is still active.
fn active(scope: &Scope) -> Scope {
    Scope { status: Status::Active, replaced_by: Vec::new(), sunset: None, reason: None, ..scope.clone() }
}

/// Updates or reinstates a scope that the file keeps (or makes) active.
fn update_active(conn: &Connection, step: &ScopeStep, change: &Change) -> Result<()> {
    let current = super::require_scope(conn, &step.name)?;
    if current.scope.status == Status::Retired {
        bail!(
            "it is retired in the catalog and the file makes it active; a retired scope stays retired (define a new scope instead)"
        );
    }
    update_scope(conn, &step.name, change, |s| {
        *s = step.scope.clone();
        Ok(())
    })?;
    Ok(())
}

/// Brings a scope the file deprecates or retires to its deprecated definition.
fn deprecate(
    conn: &Connection,
    step: &ScopeStep,
    today: Date,
    change: &Change,
    warnings: &mut Vec<String>,
) -> Result<()> {
    let target = Scope { status: Status::Deprecated, ..step.scope.clone() };
    if target.reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
        bail!("the file gives no `reason`; a deprecation needs one so holders know why to move");
    }
    if let Some(sunset) = target.sunset
        && sunset < today
        && step.scope.status == Status::Deprecated
    {
        warnings.push(format!("scope `{}` has a sunset ({sunset}) that has passed; retire it", step.name));
    }
    update_scope(conn, &step.name, change, |s| {
        *s = target;
        Ok(())
    })?;
    Ok(())
}

fn retire(conn: &Connection, name: &str, change: &Change) -> Result<()> {
    let holders = store::holders(conn, name)?;
    if !holders.is_empty() {
        bail!("it is still held by {}, which the file does not change", describe_holders(&holders));
    }
    super::retire_scope(conn, name, false, change)?;
    Ok(())
}

fn role(conn: &Connection, step: &RoleStep, today: Date, change: &Change) -> Result<Vec<String>> {
    let description = step.description.as_deref();
    match step.op {
        Op::Add => store::create_role(conn, &step.name, description, step.break_glass, change)?,
        // A role leaving break-glass does so before its grants change, one entering it after,
        // so that the break-glass rule is checked against the grants it will hold.
        Op::Update if !step.break_glass => {
            super::update_role(conn, &step.name, Some(step.description.clone()), Some(false), change)?;
        }
        Op::Update | Op::Remove => {}
    }
    for g in step.grants.iter().filter(|g| g.op == Op::Remove) {
        store::revoke(conn, &step.name, &g.grant.scope, change)?;
    }
    let grants: Vec<Grant> = step.grants.iter().filter(|g| g.op != Op::Remove).map(|g| g.grant.clone()).collect();
    let policy = super::GrantPolicy { allow_deprecated: true, allow_expired: true };
    let (_, warnings) = super::grant_with(conn, &step.name, &grants, policy, today, change)?;
    if step.op == Op::Update && step.break_glass {
        super::update_role(conn, &step.name, Some(step.description.clone()), Some(true), change)?;
    }
    Ok(warnings)
}

fn client(conn: &Connection, step: &ClientStep, change: &Change) -> Result<Vec<String>> {
    let description = step.description.as_deref();
    match step.op {
        Op::Add => store::create_client(conn, &step.name, description, change)?,
        Op::Update if !step.fields.is_empty() => store::update_client(conn, &step.name, description, change)?,
        Op::Update | Op::Remove => {}
    }
    let mut warnings = Vec::new();
    for f in &step.features {
        if f.op == Op::Remove {
            store::remove_feature(conn, &step.name, &f.feature, change)?;
        } else {
            warnings.extend(super::set_feature(conn, &step.name, &f.feature, &f.scopes, change)?);
        }
    }
    Ok(warnings)
}
