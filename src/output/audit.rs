//! Views of the usage audit: import summaries, `who`, `stats`, `unused`, `prune` and the report
//! (human, CSV, Markdown; JSON through `Serialize`).

use std::fmt::Write as _;
use std::io::{self, Write};

use serde::Serialize;

use super::{Listing, Term, View, key_values, render_listing};
use crate::audit::detect::{Finding, Report};
use crate::audit::ingest::{BadLine, FileSummary};
use crate::audit::unused::Unused;
use crate::store::audit::{Count, EventStats, PruneResult, SubjectUsage};

/// `audit import`: per file and in total.
#[derive(Debug, Serialize)]
pub struct ImportView {
    pub files: Vec<FileSummary>,
    pub total: FileSummary,
}

impl ImportView {
    /// Sums the files.
    #[must_use]
    pub fn new(files: Vec<FileSummary>) -> Self {
        let mut total = FileSummary { file: "total".into(), ..FileSummary::default() };
        for f in &files {
            total.read += f.read;
            total.imported += f.imported;
            total.duplicates += f.duplicates;
            total.bad += f.bad;
        }
        ImportView { files, total }
    }

    /// The one-line summary for stderr.
    #[must_use]
    pub fn summary_line(&self) -> String {
        let t = &self.total;
        format!(
            "read {} records from {} file{}: {} imported, {} duplicates, {} bad",
            t.read,
            self.files.len(),
            if self.files.len() == 1 { "" } else { "s" },
            t.imported,
            t.duplicates,
            t.bad
        )
    }
}

impl View for ImportView {
    fn listing(&self) -> Listing {
        let mut l = Listing::new(&["file", "read", "imported", "duplicates", "bad"]);
        for f in self.files.iter().chain([&self.total]) {
            l.push(vec![
                f.file.clone(),
                f.read.to_string(),
                f.imported.to_string(),
                f.duplicates.to_string(),
                f.bad.to_string(),
            ]);
        }
        l
    }
}

/// Reports a bad line on stderr as `file:line: reason`.
pub fn bad_line(bad: &BadLine) {
    let style = anstyle::AnsiColor::Yellow.on_default();
    let _ = writeln!(anstream::stderr(), "{}:{}: {style}{}{style:#}", bad.file, bad.line, bad.reason);
}

fn counts(l: &mut Listing, section: &str, items: &[Count]) {
    for c in items {
        l.push(vec![section.to_owned(), c.name.clone(), c.events.to_string()]);
    }
}

/// `audit who`.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct WhoView(pub SubjectUsage);

impl View for WhoView {
    fn listing(&self) -> Listing {
        let mut l = Listing::new(&["kind", "name", "events"]);
        counts(&mut l, "client", &self.0.clients);
        counts(&mut l, "role", &self.0.roles);
        counts(&mut l, "scope", &self.0.scopes);
        l
    }

    fn human(&self, out: &mut dyn Write, term: &Term) -> io::Result<()> {
        let u = &self.0;
        let list = |items: &[Count]| items.iter().map(|c| format!("{} ({})", c.name, c.events)).collect::<Vec<_>>();
        let pairs = [
            ("subject hash", u.subject_hash.clone()),
            ("events", u.events.to_string()),
            ("first seen", u.first_seen.clone().unwrap_or_default()),
            ("last seen", u.last_seen.clone().unwrap_or_default()),
            ("clients", list(&u.clients).join(", ")),
            ("roles", list(&u.roles).join(", ")),
            ("scopes", list(&u.scopes).join(", ")),
        ];
        writeln!(out, "{}", key_values(&pairs, term))
    }
}

/// `audit stats`.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct StatsView(pub EventStats);

impl View for StatsView {
    fn listing(&self) -> Listing {
        let mut l = Listing::new(&["kind", "name", "events"]);
        counts(&mut l, "day", &self.0.per_day);
        counts(&mut l, "client", &self.0.clients);
        counts(&mut l, "scope", &self.0.scopes);
        l
    }

    fn human(&self, out: &mut dyn Write, term: &Term) -> io::Result<()> {
        let s = &self.0;
        let span = match (&s.first_seen, &s.last_seen) {
            (Some(a), Some(b)) => format!(" from {a} to {b}"),
            _ => String::new(),
        };
        writeln!(out, "{} events{span}", s.events)?;
        for (title, items) in [("day", &s.per_day), ("client", &s.clients), ("scope", &s.scopes)] {
            if items.is_empty() {
                continue;
            }
            let mut l = Listing::new(&[title, "events"]);
            for c in items {
                l.push(vec![c.name.clone(), c.events.to_string()]);
            }
            writeln!(out)?;
            writeln!(out, "{}", render_listing(&l, term))?;
        }
        Ok(())
    }
}

/// `audit unused`.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct UnusedView(pub Unused);

impl View for UnusedView {
    fn listing(&self) -> Listing {
        let mut l = Listing::new(&["role", "scope", "last_used"]);
        for g in &self.0.grants {
            l.push(vec![g.role.clone(), g.scope.clone(), g.last_used.clone().unwrap_or_else(|| "never".into())]);
        }
        l
    }
}

