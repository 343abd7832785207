//! `scopectl scope …`

use anyhow::{Context, Result};
use clap::{Args, Subcommand, ValueEnum};
use jiff::civil::Date;

use super::{Ctx, LISTING};
use crate::ExitStatus;
use crate::model::{Action, Scope, Sensitivity, Status, parse_date, validate_scope_name};
use crate::ops;
use crate::output::{
    self,
    catalog::{HeldBy, ScopeHistory, ScopeList, ScopeShow},
};
use crate::store::{self, ScopeFilter, ScopeRecord};

/// Scope commands.
#[derive(Debug, Subcommand)]
pub enum ScopeCmd {
    /// Add a scope to the catalog (version 1)
    #[command(
        after_help = "Example:\n  scopectl scope define view_lab_results --description \"Read a patient's lab results\" \\\n      --resource lab_results --action read --sensitivity phi --owner lab-platform"
    )]
    Define {
        /// The scope name (an RFC 6749 scope-token: printable ASCII without space, `"` or `\`)
        name: String,
        #[command(flatten)]
        fields: Fields,
    },
    /// Change a scope's definition; every change makes a new version
    Update {
        /// The scope to change
        #[arg(add = super::complete::scope_names())]
        name: String,
        #[command(flatten)]
        fields: Fields,
        /// Clear a field (repeatable)
        #[arg(long, value_enum, value_name = "FIELD")]
        clear: Vec<ClearField>,
        /// Replacement scopes (deprecated scopes only; replaces the list)
        #[arg(long = "replaced-by", value_name = "SCOPE")]
        #[arg(add = super::complete::scope_names())]
        replaced_by: Vec<String>,
        /// Sunset date, YYYY-MM-DD (deprecated scopes only)
        #[arg(long, value_parser = date_arg, value_name = "DATE")]
        sunset: Option<Date>,
        /// Deprecation reason (deprecated scopes only)
        #[arg(long)]
        reason: Option<String>,
    },
    /// List scopes
    List {
        #[arg(long, value_parser = parse_kw::<Status>, value_name = "STATUS")]
        status: Option<Status>,
        #[arg(long, value_parser = parse_kw::<Sensitivity>, value_name = "LEVEL")]
        sensitivity: Option<Sensitivity>,
        #[arg(long)]
        owner: Option<String>,
        #[arg(long)]
        resource: Option<String>,
    },
    /// Show one scope (its current version, or an older one)
    Show {
        /// The scope
        #[arg(add = super::complete::scope_names())]
        name: String,
        /// Show this version instead of the current one
        #[arg(long, value_name = "N")]
        version: Option<u32>,
    },
    /// List every version of a scope and what changed in each
    History {
        /// The scope
        #[arg(add = super::complete::scope_names())]
        name: String,
    },
    /// Deprecate an active scope: holders should move to its replacement before the sunset
    Deprecate {
        /// The scope
        #[arg(add = super::complete::scope_names())]
        name: String,
        /// Why it is deprecated (required)
        #[arg(long)]
        reason: String,
        /// The active scope(s) that replace it (repeatable)
        #[arg(long = "replaced-by", value_name = "SCOPE")]
        #[arg(add = super::complete::scope_names())]
        replaced_by: Vec<String>,
        /// The date after which it should be retired, YYYY-MM-DD (today or later)
        #[arg(long, value_parser = date_arg, value_name = "DATE")]
        sunset: Option<Date>,
    },
    /// Return a deprecated scope to active use
    Reinstate {
        /// The scope
        #[arg(add = super::complete::scope_names())]
        name: String,
    },
    /// Retire a deprecated scope; refused while any role or client still holds it
    Retire {
        /// The scope
        #[arg(add = super::complete::scope_names())]
        name: String,
        /// Take the scope from every role and client feature that holds it, in the same change
        #[arg(long)]
        revoke_grants: bool,
    },
}

