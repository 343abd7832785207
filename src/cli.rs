//! The command line: global flags and the command enum. Each noun's verbs live beside their
//! handler in `cmd/`.

use std::cell::Cell;
use std::path::PathBuf;

use clap::{ArgMatches, Args, FromArgMatches, Parser, Subcommand, ValueEnum};

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

    /// Refuse a file or standard input larger than this many MiB
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        env = "SCOPECTL_MAX_INPUT_MIB",
        hide_env_values = true,
        default_value_t = crate::input::DEFAULT_MAX_INPUT_MIB,
        value_name = "MIB"
    )]
    pub max_input_mib: u64,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Define, update, deprecate and retire scopes
    #[command(subcommand)]
    Scope(Lazy<cmd::scope::ScopeCmd>),
    /// Manage roles and the scopes they hold
    #[command(subcommand)]
    Role(Lazy<cmd::role::RoleCmd>),
    /// Manage clients (apps) and the scopes each feature needs
    #[command(subcommand)]
    Client(Lazy<cmd::client::ClientCmd>),
    /// Print the minimal scope string a client should request for some features
    Consent(Lazy<cmd::client::ConsentArgs>),
    /// Show the change log
    // Not `Lazy`: its `--actor` filter shadows the global `--actor`, which clap allows only when
    // the subcommand's own arguments exist before the global ones are propagated into it.
    Log(cmd::log::LogArgs),
    /// Check the change log's hash chain and the database's integrity
    Verify(Lazy<cmd::log::VerifyArgs>),
    /// Name points in the change log, to version whole scope sets
    #[command(subcommand)]
    Tag(Lazy<cmd::log::TagCmd>),
    /// Show what `apply` would change to make the catalog match a scopes.toml
    Plan(Lazy<cmd::apply::PlanArgs>),
    /// Make the catalog match a scopes.toml, in one transaction
    Apply(Lazy<cmd::apply::ApplyArgs>),
    /// Print the catalog as a scopes.toml, JSON, or a Keycloak, Auth0 or OpenAPI document
    Export(Lazy<cmd::export::ExportArgs>),
    /// Read scopes from a Keycloak realm, an Auth0 tenant or an OpenAPI document
    #[command(subcommand)]
    Import(Lazy<cmd::import::ImportCmd>),
    /// Compare two scope sets (files, tags or the catalog) and flag privilege widening
    Diff(Lazy<cmd::diff::DiffArgs>),
    /// Import access logs and audit how scopes are used
    #[command(subcommand)]
    Audit(Lazy<cmd::audit::AuditCmd>),
    /// Print a shell completion script
    Completions(Lazy<cmd::completions::CompletionsArgs>),
    /// Check scope sets (files, stdin, OpenAPI documents or the catalog) against the lint rules
    Lint(Lazy<cmd::lint::LintArgs>),
    /// Explain one lint rule
    Rule(Lazy<cmd::lint::RuleArgs>),
    /// List the lint rules
    Rules,
    /// Explain how broad scope names are: the parts, the verdict and the evidence
    Breadth(Lazy<cmd::breadth::BreadthArgs>),
    /// Reports for reviewers and scripts: access matrix, PHI, lifecycle, access review, HTML
    #[command(subcommand)]
    Report(Lazy<cmd::report::ReportCmd>),
    /// Write one man page per command into a directory
    Man(Lazy<cmd::man::ManArgs>),
}

/// A command's arguments, or a group's subcommands, built only when clap enters that command
/// (`Command::defer`), if [`parse`] switched deferral on. `scopectl lint` then builds the lint
/// command alone instead of the whole tree of several hundred arguments, which was most of a
/// short run's fixed cost. Everything else (the `help` subcommand, completions, man pages, the
/// dynamic completer) walks a tree built whole, so deferral is off unless [`parse`] turns it on.
#[derive(Debug)]
pub struct Lazy<T>(pub T);

thread_local! {
    /// Read while `Cli::command()` constructs the tree, on the thread that builds it (a thread
    /// local, so that tests building trees side by side cannot see each other's setting).
    static DEFER: Cell<bool> = const { Cell::new(false) };
}