/// `audit prune`.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct PruneView(pub PruneResult);

impl View for PruneView {
    fn listing(&self) -> Listing {
        let mut l = Listing::new(&["before", "deleted", "remaining"]);
        let p = &self.0;
        l.push(vec![p.before.clone(), p.deleted.to_string(), p.remaining.to_string()]);
        l
    }
}

/// `audit report`.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct ReportView(pub Report);

fn opt(v: Option<&String>) -> String {
    v.cloned().unwrap_or_default()
}

fn summary(r: &Report) -> String {
    let s = &r.summary;
    let span = match (&r.first_seen, &r.last_seen) {
        (Some(a), Some(b)) => format!(" ({a} to {b})"),
        _ => String::new(),
    };
    format!("{} events checked{span}: {} errors, {} warnings, {} info", r.events, s.error, s.warning, s.info)
}

impl View for ReportView {
    fn listing(&self) -> Listing {
        let mut l = Listing::new(&[
            "severity",
            "kind",
            "scope",
            "role",
            "client",
            "ip",
            "events",
            "first_seen",
            "last_seen",
            "message",
            "detail",
            "next_step",
        ]);
        for f in &self.0.findings {
            l.push(vec![
                f.severity.to_string(),
                f.kind.to_string(),
                opt(f.scope.as_ref()),
                opt(f.role.as_ref()),
                opt(f.client.as_ref()),
                opt(f.ip.as_ref()),
                f.evidence.events.to_string(),
                f.evidence.first_seen.clone(),
                f.evidence.last_seen.clone(),
                f.message.clone(),
                f.evidence.detail.clone(),
                f.next_step.clone(),
            ]);
        }
        l
    }

    fn human(&self, out: &mut dyn Write, term: &Term) -> io::Result<()> {
        for f in &self.0.findings {
            write_finding(out, f, *term)?;
        }
        for n in &self.0.notes {
            writeln!(out, "note: {n}")?;
        }
        writeln!(out, "{}", summary(&self.0))
    }
}

fn write_finding(out: &mut dyn Write, f: &Finding, term: Term) -> io::Result<()> {
    let colour = match f.severity {
        crate::audit::Severity::Error => anstyle::AnsiColor::Red,
        crate::audit::Severity::Warning => anstyle::AnsiColor::Yellow,
        crate::audit::Severity::Info => anstyle::AnsiColor::Cyan,
    };
    let style = if term.color { colour.on_default().bold() } else { anstyle::Style::new() };
    let e = &f.evidence;
    writeln!(out, "{style}{}{style:#}[{}] {}", f.severity, f.kind, f.message)?;
    writeln!(out, "  evidence: {} events, {} .. {}", e.events, e.first_seen, e.last_seen)?;
    writeln!(out, "            {}", e.detail)?;
    for ex in &e.examples {
        writeln!(out, "  example:  {}", example(ex))?;
    }
    writeln!(out, "  next:     {}", f.next_step)?;
    writeln!(out)
}

fn example(ex: &crate::store::audit::EventRecord) -> String {
    let mut s = format!(
        "{} client={} role={} ip={} requested=\"{}\" granted=\"{}\"",
        ex.ts, ex.client, ex.role, ex.ip, ex.requested, ex.granted
    );
    if let Some(e) = &ex.endpoint {
        let _ = write!(s, " endpoint={e}");
    }
    if let Some(st) = ex.status {
        let _ = write!(s, " status={st}");
    }
    s
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// The report as a Markdown document.
#[must_use]
pub fn report_markdown(r: &Report) -> String {
    let mut md = String::from("# Usage audit\n\n");
    let _ = writeln!(md, "{}.\n", summary(r));
    for n in &r.notes {
        let _ = writeln!(md, "> Note: {}\n", md_cell(n));
    }
    if r.findings.is_empty() {
        md.push_str("No findings.\n");
        return md;
    }
    md.push_str("| severity | kind | subject | events | first seen | last seen |\n|---|---|---|---:|---|---|\n");
    for f in &r.findings {
        let subject = [&f.scope, &f.role, &f.client, &f.ip]
            .iter()
            .filter_map(|v| v.as_deref())
            .map(|v| format!("`{}`", md_cell(v)))
            .collect::<Vec<_>>()
            .join(" ");
        let e = &f.evidence;
        let _ = writeln!(
            md,
            "| {} | {} | {subject} | {} | {} | {} |",
            f.severity, f.kind, e.events, e.first_seen, e.last_seen
        );
    }
    for (i, f) in r.findings.iter().enumerate() {
        let _ = write!(
            md,
            "\n## {}. {}: {}\n\n- **Evidence:** {} events, {} to {}. {}\n",
            i + 1,
            f.severity,
            md_cell(&f.message),
            f.evidence.events,
            f.evidence.first_seen,
            f.evidence.last_seen,
            md_cell(&f.evidence.detail)
        );
        for ex in &f.evidence.examples {
            let _ = writeln!(md, "- **Example:** `{}`", example(ex).replace('`', "'"));
        }
        let _ = writeln!(md, "- **Next step:** {}", md_cell(&f.next_step));
    }
    md
}