/// The definition fields `define` and `update` take.
#[derive(Debug, Args)]
pub struct Fields {
    /// What the scope lets its holder do, in a sentence
    #[arg(long)]
    description: Option<String>,
    /// The data type it guards (e.g. lab_results, or a FHIR resource type)
    #[arg(long)]
    resource: Option<String>,
    /// An action it allows (repeatable; on update, replaces the list)
    #[arg(long = "action", value_parser = parse_kw::<Action>, value_name = "ACTION")]
    actions: Vec<Action>,
    /// public, internal, confidential, pii or phi
    #[arg(long, value_parser = parse_kw::<Sensitivity>, value_name = "LEVEL")]
    sensitivity: Option<Sensitivity>,
    /// The team accountable for it
    #[arg(long)]
    owner: Option<String>,
    /// A tag (repeatable; on update, replaces the list)
    #[arg(long = "tag", value_name = "TAG")]
    tags: Vec<String>,
}

impl Fields {
    fn apply_to(self, s: &mut Scope) {
        if let Some(v) = self.description {
            s.description = Some(v);
        }
        if let Some(v) = self.resource {
            s.resource = Some(v);
        }
        if !self.actions.is_empty() {
            s.actions = self.actions;
        }
        if let Some(v) = self.sensitivity {
            s.sensitivity = Some(v);
        }
        if let Some(v) = self.owner {
            s.owner = Some(v);
        }
        if !self.tags.is_empty() {
            s.tags = self.tags;
        }
    }
}

/// Fields `scope update --clear` can empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ClearField {
    Description,
    Resource,
    Actions,
    Sensitivity,
    Owner,
    Tags,
}

/// Parses a keyword enum (`phi`, `read`, `deprecated`) with the model's own message.
pub(crate) fn parse_kw<T: std::str::FromStr<Err = String>>(s: &str) -> Result<T, String> {
    s.parse()
}

/// Parses a `YYYY-MM-DD` flag value.
pub(crate) fn date_arg(s: &str) -> Result<Date, String> {
    parse_date(s)
}

