//! `scopectl log`, `verify` and `tag …`.

use anyhow::{Context, Result};
use clap::{Args, Subcommand};

use super::{Ctx, LISTING};
use crate::ExitStatus;
use crate::model::{parse_date, validate_name};
use crate::output::{
    self,
    catalog::{LogView, TagList, VerifyView},
};
use crate::store::{self, LogFilter};

/// `scopectl log`.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct LogArgs {
    #[command(subcommand)]
    action: Option<LogCmd>,
    /// Only entries about this entity: a name, or KIND:NAME (kinds: scope, role, grant, client, tag)
    #[arg(long)]
    entity: Option<String>,
    /// Only entries made by this actor
    #[arg(long)]
    actor: Option<String>,
    /// Only entries at or after this date (YYYY-MM-DD) or RFC 3339 time
    #[arg(long, value_parser = since_arg, value_name = "WHEN")]
    since: Option<String>,
    /// Only the newest N entries
    #[arg(long, short = 'n', value_name = "N")]
    limit: Option<usize>,
}

/// `scopectl log …` subcommands.
#[derive(Debug, Subcommand)]
pub enum LogCmd {
    /// Print the log's head (entry count and hash) to keep outside the catalog
    ///
    /// The hash chain shows any edited, deleted or reordered entry, but not that the newest
    /// entries were cut off. Keep a checkpoint somewhere the catalog's writers cannot reach and
    /// check it later with `scopectl verify --against FILE`.
    Checkpoint,
}

/// `scopectl verify`.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Also check the log against a checkpoint kept earlier (`scopectl log checkpoint`); `-` reads stdin
    #[arg(long, value_name = "FILE")]
    against: Option<std::path::PathBuf>,
}

fn since_arg(s: &str) -> Result<String, String> {
    if let Ok(ts) = s.parse::<jiff::Timestamp>() {
        return Ok(format!("{ts:.0}"));
    }
    parse_date(s)
        .map(|d| format!("{d}T00:00:00Z"))
        .map_err(|_| format!("`{s}` is neither a date (YYYY-MM-DD) nor an RFC 3339 time"))
}

/// Tag commands.
#[derive(Debug, Subcommand)]
pub enum TagCmd {
    /// Name the current state of the catalog (the end of the change log)
    Create {
        /// The tag name (e.g. 2026.11)
        name: String,
        #[arg(long, short)]
        message: Option<String>,
    },
    /// List tags
    List,
}

/// Lists change-log entries.
///
/// # Errors
/// When the catalog cannot be read.
pub fn log(args: &LogArgs, ctx: &Ctx) -> Result<ExitStatus> {
    if let Some(LogCmd::Checkpoint) = args.action {
        let format = ctx.format("log checkpoint", &[output::Format::Table, output::Format::Json])?;
        let cp = store::checkpoint(&ctx.open()?)?;
        if format == output::Format::Json {
            output::json(&mut std::io::stdout().lock(), &cp)?;
        } else {
            output::text(&format!("{} {}\n", cp.entries, cp.head_hash))?;
        }
        return Ok(ExitStatus::Success);
    }
    let format = ctx.format("log", LISTING)?;
    let conn = ctx.open()?;
    let filter = LogFilter {
        entity: args.entity.clone(),
        actor: args.actor.clone(),
        since: args.since.clone(),
        limit: args.limit,
    };
    output::emit(&LogView(store::log_entries(&conn, &filter)?), format)?;
    Ok(ExitStatus::Success)
}

/// Checks the hash chain and the database; exit 1 when anything is wrong.
///
/// # Errors
/// When the catalog cannot be read at all.
pub fn verify(args: &VerifyArgs, ctx: &Ctx) -> Result<ExitStatus> {
    let format = ctx.format("verify", LISTING)?;
    let checkpoint = match &args.against {
        None => None,
        Some(path) => {
            let (_, text) = crate::scopeset::read_text(path, "a checkpoint file (JSON)").map_err(|e| {
                let why = e.problems.first().map_or("", |p| p.message.as_str());
                anyhow::anyhow!("cannot read the checkpoint {}: {why}", path.display())
            })?;
            Some(store::Checkpoint::parse(&text).with_context(|| format!("invalid checkpoint {}", path.display()))?)
        }
    };
    let conn = ctx.open()?;
    let mut report = store::verify(&conn)?;
    if let Some(cp) = &checkpoint {
        store::check_against(&conn, cp, &mut report)?;
    }
    let ok = report.ok;
    output::emit(&VerifyView(report), format)?;
    Ok(if ok { ExitStatus::Success } else { ExitStatus::Failure })
}

/// Runs a tag command.
///
/// # Errors
/// Whatever keeps the command from doing what was asked.
pub fn tag(cmd: TagCmd, ctx: &Ctx) -> Result<ExitStatus> {
    match cmd {
        TagCmd::Create { name, message } => {
            let format = ctx.format("tag create", LISTING)?;
            validate_name(&name).with_context(|| format!("invalid tag name `{}`", crate::model::shown(&name)))?;
            let mut conn = ctx.open()?;
            let change = ctx.change("tag create");
            let tag = store::write(&mut conn, |tx| store::create_tag(tx, &name, message.as_deref(), &change))?;
            ctx.msg.note(format_args!("tagged change-log entry {} as `{name}`", tag.seq));
            if format != output::Format::Table {
                output::emit(&TagList(vec![tag]), format)?;
            }
            Ok(ExitStatus::Success)
        }
        TagCmd::List => {
            let format = ctx.format("tag list", LISTING)?;
            let conn = ctx.open()?;
            output::emit(&TagList(store::list_tags(&conn)?), format)?;
            Ok(ExitStatus::Success)
        }
    }
}
