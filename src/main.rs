use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = scopectl::cli::Cli::parse();
    match scopectl::run(cli) {
        Ok(status) => status.into(),
        Err(err) if scopectl::output::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            scopectl::output::error(&err);
            scopectl::ExitStatus::Error.into()
        }
    }
}
