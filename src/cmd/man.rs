//! `scopectl man --out DIR`: one man page per command, from the same clap definitions as `--help`.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Args, CommandFactory};

use super::Ctx;
use crate::ExitStatus;
use crate::cli::Cli;

/// `scopectl man`.
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  scopectl man --out ~/.local/share/man/man1 && man scopectl-scope-define")]
pub struct ManArgs {
    /// The directory to write the pages to (created when missing)
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub out: PathBuf,
}

/// Every page as (file name, roff text): `scopectl.1`, `scopectl-scope.1`, `scopectl-scope-define.1`…
/// dated `date` (YYYY-MM-DD).
///
/// # Errors
/// When rendering fails.
pub fn pages(date: &str) -> Result<Vec<(String, Vec<u8>)>> {
    fn walk(cmd: &clap::Command, date: &str, out: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
        let name = cmd.get_display_name().unwrap_or_else(|| cmd.get_name()).to_uppercase();
        let man = clap_mangen::Man::new(cmd.clone())
            .title(name)
            .date(date)
            .source(format!("scopectl {}", env!("CARGO_PKG_VERSION")))
            .manual("scopectl manual");
        let mut text = Vec::new();
        man.render(&mut text)?;
        out.push((man.get_filename(), tidy(&String::from_utf8_lossy(&text)).into_bytes()));
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub, date, out)?;
        }
        Ok(())
    }
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, date, &mut out)?;
    Ok(out)
}

/// Fixes what `mandoc -T lint` warns about in clap_mangen's output: a blank line fenced by two
/// `.br` (before "Possible values") becomes one `.sp`, and trailing blanks go.
fn tidy(roff: &str) -> String {
    let text = roff.replace("\n.br\n\n.br\n", "\n.sp\n");
    let mut out: String = text.lines().map(str::trim_end).collect::<Vec<_>>().join("\n");
    out.push('\n');
    out
}

/// Writes the pages.
///
/// # Errors
/// When the directory or a page cannot be written.
pub fn run(args: &ManArgs, ctx: &Ctx) -> Result<ExitStatus> {
    let dir = &args.out;
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create the directory {}", dir.display()))?;
    let pages = pages(&ctx.today().to_string())?;
    for (name, text) in &pages {
        let path = dir.join(name);
        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    ctx.msg.note(format!("wrote {} man pages to {}", pages.len(), dir.display()));
    Ok(ExitStatus::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_named_after_the_command_path_and_dated() {
        let pages = pages("2026-11-29").unwrap();
        let names: Vec<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names[0], "scopectl.1");
        assert!(names.contains(&"scopectl-scope-define.1") && names.contains(&"scopectl-report-html.1"), "{names:?}");
        assert!(!names.iter().any(|n| n.contains("help")), "{names:?}");
        let define =
            String::from_utf8(pages.iter().find(|(n, _)| n == "scopectl-scope-define.1").unwrap().1.clone()).unwrap();
        assert!(define.contains("\n.TH SCOPECTL-SCOPE-DEFINE 1 2026-11-29 \"scopectl "), "{define}");
        assert!(define.contains("\n.SH NAME\nscopectl\\-scope\\-define \\- Add a scope"), "{define}");
        assert!(!define.contains(".br\n\n.br") && !define.contains(" \n"), "{define}");
    }
}
