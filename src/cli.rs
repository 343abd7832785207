//! The command line: global flags and the command enum. Each noun's verbs live beside their
//! handler in `cmd/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::cmd;
use crate::output::Format;

/// Govern OAuth scopes for APIs that serve health data.
///
/// scopectl keeps a catalog of scopes with versions and a lifecycle, the roles and clients that
/// hold them, and a tamper-evident log of every change, so that each app and role holds only the
/// scopes its task needs (HIPAA's "minimum necessary" rule).
#[derive(Debug, Parser)]
#[command(name = "scopectl", version, max_term_width = 100)]
#[command(after_help = "Start with `scopectl scope define --help`, or see the README for a tour.")]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Flags every command takes.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// The catalog database [default: the platform data directory, e.g.
    /// ~/.local/share/scopectl/catalog.db]
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        env = "SCOPECTL_DB",
        hide_env_values = true,
        value_name = "PATH"
    )]
    pub db: Option<PathBuf>,

    /// Output format; each command says which it supports [default: table]
    #[arg(long, global = true, help_heading = "Global options", value_enum, value_name = "FORMAT")]
    pub format: Option<FormatArg>,

    /// When to use colour (NO_COLOR is honoured under `auto`)
    #[arg(long, global = true, help_heading = "Global options", value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,

    /// Print no status messages (warnings and errors still go to stderr)
    #[arg(short, long, global = true, help_heading = "Global options")]
    pub quiet: bool,

    /// Who is making the change, for the change log [default: $USER]
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        env = "SCOPECTL_ACTOR",
        hide_env_values = true,
        value_name = "NAME"
    )]
    pub actor: Option<String>,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Define, update, deprecate and retire scopes
    #[command(subcommand)]
    Scope(cmd::scope::ScopeCmd),
    /// Manage roles and the scopes they hold
    #[command(subcommand)]
    Role(cmd::role::RoleCmd),
    /// Manage clients (apps) and the scopes each feature needs
    #[command(subcommand)]
    Client(cmd::client::ClientCmd),
    /// Print the minimal scope string a client should request for some features
    Consent(cmd::client::ConsentArgs),
    /// Show the change log
    Log(cmd::log::LogArgs),
    /// Check the change log's hash chain and the database's integrity
    Verify(cmd::log::VerifyArgs),
    /// Name points in the change log, to version whole scope sets
    #[command(subcommand)]
    Tag(cmd::log::TagCmd),
    /// Show what `apply` would change to make the catalog match a scopes.toml
    Plan(cmd::apply::PlanArgs),
    /// Make the catalog match a scopes.toml, in one transaction
    Apply(cmd::apply::ApplyArgs),
    /// Print the catalog as a scopes.toml, JSON, or a Keycloak, Auth0 or OpenAPI document
    Export(cmd::export::ExportArgs),
    /// Read scopes from a Keycloak realm, an Auth0 tenant or an OpenAPI document
    #[command(subcommand)]
    Import(cmd::import::ImportCmd),
    /// Compare two scope sets (files, tags or the catalog) and flag privilege widening
    Diff(cmd::diff::DiffArgs),
    /// Import access logs and audit how scopes are used
    #[command(subcommand)]
    Audit(cmd::audit::AuditCmd),
    /// Print a shell completion script
    Completions(cmd::completions::CompletionsArgs),
    /// Check scope sets (files, stdin, OpenAPI documents or the catalog) against the lint rules
    Lint(cmd::lint::LintArgs),
    /// Explain one lint rule
    Rule(cmd::lint::RuleArgs),
    /// List the lint rules
    Rules,
    /// Reports for reviewers and scripts: access matrix, PHI, lifecycle, access review, HTML
    #[command(subcommand)]
    Report(cmd::report::ReportCmd),
    /// Write one man page per command into a directory
    Man(cmd::man::ManArgs),
}

/// `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Tables and text for people
    #[value(alias = "human")]
    Table,
    /// One JSON document with stable snake_case keys
    Json,
    /// Comma-separated values with a header row
    Csv,
    /// Markdown (reports, diffs)
    Markdown,
    /// A self-contained HTML page (reports)
    Html,
    /// A scopes.toml document (export)
    Toml,
    /// SARIF 2.1.0 (lint)
    Sarif,
    /// GitHub Actions workflow commands (lint)
    Github,
    /// JUnit XML (lint)
    Junit,
    /// A Keycloak realm file: client scopes, roles, scope mappings, clients (export)
    Keycloak,
    /// An Auth0 Deploy CLI tenant.yaml (export)
    Auth0,
    /// The `scopes` map of an OpenAPI OAuth flow, as YAML (export)
    OpenapiScopes,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Table => Format::Table,
            FormatArg::Json => Format::Json,
            FormatArg::Csv => Format::Csv,
            FormatArg::Markdown => Format::Markdown,
            FormatArg::Html => Format::Html,
            FormatArg::Toml => Format::Toml,
            FormatArg::Sarif => Format::Sarif,
            FormatArg::Github => Format::Github,
            FormatArg::Junit => Format::Junit,
            FormatArg::Keycloak => Format::Keycloak,
            FormatArg::Auth0 => Format::Auth0,
            FormatArg::OpenapiScopes => Format::OpenapiScopes,
        }
    }
}

/// `--color` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cli_is_well_formed() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
