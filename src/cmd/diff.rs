//! `scopectl diff`: compare two scope sets (files, stdin, tags or the catalog).

use anyhow::{Result, bail};
use clap::{Args, ValueEnum};
use rusqlite::Connection;

use super::Ctx;
use crate::ExitStatus;
use crate::catalog::diff::diff;
use crate::model::ScopeSet;
use crate::output::{self, Format, diff::DiffView};
use crate::store;

/// `scopectl diff`.
#[derive(Debug, Args)]
#[command(after_help = "Formats: table (default), json, markdown (a pull-request comment).\n\n\
Example (a pull-request check that asks for review when privilege widens):\n  \
scopectl diff tag:prod scopes.toml --fail-on widen --format markdown")]
pub struct DiffArgs {
    /// The old scope set: a scopes.toml file, `-` (stdin), `tag:NAME` or `catalog`
    pub old: String,
    /// The new scope set, in the same forms
    pub new: String,
    /// Exit 1 when the diff has changes of this kind
    #[arg(long, value_enum, default_value_t = FailOn::Never, value_name = "WHAT")]
    pub fail_on: FailOn,
}

/// `--fail-on` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Any change that widens privilege
    Widen,
    /// Any change at all
    Any,
    /// Never (exit 0 whatever changed)
    Never,
}

fn side(spec: &str, ctx: &Ctx, conn: &mut Option<Connection>) -> Result<ScopeSet> {
    if spec != "catalog" && !spec.starts_with("tag:") {
        return Ok(super::apply::load(std::path::Path::new(spec))?.set);
    }
    let c = match conn.take() {
        Some(c) => c,
        None => ctx.open()?,
    };
    let set = match spec.strip_prefix("tag:") {
        Some(tag) => super::export::at_tag(&c, tag),
        None => store::snapshot(&c),
    };
    *conn = Some(c);
    set
}

/// Prints the differences; exit 1 when `--fail-on` is met.
///
/// # Errors
/// When a side cannot be read.
pub fn run(args: &DiffArgs, ctx: &Ctx) -> Result<ExitStatus> {
    let format = ctx.format("diff", &[Format::Table, Format::Json, Format::Markdown])?;
    if args.old == "-" && args.new == "-" {
        bail!("only one side of a diff can read stdin (`-`)");
    }
    let mut conn = None;
    let old = side(&args.old, ctx, &mut conn)?;
    let new = side(&args.new, ctx, &mut conn)?;
    let d = diff(&old, &new);
    let view = DiffView::new(&args.old, &args.new, &d);
    if format == Format::Markdown {
        output::text(&view.markdown())?;
    } else {
        output::emit(&view, format)?;
    }
    let failed = match args.fail_on {
        FailOn::Widen => d.widens(),
        FailOn::Any => !d.is_empty(),
        FailOn::Never => false,
    };
    Ok(if failed { ExitStatus::Failure } else { ExitStatus::Success })
}