/// Runs a scope command.
///
/// # Errors
/// Whatever keeps the command from doing what was asked.
pub fn run(cmd: ScopeCmd, ctx: &Ctx) -> Result<ExitStatus> {
    match cmd {
        ScopeCmd::Define { name, fields } => {
            ctx.format("scope define", LISTING)?;
            // Refuse a bad name before the catalog is created or touched.
            validate_scope_name(&name)
                .with_context(|| format!("invalid scope name `{}`", crate::model::shown(&name)))?;
            let mut scope = Scope::new(name);
            fields.apply_to(&mut scope);
            let mut conn = ctx.open_for_write()?;
            let change = ctx.change("scope define");
            let rec = store::write(&mut conn, |tx| ops::define_scope(tx, scope, &change))?;
            ctx.msg.note(format_args!("defined scope `{}` (version 1)", rec.scope.name));
            show_result(ctx, &conn, rec)
        }
        ScopeCmd::Update { name, fields, clear, replaced_by, sunset, reason } => {
            ctx.format("scope update", LISTING)?;
            let mut conn = ctx.open()?;
            let change = ctx.change("scope update");
            let (before, after) = store::write(&mut conn, |tx| {
                ops::update_scope(tx, &name, &change, |s| {
                    fields.apply_to(s);
                    for field in &clear {
                        match field {
                            ClearField::Description => s.description = None,
                            ClearField::Resource => s.resource = None,
                            ClearField::Actions => s.actions.clear(),
                            ClearField::Sensitivity => s.sensitivity = None,
                            ClearField::Owner => s.owner = None,
                            ClearField::Tags => s.tags.clear(),
                        }
                    }
                    let deprecation_edit = !replaced_by.is_empty() || sunset.is_some() || reason.is_some();
                    if deprecation_edit && s.status != Status::Deprecated {
                        anyhow::bail!(
                            "--replaced-by, --sunset and --reason change a deprecation; `{}` is {} (use `scopectl scope deprecate`)",
                            s.name,
                            s.status
                        );
                    }
                    if !replaced_by.is_empty() {
                        s.replaced_by.clone_from(&replaced_by);
                    }
                    if let Some(d) = sunset {
                        s.sunset = Some(d);
                    }
                    if let Some(r) = &reason {
                        s.reason = Some(r.clone());
                    }
                    Ok(())
                })
            })?;
            if before.version == after.version {
                ctx.msg.note(format_args!("scope `{name}` already has those values; no new version"));
            } else {
                ctx.msg.note(format_args!("updated scope `{name}` to version {}", after.version));
            }
            show_result(ctx, &conn, after)
        }
        ScopeCmd::List { status, sensitivity, owner, resource } => {
            let format = ctx.format("scope list", LISTING)?;
            let conn = ctx.open()?;
            let scopes = store::list_scopes(&conn, &ScopeFilter { status, sensitivity, owner, resource })?;
            output::emit(&ScopeList(scopes), format)?;
            Ok(ExitStatus::Success)
        }
        ScopeCmd::Show { name, version } => {
            let format = ctx.format("scope show", LISTING)?;
            let conn = ctx.open()?;
            let current = ops::require_scope(&conn, &name)?;
            let record = match version {
                None => current.clone(),
                Some(v) => store::get_scope_version(&conn, &name, v)?.with_context(|| {
                    format!("scope `{name}` has no version {v}; its versions are 1 to {}", current.version)
                })?,
            };
            let view = ScopeShow {
                record,
                latest_version: current.version,
                held_by: HeldBy::from(store::holders(&conn, &name)?),
            };
            output::emit(&view, format)?;
            Ok(ExitStatus::Success)
        }
        ScopeCmd::History { name } => {
            let format = ctx.format("scope history", LISTING)?;
            let conn = ctx.open()?;
            ops::require_scope(&conn, &name)?;
            output::emit(&ScopeHistory(store::scope_history(&conn, &name)?), format)?;
            Ok(ExitStatus::Success)
        }
        ScopeCmd::Deprecate { name, reason, replaced_by, sunset } => {
            ctx.format("scope deprecate", LISTING)?;
            let mut conn = ctx.open()?;
            let change = ctx.change("scope deprecate");
            let dep = ops::Deprecation { replaced_by, sunset, reason };
            let rec = store::write(&mut conn, |tx| ops::deprecate_scope(tx, &name, dep, ctx.today(), &change))?;
            let holders = store::holders(&conn, &name)?;
            ctx.msg.note(format_args!("deprecated scope `{name}` (version {})", rec.version));
            if !holders.is_empty() {
                ctx.msg.warn(format_args!("`{name}` is still held by {}", ops::describe_holders(&holders)));
            }
            show_result(ctx, &conn, rec)
        }
        ScopeCmd::Reinstate { name } => {
            ctx.format("scope reinstate", LISTING)?;
            let mut conn = ctx.open()?;
            let change = ctx.change("scope reinstate");
            let (_, rec) = store::write(&mut conn, |tx| {
                ops::update_scope(tx, &name, &change, |s| {
                    s.status = s.status.reinstate()?;
                    s.replaced_by.clear();
                    s.sunset = None;
                    s.reason = None;
                    Ok(())
                })
            })?;
            ctx.msg.note(format_args!("reinstated scope `{name}` (version {})", rec.version));
            show_result(ctx, &conn, rec)
        }
        ScopeCmd::Retire { name, revoke_grants } => {
            ctx.format("scope retire", LISTING)?;
            let mut conn = ctx.open()?;
            let change = ctx.change("scope retire");
            let done = store::write(&mut conn, |tx| ops::retire_scope(tx, &name, revoke_grants, &change))?;
            if !done.revoked.is_empty() {
                ctx.msg.note(format_args!("revoked `{name}` from {}", ops::describe_holders(&done.revoked)));
            }
            let rec = done.record.context("retirement recorded no version")?;
            ctx.msg.note(format_args!("retired scope `{name}` (version {})", rec.version));
            show_result(ctx, &conn, rec)
        }
    }
}

/// After a change: the resulting scope as JSON/CSV when asked for, else nothing more on stdout.
fn show_result(ctx: &Ctx, conn: &rusqlite::Connection, record: ScopeRecord) -> Result<ExitStatus> {
    if let Some(format) = ctx.result_format() {
        let held_by = HeldBy::from(store::holders(conn, &record.scope.name)?);
        output::emit(&ScopeShow { latest_version: record.version, record, held_by }, format)?;
    }
    Ok(ExitStatus::Success)
}
