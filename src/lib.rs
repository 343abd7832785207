//! scopectl: governance of OAuth scopes for APIs that serve health data.
//!
//! `main` parses the command line and calls [`run`], which dispatches to one handler per noun in
//! [`cmd`]. The domain types are in [`model`], the SQLite catalog in [`store`], the rules that
//! guard catalog changes in [`ops`], and everything printed goes through [`output`].

pub mod audit;
pub mod catalog;
pub mod cli;
pub mod cmd;
pub mod input;
pub mod interop;
pub mod lint;
pub mod model;
pub mod ops;
pub mod output;
pub mod report;
pub mod scopeset;
pub mod store;

use std::process::ExitCode;

/// How a command ended, mapped to the process exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// 0: success.
    Success,
    /// 1: the command ran and found problems (lint findings, a broken chain, pending changes).
    Failure,
    /// 2: the tool could not do what was asked.
    Error,
}

impl From<ExitStatus> for ExitCode {
    fn from(status: ExitStatus) -> Self {
        match status {
            ExitStatus::Success => ExitCode::SUCCESS,
            ExitStatus::Failure => ExitCode::from(1),
            ExitStatus::Error => ExitCode::from(2),
        }
    }
}

/// Runs one parsed command line.
///
/// # Errors
/// Anything that keeps the command from doing what was asked; `main` prints it and exits 2.
pub fn run(cli: cli::Cli) -> anyhow::Result<ExitStatus> {
    use cli::Command;
    let ctx = cmd::Ctx::new(&cli.global)?;
    match cli.command {
        Command::Scope(cli::Lazy(c)) => cmd::scope::run(c, &ctx),
        Command::Role(cli::Lazy(c)) => cmd::role::run(c, &ctx),
        Command::Client(cli::Lazy(c)) => cmd::client::run(c, &ctx),
        Command::Consent(cli::Lazy(a)) => cmd::client::consent(&a, &ctx),
        Command::Log(a) => cmd::log::log(&a, &ctx),
        Command::Verify(cli::Lazy(a)) => cmd::log::verify(&a, &ctx),
        Command::Tag(cli::Lazy(c)) => cmd::log::tag(c, &ctx),
        Command::Plan(cli::Lazy(a)) => cmd::apply::plan(&a, &ctx),
        Command::Apply(cli::Lazy(a)) => cmd::apply::apply(&a, &ctx),
        Command::Export(cli::Lazy(a)) => cmd::export::run(&a, &ctx),
        Command::Import(cli::Lazy(c)) => cmd::import::run(c, &ctx),
        Command::Diff(cli::Lazy(a)) => cmd::diff::run(&a, &ctx),
        Command::Audit(cli::Lazy(c)) => cmd::audit::run(c, &ctx),
        Command::Completions(cli::Lazy(a)) => cmd::completions::run(&a),
        Command::Lint(cli::Lazy(a)) => cmd::lint::run(&a, &ctx),
        Command::Rule(cli::Lazy(a)) => cmd::lint::rule(&a, &ctx),
        Command::Rules => cmd::lint::rules(&ctx),
        Command::Breadth(cli::Lazy(a)) => cmd::breadth::run(&a, &ctx),
        Command::Report(cli::Lazy(c)) => cmd::report::run(c, &ctx),
        Command::Man(cli::Lazy(a)) => cmd::man::run(&a, &ctx),
    }
}