/// Parses the command line, building only the commands it enters.
///
/// The `help` subcommand mirrors the whole tree when its parent is built, before deferred parts
/// exist, so a command line with a `help` word in it is parsed with the tree built whole.
#[must_use]
pub fn parse() -> Cli {
    let defer = !std::env::args_os().skip(1).any(|arg| arg == "help");
    DEFER.set(defer);
    let cli = Cli::parse();
    DEFER.set(false);
    cli
}

impl<T: FromArgMatches> FromArgMatches for Lazy<T> {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches(matches).map(Lazy)
    }

    fn from_arg_matches_mut(matches: &mut ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches_mut(matches).map(Lazy)
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(matches)
    }

    fn update_from_arg_matches_mut(&mut self, matches: &mut ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches_mut(matches)
    }
}

/// `augment` on `cmd`, keeping the about texts `cmd` already has: they come from the variant's
/// doc comment, set before a deferred part runs, and the type's own would replace them.
fn keep_about(cmd: clap::Command, augment: fn(clap::Command) -> clap::Command) -> clap::Command {
    let about = cmd.get_about().cloned();
    let long_about = cmd.get_long_about().cloned();
    let mut cmd = augment(cmd);
    if let Some(about) = about {
        cmd = cmd.about(about);
    }
    if let Some(long_about) = long_about {
        cmd = cmd.long_about(long_about);
    }
    cmd
}

fn deferred_args<T: Args>(cmd: clap::Command) -> clap::Command {
    keep_about(cmd, T::augment_args)
}

fn deferred_args_for_update<T: Args>(cmd: clap::Command) -> clap::Command {
    keep_about(cmd, T::augment_args_for_update)
}

fn deferred_subcommands<T: Subcommand>(cmd: clap::Command) -> clap::Command {
    keep_about(cmd, T::augment_subcommands)
}

fn deferred_subcommands_for_update<T: Subcommand>(cmd: clap::Command) -> clap::Command {
    keep_about(cmd, T::augment_subcommands_for_update)
}

/// `cmd` with `now` applied, or with `later` deferred to when clap builds it.
fn augment(
    cmd: clap::Command,
    now: fn(clap::Command) -> clap::Command,
    later: fn(clap::Command) -> clap::Command,
) -> clap::Command {
    if DEFER.get() { cmd.defer(later) } else { now(cmd) }
}

impl<T: Args> Args for Lazy<T> {
    fn group_id() -> Option<clap::Id> {
        T::group_id()
    }

    fn augment_args(cmd: clap::Command) -> clap::Command {
        augment(cmd, T::augment_args, deferred_args::<T>)
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        augment(cmd, T::augment_args_for_update, deferred_args_for_update::<T>)
    }
}

impl<T: Subcommand> Subcommand for Lazy<T> {
    fn augment_subcommands(cmd: clap::Command) -> clap::Command {
        augment(cmd, T::augment_subcommands, deferred_subcommands::<T>)
    }

    fn augment_subcommands_for_update(cmd: clap::Command) -> clap::Command {
        augment(cmd, T::augment_subcommands_for_update, deferred_subcommands_for_update::<T>)
    }

    fn has_subcommand(name: &str) -> bool {
        T::has_subcommand(name)
    }
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

    /// The tree `parse` builds, with every deferred part run, is the same tree (clap checks a
    /// deferred part only when a command line enters it).
    #[test]
    fn the_deferred_cli_is_the_same_cli() {
        use clap::CommandFactory;
        fn shape(cmd: &clap::Command, out: &mut Vec<String>) {
            // Deferred parts add their arguments after the global ones are propagated; the
            // order in the list differs, the help does not (the snapshots check it).
            let mut args: Vec<String> = cmd.get_arguments().map(|a| format!("{a:?}")).collect();
            args.sort();
            out.push(format!("{} {:?} {:?} {args:?}", cmd.get_name(), cmd.get_about(), cmd.get_long_about()));
            // `help` mirrors the tree when its parent is built: `parse` builds it whole.
            for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
                shape(sub, out);
            }
        }
        let mut eager = Cli::command();
        eager.build();
        DEFER.set(true);
        let mut deferred = Cli::command();
        DEFER.set(false);
        deferred.build();
        let (mut a, mut b) = (Vec::new(), Vec::new());
        shape(&eager, &mut a);
        shape(&deferred, &mut b);
        assert_eq!(a.len(), b.len());
        for (a, b) in a.iter().zip(&b) {
            assert_eq!(a, b);
        }
    }
}
