//! `scopectl breadth NAME…`: how the breadth model judges names, with the parts, the verdict and
//! the evidence (`docs/breadth.md`).

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use super::Ctx;
use crate::ExitStatus;
use crate::lint::Context;
use crate::model::{Scope, ScopeSet};
use crate::output::breadth::{BreadthReport, Judged};
use crate::output::{self, Format};

/// `scopectl breadth`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  scopectl breadth User.Read.All 'patient/Observation.rs' admin:repo_hook\n  \
scopectl breadth export_records --description 'Export the records of all patients'\n  \
scopectl breadth drive --in scopes.toml          # judged beside the set's other names\n  \
scopectl breadth --no-knowledge Files.ReadWrite  # the name alone, without provider knowledge\n\n\
Exit status: 0 when every name was judged (broad or not), 2 on bad usage or a set that does not load.")]
pub struct BreadthArgs {
    /// Scope names to judge
    #[arg(value_name = "NAME", required = true)]
    pub names: Vec<String>,
    /// The scope's description, weighed as evidence (applies to every NAME)
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// Judge the names inside this scope set: its other names are siblings, its `[settings]`
    /// override the built-in knowledge, and its descriptions count
    #[arg(long = "in", value_name = "FILE")]
    pub set: Option<PathBuf>,
    /// Leave the built-in provider knowledge out (name, description and siblings alone)
    #[arg(long)]
    pub no_knowledge: bool,
}

/// Runs `scopectl breadth`.
///
/// # Errors
/// When the format does not apply, the set does not load, or stdout cannot be written.
pub fn run(args: &BreadthArgs, ctx: &Ctx) -> Result<ExitStatus> {
    let format = ctx.format("breadth", &[Format::Table, Format::Json])?;
    let mut set = match &args.set {
        Some(path) => super::apply::load(path)?.set,
        None => ScopeSet::default(),
    };
    for name in &args.names {
        let defined = set.scopes.iter_mut().find(|s| &s.name == name);
        match (defined, &args.description) {
            (Some(s), Some(d)) => s.description = Some(d.clone()),
            (Some(_), None) => {}
            (None, d) => set.scopes.push(Scope { description: d.clone(), ..Scope::new(name) }),
        }
    }
    let mut lint = Context::new(&set, ctx.today());
    lint.knowledge = !args.no_knowledge;
    let judged = args.names.iter().map(|n| Judged::new(&lint, n)).collect();
    output::emit(&BreadthReport { names: judged }, format)?;
    Ok(ExitStatus::Success)
}
