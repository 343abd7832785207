use std::process::ExitCode;

use clap::CommandFactory;

// A large scope set is millions of small allocations (a tree per parse, a string per name and
// field); jemalloc makes them and the page faults behind them cheaper than glibc's allocator.
// (mimalloc was faster still on lint but made `role revoke` on a 1M-scope catalog 5x slower.)
#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> ExitCode {
    // Answers a shell's dynamic completion request (COMPLETE=bash …) and exits; otherwise no-op.
    clap_complete::CompleteEnv::with_factory(scopectl::cli::Cli::command).complete();
    let cli = scopectl::cli::parse();
    match scopectl::run(cli) {
        Ok(status) => status.into(),
        Err(err) if scopectl::output::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            scopectl::output::error(&err);
            scopectl::ExitStatus::Error.into()
        }
    }
}
