//! `scopectl role …`

use anyhow::{Context, Result};
use clap::Subcommand;
use jiff::civil::Date;

use super::scope::date_arg;
use super::{Ctx, LISTING};
use crate::ExitStatus;
use crate::model::{Grant, validate_name};
use crate::ops;
use crate::output::{
    self,
    catalog::{RoleList, RoleShow},
};
use crate::store;

/// Role commands.
#[derive(Debug, Subcommand)]
pub enum RoleCmd {
    /// Add a role
    Create {
        /// The role name (e.g. lab_technician)
        name: String,
        #[arg(long)]
        description: Option<String>,
        /// Emergency access: every grant must carry a justification and an expiry
        #[arg(long)]
        break_glass: bool,
    },
    /// Change a role's description or break-glass flag
    Update {
        /// The role
        #[arg(add = super::complete::role_names())]
        name: String,
        #[arg(long)]
        description: Option<String>,
        /// Mark (true) or unmark (false) the role as break-glass
        #[arg(long, value_name = "BOOL")]
        break_glass: Option<bool>,
    },
    /// Delete a role and all its grants
    Delete {
        /// The role
        #[arg(add = super::complete::role_names())]
        name: String,
    },
    /// List roles
    List,
    /// Show a role and its grants
    Show {
        /// The role
        #[arg(add = super::complete::role_names())]
        name: String,
    },
    /// Grant scopes to a role
    #[command(
        after_help = "Example:\n  scopectl role grant lab_technician view_lab_results --justification \"Reads results to release them\""
    )]
    Grant {
        /// The role
        #[arg(add = super::complete::role_names())]
        role: String,
        /// The scopes to grant
        #[arg(required = true)]
        #[arg(add = super::complete::scope_names())]
        scopes: Vec<String>,
        /// Why the role needs them
        #[arg(long)]
        justification: Option<String>,
        /// When the grants lapse, YYYY-MM-DD
        #[arg(long, value_parser = date_arg, value_name = "DATE")]
        expires: Option<Date>,
        /// Grant a deprecated scope anyway (its replacement is named in a warning)
        #[arg(long)]
        allow_deprecated: bool,
    },
    /// Take scopes away from a role
    Revoke {
        /// The role
        #[arg(add = super::complete::role_names())]
        role: String,
        /// The scopes
        #[arg(required = true)]
        #[arg(add = super::complete::scope_names())]
        scopes: Vec<String>,
    },
}

/// Runs a role command.
///
/// # Errors
/// Whatever keeps the command from doing what was asked.
pub fn run(cmd: RoleCmd, ctx: &Ctx) -> Result<ExitStatus> {
    match cmd {
        RoleCmd::Create { name, description, break_glass } => {
            ctx.format("role create", LISTING)?;
            validate_name(&name).with_context(|| format!("invalid role name `{}`", crate::model::shown(&name)))?;
            let mut conn = ctx.open_for_write()?;
            let change = ctx.change("role create");
            store::write(&mut conn, |tx| store::create_role(tx, &name, description.as_deref(), break_glass, &change))?;
            ctx.msg.note(format_args!("created role `{name}`"));
            show_result(ctx, &conn, &name)
        }
        RoleCmd::Update { name, description, break_glass } => {
            ctx.format("role update", LISTING)?;
            let mut conn = ctx.open()?;
            let change = ctx.change("role update");
            store::write(&mut conn, |tx| ops::update_role(tx, &name, description.map(Some), break_glass, &change))?;
            ctx.msg.note(format_args!("updated role `{name}`"));
            show_result(ctx, &conn, &name)
        }
        RoleCmd::Delete { name } => {
            ctx.format("role delete", LISTING)?;
            let mut conn = ctx.open()?;
            let change = ctx.change("role delete");
            store::write(&mut conn, |tx| store::delete_role(tx, &name, &change))?;
            ctx.msg.note(format_args!("deleted role `{name}`"));
            Ok(ExitStatus::Success)
        }
        RoleCmd::List => {
            let format = ctx.format("role list", LISTING)?;
            let conn = ctx.open()?;
            output::emit(&RoleList(store::list_roles(&conn)?), format)?;
            Ok(ExitStatus::Success)
        }
        RoleCmd::Show { name } => {
            let format = ctx.format("role show", LISTING)?;
            let conn = ctx.open()?;
            let role = store::get_role(&conn, &name)?.with_context(|| format!("no role named `{name}`"))?;
            output::emit(&RoleShow(role), format)?;
            Ok(ExitStatus::Success)
        }
        RoleCmd::Grant { role, scopes, justification, expires, allow_deprecated } => {
            ctx.format("role grant", LISTING)?;
            let grants: Vec<Grant> = scopes
                .iter()
                .map(|s| Grant { scope: s.clone(), justification: justification.clone(), expires })
                .collect();
            let mut conn = ctx.open()?;
            let change = ctx.change("role grant");
            let (changed, warnings) =
                store::write(&mut conn, |tx| ops::grant(tx, &role, &grants, allow_deprecated, ctx.today(), &change))?;
            for w in warnings {
                ctx.msg.warn(w);
            }
            ctx.msg.note(format_args!("granted {} to role `{role}` ({changed} changed)", scopes.join(" ")));
            show_result(ctx, &conn, &role)
        }
        RoleCmd::Revoke { role, scopes } => {
            ctx.format("role revoke", LISTING)?;
            let mut conn = ctx.open()?;
            let change = ctx.change("role revoke");
            let missing = store::write(&mut conn, |tx| {
                let mut missing = Vec::new();
                for s in &scopes {
                    if !store::revoke(tx, &role, s, &change)? {
                        missing.push(s.clone());
                    }
                }
                Ok(missing)
            })?;
            for s in &missing {
                ctx.msg.warn(format_args!("role `{role}` did not hold `{s}`"));
            }
            ctx.msg.note(format_args!("revoked {} from role `{role}`", scopes.len() - missing.len()));
            show_result(ctx, &conn, &role)
        }
    }
}

fn show_result(ctx: &Ctx, conn: &rusqlite::Connection, name: &str) -> Result<ExitStatus> {
    if let Some(format) = ctx.result_format() {
        let role = store::get_role(conn, name)?.with_context(|| format!("no role named `{name}`"))?;
        output::emit(&RoleShow(role), format)?;
    }
    Ok(ExitStatus::Success)
}
