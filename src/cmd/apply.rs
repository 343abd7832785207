//! `scopectl plan` and `scopectl apply`: make the catalog follow a `scopes.toml` kept in git.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow, bail};
use clap::Args;

use super::Ctx;
use crate::ExitStatus;
use crate::catalog::plan::{Options, deprecates_every_active, plan_with};
use crate::model::ScopeSet;
use crate::ops;
use crate::output::{self, Format, plan::PlanView};
use crate::scopeset::{self, Loaded};
use crate::store;

/// `scopectl plan`.
#[derive(Debug, Args)]
#[command(after_help = "Formats: table (default), json.\n\
Exit status: 0 with --check when the catalog matches the file, 1 when changes are pending.\n\n\
Example (CI drift check):\n  scopectl plan scopes.toml --check")]
pub struct PlanArgs {
    /// The scope set (`-` reads stdin)
    pub file: PathBuf,
    /// Exit 1 when changes are pending, 0 when the catalog already matches
    #[arg(long)]
    pub check: bool,
    /// Also plan to deprecate active scopes that are in the catalog but not in the file
    #[arg(long)]
    pub deprecate_missing: bool,
}

/// `scopectl apply`.
#[derive(Debug, Args)]
#[command(after_help = "Scopes, roles and clients that are only in the catalog are reported and kept.\n\
The whole file is applied in one transaction: any refused change leaves the catalog untouched.")]
pub struct ApplyArgs {
    /// The scope set (`-` reads stdin)
    pub file: PathBuf,
    /// Deprecate active scopes that are in the catalog but not in the file (otherwise they are kept as they are)
    #[arg(long)]
    pub deprecate_missing: bool,
    /// With --deprecate-missing: go ahead even when that deprecates every active scope of the catalog
    #[arg(long, requires = "deprecate_missing")]
    pub allow_deprecate_all: bool,
}

/// Loads a scope set; a refused file becomes one `error:` sentence followed by its located problems.
///
/// # Errors
/// When the file cannot be read or is not a valid scope set.
pub fn load(path: &Path) -> Result<Loaded> {
    scopeset::load_path(path).map_err(|e| match e.text {
        None => anyhow!(e.summary()),
        Some(_) => anyhow!("{}:\n{e}", e.summary()),
    })
}

fn options(deprecate_missing: bool, label: &str) -> Options {
    Options { deprecate_missing: deprecate_missing.then(|| format!("not in the scope set {label}")) }
}

/// Shows what `apply` would change; with `--check`, exit 1 when anything would.
///
/// # Errors
/// When the file is refused or the catalog cannot be read.
pub fn plan(args: &PlanArgs, ctx: &Ctx) -> Result<ExitStatus> {
    let format = ctx.format("plan", &[Format::Table, Format::Json])?;
    let loaded = load(&args.file)?;
    let catalog = match ctx.open_existing()? {
        Some(conn) => store::snapshot(&conn)?,
        None => ScopeSet::default(),
    };
    let label = &loaded.source.path;
    let plan = plan_with(&loaded.set, &catalog, &options(args.deprecate_missing, label));
    output::emit(&PlanView::new(label, &plan), format)?;
    Ok(if args.check && !plan.is_empty() { ExitStatus::Failure } else { ExitStatus::Success })
}

/// Makes the catalog match the file in one transaction and prints what it changed.
///
/// # Errors
/// When the file is refused or the catalog refuses any change (nothing is then applied).
pub fn apply(args: &ApplyArgs, ctx: &Ctx) -> Result<ExitStatus> {
    let format = ctx.format("apply", &[Format::Table, Format::Json])?;
    let loaded = load(&args.file)?;
    let missing = Missing { deprecate: args.deprecate_missing, allow_all: args.allow_deprecate_all };
    apply_set(&loaded.set, &loaded.source.path, missing, ctx, format)
}

/// What to do with active catalog scopes the set does not have.
#[derive(Debug, Clone, Copy, Default)]
pub struct Missing {
    /// `--deprecate-missing`.
    pub deprecate: bool,
    /// `--allow-deprecate-all`: even when that is every active scope.
    pub allow_all: bool,
}

/// Makes the catalog match `set` (read from `label`) in one transaction and prints the plan it
/// carried out: `apply` and `import --apply` share this.
///
/// # Errors
/// When the catalog refuses any change (nothing is then applied).
pub fn apply_set(set: &ScopeSet, label: &str, missing: Missing, ctx: &Ctx, format: Format) -> Result<ExitStatus> {
    let mut conn = ctx.open_for_write()?;
    let change = ctx.change("apply");
    if !set.operations.is_empty() {
        let n = set.operations.len();
        ctx.msg.note(format_args!(
            "the {n} operation{} in {label} {} checked by `scopectl lint` but not stored in the catalog",
            if n == 1 { "" } else { "s" },
            if n == 1 { "is" } else { "are" }
        ));
    }
    let (plan, warnings) = store::write(&mut conn, |tx| {
        let catalog = store::snapshot(tx)?;
        if missing.deprecate
            && !missing.allow_all
            && let Some(n) = deprecates_every_active(set, &catalog)
        {
            bail!(
                "--deprecate-missing would deprecate all {n} active scopes of the catalog, since {label} has none of them; pass --allow-deprecate-all if that is meant"
            );
        }
        let plan = plan_with(set, &catalog, &options(missing.deprecate, label));
        let warnings = ops::apply::apply(tx, &plan, ctx.today(), &change)?;
        Ok((plan, warnings))
    })
    .with_context(|| format!("nothing was applied from {label}"))?;
    for w in &warnings {
        ctx.msg.warn(w);
    }
    output::emit(&PlanView::new(label, &plan), format)?;
    if !plan.is_empty() {
        ctx.msg.note(format_args!("applied {label} to the catalog"));
    }
    Ok(ExitStatus::Success)
}
