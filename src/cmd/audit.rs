//! `scopectl audit …`: import access logs, then report anomalies, unused grants and statistics.

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand, ValueEnum};

use super::{Ctx, FailOn, LISTING};
use crate::ExitStatus;
use crate::audit::detect::{self, Thresholds};
use crate::audit::ingest::{self, BadLine, InputFormat, Observer};
use crate::audit::{FieldMap, SubjectHasher, day_start, unused};
use crate::output::audit::{ImportView, PruneView, ReportView, StatsView, UnusedView, WhoView};
use crate::output::progress::Progress;
use crate::output::{self, Format};
use crate::store::{self, audit::EventFilter};

/// Audit commands.
#[derive(Debug, Subcommand)]
pub enum AuditCmd {
    /// Import access logs (JSON Lines or CSV, gzip or not) into the catalog
    Import(ImportArgs),
    /// Find anomalies in the imported events; exit 1 when findings reach --fail-on
    Report(ReportArgs),
    /// List grants that no event used in the last N days (least-privilege candidates)
    Unused(UnusedArgs),
    /// Events per day, per client and per scope
    Stats(StatsArgs),
    /// Look up one subject's events (the subject is matched by its keyed hash)
    Who(WhoArgs),
    /// Delete events before a date (recorded in the change log)
    Prune(PruneArgs),
}

/// `--input-format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormatArg {
    /// One JSON object per line
    Jsonl,
    /// Comma-separated values with a header row
    Csv,
}

