//! `scopectl export`: the catalog as a scope set, now or at a tag.

use anyhow::{Context, Result};
use clap::Args;
use rusqlite::Connection;

use super::Ctx;
use crate::ExitStatus;
use crate::interop;
use crate::model::ScopeSet;
use crate::output::{self, Format};
use crate::scopeset::write;
use crate::store;

/// `scopectl export`.
#[derive(Debug, Args)]
#[command(after_help = "Formats: toml (default), json, keycloak (a realm file with client scopes, roles, scope\n\
mappings and clients, for `kc.sh import` or creating a realm from a file; Keycloak's partial import\n\
takes no client scopes), auth0 (a Deploy CLI tenant.yaml), openapi-scopes (an OAuth flow's scopes map).\n\n\
`scopectl export > scopes.toml` then `scopectl apply scopes.toml` on an empty catalog\n\
reproduces this one, and exporting that gives the same bytes.")]
pub struct ExportArgs {
    /// Export the catalog as it was when this tag was created
    #[arg(long, value_name = "TAG")]
    pub at: Option<String>,
}

/// The catalog as it was at the tag `name`.
///
/// # Errors
/// When there is no such tag or the change log cannot be replayed.
pub fn at_tag(conn: &Connection, name: &str) -> Result<ScopeSet> {
    let tag = store::get_tag(conn, name)?
        .with_context(|| format!("no tag named `{name}`; `scopectl tag list` shows the tags"))?;
    store::snapshot_at(conn, tag.seq)
}

/// Prints the catalog (or its state at a tag) as TOML or JSON.
///
/// # Errors
/// When the catalog or the tag cannot be read.
pub fn run(args: &ExportArgs, ctx: &Ctx) -> Result<ExitStatus> {
    let format =
        ctx.format("export", &[Format::Toml, Format::Json, Format::Keycloak, Format::Auth0, Format::OpenapiScopes])?;
    let conn = ctx.open()?;
    let set = match &args.at {
        Some(tag) => at_tag(&conn, tag)?,
        None => store::snapshot(&conn)?,
    };
    let text = match format {
        Format::Json => write::to_json(&set)?,
        Format::Keycloak => interop::keycloak::export(&set)?,
        Format::Auth0 => interop::auth0::export(&set)?,
        Format::OpenapiScopes => interop::openapi::export_scopes(&set)?,
        _ => write::to_toml(&set),
    };
    output::text(&text)?;
    Ok(ExitStatus::Success)
}
