//! `scopectl completions SHELL`.

use anyhow::Result;
use clap::{Args, CommandFactory};
use clap_complete::Shell;

use crate::ExitStatus;
use crate::cli::Cli;

/// `scopectl completions`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  scopectl completions bash > ~/.local/share/bash-completion/completions/scopectl\n  scopectl completions zsh > ~/.zfunc/_scopectl\n  scopectl completions fish > ~/.config/fish/completions/scopectl.fish"
)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: Shell,
}

/// The completion script for `shell`.
#[must_use]
pub fn script(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "scopectl", &mut out);
    out
}

/// Prints the completion script.
///
/// # Errors
/// When stdout cannot be written.
pub fn run(args: &CompletionsArgs) -> Result<ExitStatus> {
    crate::output::text(&String::from_utf8_lossy(&script(args.shell)))?;
    Ok(ExitStatus::Success)
}
