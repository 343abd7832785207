//! `scopectl report …`

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::{Args, Subcommand};

use super::Ctx;
use crate::ExitStatus;
use crate::output::{self, Format, html, report::emit};
use crate::report::{Input, Lifecycle, Matrix, Phi, Review, UsageReport};
use crate::scopeset;

/// The formats every report prints.
const REPORT: &[Format] = &[Format::Table, Format::Json, Format::Csv, Format::Markdown, Format::Html];

/// Reports for reviewers (tables, Markdown, HTML) and scripts (JSON, CSV).
#[derive(Debug, Subcommand)]
#[command(after_help = "Every report takes --format table|json|csv|markdown|html.\n\nExamples:\n  \
    scopectl report matrix\n  scopectl report phi --format csv > phi.csv\n  \
    scopectl report lifecycle --file scopes.toml --format markdown\n  scopectl report html > report.html")]
pub enum ReportCmd {
    /// Roles and clients × scopes: who holds what, grouped by sensitivity
    Matrix(FromArgs),
    /// PHI scopes, PHI write access and break-glass grants per role and client, against the limit
    Phi(FromArgs),
    /// Deprecated scopes: sunset countdown, replacement, and who still holds them
    Lifecycle(FromArgs),
    /// The access-review sheet: one row per grant, with a blank decision column
    ///
    /// From the catalog only: when and by whom each grant was made come from it.
    Review,
    /// Usage from the imported access logs: events per scope and client, whether a feature of
    /// the client needs the scope, and the catalog scopes nobody used
    ///
    /// From the catalog only: the events live in it (`scopectl audit import`).
    Usage,
    /// One self-contained HTML page: summary, heatmap, PHI, lifecycle timeline, usage
    Html(FromArgs),
}

/// Where a report reads the scope set from.
#[derive(Debug, Args)]
pub struct FromArgs {
    /// Report on a scopes.toml file instead of the catalog (`-` reads stdin)
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    file: Option<PathBuf>,
}

fn load(ctx: &Ctx, from: &FromArgs) -> Result<Input> {
    match &from.file {
        Some(path) => {
            let label = if path.as_os_str() == "-" { "<stdin>".to_owned() } else { path.display().to_string() };
            Ok(Input::from_set(read_file(path)?, label, ctx.today()))
        }
        None => Input::from_catalog(&ctx.open()?, ctx.today()),
    }
}

fn read_file(path: &Path) -> Result<crate::model::ScopeSet> {
    match scopeset::load_path(path) {
        Ok(loaded) => Ok(loaded.set),
        Err(e) => {
            let summary = e.summary();
            Err(anyhow::Error::new(e).context(summary))
        }
    }
}

/// Runs a report command.
///
/// # Errors
/// When the format does not apply, the catalog or file cannot be read, or stdout cannot be written.
pub fn run(cmd: ReportCmd, ctx: &Ctx) -> Result<ExitStatus> {
    match cmd {
        ReportCmd::Matrix(from) => {
            let format = ctx.format("report matrix", REPORT)?;
            let input = load(ctx, &from)?;
            emit(&Matrix::new(&input), format, &input)?;
        }
        ReportCmd::Phi(from) => {
            let format = ctx.format("report phi", REPORT)?;
            let input = load(ctx, &from)?;
            emit(&Phi::new(&input), format, &input)?;
        }
        ReportCmd::Lifecycle(from) => {
            let format = ctx.format("report lifecycle", REPORT)?;
            let input = load(ctx, &from)?;
            emit(&Lifecycle::new(&input), format, &input)?;
        }
        ReportCmd::Review => {
            let format = ctx.format("report review", REPORT)?;
            let input = Input::from_catalog(&ctx.open()?, ctx.today())?;
            emit(&Review::new(&input), format, &input)?;
        }
        ReportCmd::Usage => {
            let format = ctx.format("report usage", REPORT)?;
            let input = Input::from_catalog(&ctx.open()?, ctx.today())?;
            emit(&UsageReport::new(&input), format, &input)?;
        }
        ReportCmd::Html(from) => {
            ctx.format("report html", &[Format::Html])?;
            let input = load(ctx, &from)?;
            output::text(&html::page(&input, "Scope governance report", html::ALL))?;
        }
    }
    Ok(ExitStatus::Success)
}
