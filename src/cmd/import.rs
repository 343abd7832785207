//! `scopectl import`: adopt scopes that already live in an authorization server's configuration
//! or an API's OpenAPI document, as a `scopes.toml` to review (the default) or straight into the
//! catalog (`--apply`).

use std::path::PathBuf;

use anyhow::{Context as _, Result, anyhow, bail};
use clap::{Args, Subcommand};

use super::Ctx;
use crate::ExitStatus;
use crate::interop::{self, Imported};
use crate::output::{self, Format};
use crate::scopeset::{self, LoadError, write};

/// `scopectl import`.
#[derive(Debug, Subcommand)]
pub enum ImportCmd {
    /// Read a Keycloak realm export (kc.sh export or the admin console's partial export)
    #[command(after_help = "Maps clientScopes to scopes, realm and client roles to roles, scopeMappings and \
clientScopeMappings to grants, and clients' default and optional client scopes to clients.\n\n\
Examples:\n  scopectl import keycloak realm-export.json -o scopes.toml\n  \
scopectl import keycloak export.json --realm clinic\n  scopectl import keycloak realm-export.json --apply")]
    Keycloak(KeycloakArgs),
    /// Read an Auth0 tenant in the Deploy CLI format (tenant.yaml or a directory export)
    #[command(after_help = "Maps resourceServers[].scopes to scopes, roles[].permissions to grants and \
clientGrants to clients.\n\n\
Examples:\n  scopectl import auth0 tenant.yaml -o scopes.toml\n  scopectl import auth0 ./tenant-export/ --apply")]
    Auth0(Auth0Args),
    /// Read the OAuth scopes and operation requirements of an OpenAPI 3.0 or 3.1 document
    #[command(after_help = "Takes scopes from components.securitySchemes.*.flows.*.scopes and records what \
each operation's security requirements ask for, so `scopectl lint` can check them.\n\n\
Examples:\n  scopectl import openapi openapi.yaml -o scopes.toml\n  scopectl lint --openapi openapi.yaml")]
    Openapi(OpenapiArgs),
}

/// Where an import goes: a file, stdout or the catalog.
#[derive(Debug, Args)]
#[command(next_help_heading = "Output")]
pub struct Destination {
    /// Write the scopes.toml to this file instead of standard output
    #[arg(short, long, value_name = "FILE", conflicts_with = "apply")]
    pub output: Option<PathBuf>,
    /// Apply the imported set to the catalog (in one transaction) instead of printing it
    #[arg(long)]
    pub apply: bool,
    /// With --apply: deprecate active catalog scopes the import does not have
    #[arg(long, requires = "apply")]
    pub deprecate_missing: bool,
    /// With --deprecate-missing: go ahead even when that deprecates every active scope of the catalog
    #[arg(long, requires = "deprecate_missing")]
    pub allow_deprecate_all: bool,
}

/// `scopectl import keycloak`.
#[derive(Debug, Args)]
pub struct KeycloakArgs {
    /// The realm export (JSON); `-` reads standard input
    #[arg(value_name = "REALM.json")]
    pub file: PathBuf,
    /// The realm to read when the file holds several
    #[arg(long, value_name = "NAME")]
    pub realm: Option<String>,
    #[command(flatten)]
    pub to: Destination,
}

/// `scopectl import auth0`.
#[derive(Debug, Args)]
pub struct Auth0Args {
    /// tenant.yaml, or the directory the Deploy CLI exported; `-` reads a tenant.yaml from standard input
    #[arg(value_name = "TENANT.yaml|DIR")]
    pub path: PathBuf,
    #[command(flatten)]
    pub to: Destination,
}

/// `scopectl import openapi`.
#[derive(Debug, Args)]
pub struct OpenapiArgs {
    /// The OpenAPI document (YAML or JSON); `-` reads standard input
    #[arg(value_name = "SPEC")]
    pub file: PathBuf,
    #[command(flatten)]
    pub to: Destination,
}

/// Runs `scopectl import …`.
///
/// # Errors
/// When the input is refused, the output cannot be written, or the catalog refuses the set.
pub fn run(cmd: ImportCmd, ctx: &Ctx) -> Result<ExitStatus> {
    let (read, to) = match &cmd {
        ImportCmd::Keycloak(a) => {
            let read = scopeset::read_text(&a.file, "a Keycloak realm export (JSON)")
                .and_then(|(label, text)| interop::keycloak::import(&label, &text, a.realm.as_deref()));
            (read, &a.to)
        }
        ImportCmd::Auth0(a) => (interop::auth0::import(&a.path), &a.to),
        ImportCmd::Openapi(a) => {
            let read = scopeset::read_text(&a.file, "an OpenAPI document (YAML or JSON)")
                .and_then(|(label, text)| interop::openapi::import(&label, &text));
            (read, &a.to)
        }
    };
    // Check the format before reporting anything about the input: a bad flag is bad usage.
    let format = if to.apply {
        ctx.format("import --apply", &[Format::Table, Format::Json])?
    } else {
        ctx.format("import", &[Format::Toml, Format::Json])?
    };
    let imported = read.map_err(refused)?;
    finish(&imported, to, format, ctx)
}

/// A refused input: one `error:` sentence, then the located problems.
fn refused(e: LoadError) -> anyhow::Error {
    match e.text {
        None => anyhow!(e.summary()),
        Some(_) => anyhow!("{}:\n{e}", e.summary()),
    }
}

fn finish(imported: &Imported, to: &Destination, format: Format, ctx: &Ctx) -> Result<ExitStatus> {
    let label = &imported.source.path;
    let set = &imported.set;
    let toml = write::to_toml(set);
    // What is printed must load: a set the loader would refuse is a bug in a reader, not the user's.
    if let Err(e) = scopeset::load_str(label, &toml) {
        bail!("the set read from {label} does not load back as a scopes.toml; this is a bug in scopectl:\n{e}");
    }
    let unmapped = imported.unmapped_lines();
    for line in &unmapped {
        ctx.msg.warn(line);
    }
    let skipped = match unmapped.len() {
        0 => String::new(),
        1 => "; 1 item was not imported (see the warning above)".to_owned(),
        n => format!("; {n} items were not imported (see the warnings above)"),
    };
    ctx.msg.note(format_args!(
        "read {} scopes, {} roles and {} clients from {label}{skipped}",
        set.scopes.len(),
        set.roles.len(),
        set.clients.len()
    ));
    if !set.operations.is_empty() {
        let n = set.operations.len();
        ctx.msg.note(format_args!(
            "recorded the security requirements of {n} operation{}, which `scopectl lint` checks",
            if n == 1 { "" } else { "s" }
        ));
    }
    if to.apply {
        let missing = super::apply::Missing { deprecate: to.deprecate_missing, allow_all: to.allow_deprecate_all };
        return super::apply::apply_set(set, label, missing, ctx, format);
    }
    let text = if format == Format::Json { write::to_json(set)? } else { toml };
    match &to.output {
        Some(path) => {
            std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))?;
            ctx.msg.note(format_args!("wrote {}", path.display()));
        }
        None => output::text(&text)?,
    }
    Ok(ExitStatus::Success)
}