/// `audit import`.
#[derive(Debug, Args)]
#[command(after_help = "Each event has `ts` (RFC 3339), `client`, `subject`, `role`, `ip`, `requested` and \
`granted` (space-separated scopes), and optionally `endpoint` and `status`. The subject is stored only as \
HMAC-SHA-256 under a secret kept in the catalog, and path segments of `endpoint` that look like ids \
(digits, or over 32 bytes) become `{id}`. Importing the same events again adds nothing.\n\n\
Examples:\n  scopectl audit import gateway-2026-11.jsonl.gz\n  scopectl audit import --map granted=scope --map ts=time access.csv\n  zcat logs/*.gz | scopectl audit import -")]
pub struct ImportArgs {
    /// Log files; `-` reads stdin. The format comes from the extension (.jsonl, .ndjson, .json,
    /// .log, .csv, each optionally .gz); gzip is detected from the content
    #[arg(required = true, value_name = "LOG")]
    logs: Vec<String>,
    /// The format of every log, whatever its name
    #[arg(long, value_enum, value_name = "FORMAT")]
    input_format: Option<InputFormatArg>,
    /// Read FIELD from the log's NAME (repeatable), e.g. --map granted=scope
    #[arg(long = "map", value_name = "FIELD=NAME")]
    map: Vec<String>,
    /// Stop at the first bad line (exit 2) and store nothing from that file (earlier files
    /// stay). Without it, bad lines are skipped and counted. Either way each file is one
    /// transaction: imported whole or not at all
    #[arg(long)]
    strict: bool,
    /// Report at most this many bad lines on stderr (all are counted)
    #[arg(long, default_value_t = 20, value_name = "N")]
    max_errors: u64,
}

/// Which events a report, or statistics, look at.
#[derive(Debug, Args)]
pub struct EventArgs {
    /// Only events at or after this date (YYYY-MM-DD, UTC) or RFC 3339 time
    #[arg(long, value_parser = start_of, value_name = "WHEN")]
    since: Option<i64>,
    /// Only events before this time, or through the end of this date
    #[arg(long, value_parser = end_of, value_name = "WHEN")]
    until: Option<i64>,
    /// Only events of this client
    #[arg(long)]
    client: Option<String>,
    /// Only events of this role
    #[arg(long)]
    role: Option<String>,
}

impl EventArgs {
    fn filter(&self) -> Result<EventFilter> {
        if let (Some(s), Some(u)) = (self.since, self.until)
            && s >= u
        {
            bail!("--since must come before --until");
        }
        Ok(EventFilter { since: self.since, until: self.until, client: self.client.clone(), role: self.role.clone() })
    }
}

fn parse_when(s: &str) -> Result<(i64, bool), String> {
    if let Ok(ts) = s.parse::<jiff::Timestamp>() {
        return Ok((ts.as_second(), false));
    }
    crate::model::parse_date(s)
        .map(|d| (day_start(d), true))
        .map_err(|_| format!("`{s}` is neither a date (YYYY-MM-DD) nor an RFC 3339 time"))
}

fn start_of(s: &str) -> Result<i64, String> {
    parse_when(s).map(|(t, _)| t)
}

fn end_of(s: &str) -> Result<i64, String> {
    parse_when(s).map(|(t, date)| if date { t + 86_400 } else { t })
}

fn duration(s: &str) -> Result<i64, String> {
    let d: jiff::SignedDuration =
        s.parse().map_err(|_| format!("`{s}` is not a duration; write e.g. 1h, 30m or 90s"))?;
    match d.as_secs() {
        n if n > 0 => Ok(n),
        _ => Err(format!("`{s}` must be at least one second")),
    }
}

/// `audit report`.
#[derive(Debug, Args)]
#[command(after_help = "Findings: unknown_scope, retired_scope, deprecated_scope (an error once used after \
its sunset), scope_creep (granted beyond the role's grants), over_granted (granted beyond the request), \
unneeded_request (no feature of the client needs it), unknown_role, unknown_client, new_ip_burst and \
volume_spike. Each names its evidence and a next step.\n\nExamples:\n  scopectl audit report --since 2026-11-01\n  \
scopectl audit report --format markdown > audit.md\n  scopectl audit report --fail-on warning --format json")]
pub struct ReportArgs {
    #[command(flatten)]
    events: EventArgs,
    /// Exit 1 when a finding is at or above this severity
    #[arg(long, value_enum, default_value_t = FailOn::Error, value_name = "SEVERITY")]
    fail_on: FailOn,
    /// Days before the period in which an IP must be absent to count as new
    #[arg(long, default_value_t = 14, value_parser = clap::value_parser!(i64).range(1..=3650), value_name = "DAYS")]
    baseline_days: i64,
    /// The sliding window of the burst check (e.g. 1h, 15m)
    #[arg(long, default_value = "1h", value_parser = duration, value_name = "DURATION")]
    window: i64,
    /// Events from a new IP within one window that make a burst
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u64).range(1..), value_name = "N")]
    burst: u64,
    /// An hour is a spike above median + K × 1.4826 × MAD of the client's hourly counts
    #[arg(long, default_value_t = 6.0, value_parser = positive, value_name = "K")]
    spike_k: f64,
}

impl ReportArgs {
    fn thresholds(&self) -> Thresholds {
        Thresholds {
            baseline_days: self.baseline_days,
            window_secs: self.window,
            burst: self.burst,
            spike_k: self.spike_k,
            ..Thresholds::default()
        }
    }
}

fn positive(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(k) if k.is_finite() && k > 0.0 => Ok(k),
        _ => Err(format!("`{s}` is not a positive number")),
    }
}

/// `audit unused`.
#[derive(Debug, Args)]
#[command(after_help = "A grant is used when an event of that role requested or was granted the scope. \
`--format toml` prints the affected `[roles.…]` blocks with the unused grants removed, for review.")]
pub struct UnusedArgs {
    /// The window, in days, ending today
    #[arg(long, default_value_t = 90, value_parser = clap::value_parser!(i64).range(1..=36500), value_name = "N")]
    days: i64,
}

/// `audit stats`.
#[derive(Debug, Args)]
pub struct StatsArgs {
    #[command(flatten)]
    events: EventArgs,
    /// How many clients and scopes to list
    #[arg(long, default_value_t = 10, value_name = "N")]
    top: usize,
}

/// `audit who`.
#[derive(Debug, Args)]
pub struct WhoArgs {
    /// The subject (user or patient id) as it appears in the logs; it is hashed, never stored
    subject: String,
}

/// `audit prune`.
#[derive(Debug, Args)]
pub struct PruneArgs {
    /// Delete the events before this date (YYYY-MM-DD, UTC) or RFC 3339 time
    #[arg(long, value_parser = start_of, value_name = "WHEN")]
    before: i64,
}

/// Prints bad lines as they come, up to a limit, above the progress bar.
struct Reporter<'a> {
    progress: &'a Progress,
    shown: u64,
    limit: u64,
}

impl Observer for Reporter<'_> {
    fn progress(&mut self, records: u64) {
        self.progress.set(records);
    }

    fn bad_line(&mut self, bad: &BadLine) {
        if self.shown < self.limit {
            self.shown += 1;
            self.progress.suspend(|| output::audit::bad_line(bad));
        }
    }
}

/// Runs an audit command.
///
/// # Errors
/// Whatever keeps the command from doing what was asked.
pub fn run(cmd: AuditCmd, ctx: &Ctx) -> Result<ExitStatus> {
    match cmd {
        AuditCmd::Import(args) => import(&args, ctx),
        AuditCmd::Report(args) => {
            let format = ctx.format("audit report", &[Format::Table, Format::Json, Format::Csv, Format::Markdown])?;
            let filter = args.events.filter()?;
            let thresholds = args.thresholds();
            let conn = ctx.open()?;
            let catalog = store::snapshot(&conn)?;
            let report = detect::run(&conn, &catalog, &filter, &thresholds, ctx.today())?;
            let failed = report.findings.iter().any(|f| args.fail_on.fails(f.severity.into()));
            if format == Format::Markdown {
                output::text(&output::audit::report_markdown(&report))?;
            } else {
                output::emit(&ReportView(report), format)?;
            }
            Ok(if failed { ExitStatus::Failure } else { ExitStatus::Success })
        }
        AuditCmd::Unused(args) => {
            let format = ctx.format("audit unused", &[Format::Table, Format::Json, Format::Csv, Format::Toml])?;
            let conn = ctx.open()?;
            let catalog = store::snapshot(&conn)?;
            let last = store::audit::usage_summary(&conn)?.last_use;
            let found = unused::find(&catalog, &last, ctx.today(), args.days);
            if found.grants.is_empty() {
                ctx.msg.note(format_args!("every grant was used in the last {} days", args.days));
            }
            if format == Format::Toml {
                output::text(&unused::toml_without(&catalog, &found))?;
            } else {
                output::emit(&UnusedView(found), format)?;
            }
            Ok(ExitStatus::Success)
        }
        AuditCmd::Stats(args) => {
            let format = ctx.format("audit stats", LISTING)?;
            let filter = args.events.filter()?;
            let conn = ctx.open()?;
            output::emit(&StatsView(store::audit::stats(&conn, &filter, args.top)?), format)?;
            Ok(ExitStatus::Success)
        }
        AuditCmd::Who(args) => {
            let format = ctx.format("audit who", LISTING)?;
            let conn = ctx.open()?;
            let key = store::audit::subject_key(&conn, false)?.unwrap_or_default();
            let hash = SubjectHasher::new(&key).hash(args.subject.trim());
            output::emit(&WhoView(store::audit::subject_usage(&conn, &hash)?), format)?;
            Ok(ExitStatus::Success)
        }
        AuditCmd::Prune(args) => {
            let format = ctx.format("audit prune", LISTING)?;
            let mut conn = ctx.open()?;
            let change = ctx.change("audit prune");
            let text = crate::audit::rfc3339(args.before);
            let result = store::write(&mut conn, |tx| store::audit::prune(tx, args.before, &text, &change))?;
            ctx.msg.note(format_args!("deleted {} events before {text}; {} remain", result.deleted, result.remaining));
            if format != Format::Table {
                output::emit(&PruneView(result), format)?;
            }
            Ok(ExitStatus::Success)
        }
    }
}

fn import(args: &ImportArgs, ctx: &Ctx) -> Result<ExitStatus> {
    let format = ctx.format("audit import", &[Format::Table, Format::Json])?;
    let map = FieldMap::new(&args.map).map_err(anyhow::Error::msg)?;
    if args.logs.iter().filter(|l| *l == "-").count() > 1 {
        bail!("stdin (`-`) can be read only once");
    }
    let opts = ingest::Options {
        format: args.input_format.map(|f| match f {
            InputFormatArg::Jsonl => InputFormat::Jsonl,
            InputFormatArg::Csv => InputFormat::Csv,
        }),
        map,
        strict: args.strict,
    };
    let conn = ctx.open_for_write()?;
    let key = store::audit::subject_key(&conn, true)?.context("the subject key could not be created")?;
    let hasher = SubjectHasher::new(&key);
    let change = ctx.change("audit import");
    let mut files = Vec::new();
    let mut shown = 0;
    for log in &args.logs {
        let progress = Progress::events(log, ctx.msg.quiet);
        let mut reporter = Reporter { progress: &progress, shown, limit: args.max_errors };
        let result = ingest::import(&conn, log, &opts, &hasher, &change, &mut reporter);
        shown = reporter.shown;
        progress.finish();
        files.push(result?);
    }
    let view = ImportView::new(files);
    if view.total.bad > shown {
        ctx.msg.warn(format_args!("and {} more bad lines", view.total.bad - shown));
    }
    if format == Format::Json {
        output::emit(&view, format)?;
    } else {
        ctx.msg.note(view.summary_line());
    }
    // A file of which no record is an event is the wrong file or the wrong format, not bad lines.
    if let Some(f) = view.files.iter().find(|f| f.read > 0 && f.bad == f.read) {
        bail!("none of the {} records of {} is a valid event; check --input-format and --map", f.read, f.file);
    }
    Ok(ExitStatus::Success)
}
