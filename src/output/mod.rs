//! Everything scopectl prints goes through here: data on stdout in the requested format, messages
//! on stderr. Only this module (and `main`) writes to the terminal.

pub mod audit;
pub mod breadth;
pub mod catalog;
pub mod diagnostics;
pub mod diff;
pub mod html;
pub mod plan;
pub mod progress;
pub mod report;
pub mod rules;
mod table;

use std::fmt;
use std::io::{self, IsTerminal, Write};

use serde::Serialize;

pub use table::{Listing, key_values, render_listing, render_table};

/// An output format. Each command accepts the subset that makes sense for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Tables and text for people.
    Table,
    Json,
    Csv,
    Markdown,
    Html,
    Toml,
    Sarif,
    Github,
    Junit,
    Keycloak,
    Auth0,
    OpenapiScopes,
}

impl Format {
    /// The keyword used with `--format`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Toml => "toml",
            Format::Sarif => "sarif",
            Format::Github => "github",
            Format::Junit => "junit",
            Format::Keycloak => "keycloak",
            Format::Auth0 => "auth0",
            Format::OpenapiScopes => "openapi-scopes",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A value a command prints: JSON through `Serialize`, tables and CSV through [`View::listing`],
/// and people's output through [`View::human`] (which defaults to the listing as a table).
pub trait View: Serialize {
    /// The rows of this view, for CSV and the default human table.
    fn listing(&self) -> Listing;

    /// Human output. The default draws [`View::listing`] as a table.
    ///
    /// # Errors
    /// When writing fails.
    fn human(&self, out: &mut dyn Write, term: &Term) -> io::Result<()> {
        let listing = self.listing();
        if listing.rows.is_empty() {
            return Ok(());
        }
        writeln!(out, "{}", render_listing(&listing, term))
    }
}

/// What the output terminal can do.
#[derive(Debug, Clone, Copy)]
pub struct Term {
    /// stdout is a terminal: draw borders and fit the width.
    pub tty: bool,
    /// ANSI colour is wanted on stdout.
    pub color: bool,
}

impl Term {
    /// Detects stdout, honouring `--color` (already applied to anstream) and `NO_COLOR`.
    #[must_use]
    pub fn detect() -> Self {
        let tty = io::stdout().is_terminal();
        let color = match anstream::ColorChoice::global() {
            anstream::ColorChoice::Always | anstream::ColorChoice::AlwaysAnsi => true,
            anstream::ColorChoice::Never => false,
            anstream::ColorChoice::Auto => tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        };
        Term { tty, color }
    }
}

/// Prints `view` on stdout in `format` (table, json or csv).
///
/// # Errors
/// When writing fails (a closed pipe included) or the format is not one of those three.
pub fn emit<V: View + ?Sized>(view: &V, format: Format) -> anyhow::Result<()> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    match format {
        Format::Json => json(&mut out, view)?,
        Format::Csv => csv(&mut out, &view.listing())?,
        Format::Table => view.human(&mut out, &Term::detect())?,
        other => anyhow::bail!("this command cannot print {other}"),
    }
    out.flush()?;
    Ok(())
}

/// Writes `value` as one pretty JSON document and a newline.
///
/// # Errors
/// When writing fails.
pub fn json<W: Write + ?Sized, T: Serialize + ?Sized>(out: &mut W, value: &T) -> anyhow::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)?;
    Ok(())
}

/// Writes a listing as CSV with a header row.
///
/// # Errors
/// When writing fails.
pub fn csv<W: Write + ?Sized>(out: &mut W, listing: &Listing) -> anyhow::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    w.write_record(&listing.headers)?;
    for row in &listing.rows {
        w.write_record(row.iter().map(|cell| csv_cell(cell)))?;
    }
    w.flush()?;
    Ok(())
}

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first, and not a
/// plain number) gets a leading `'`, as OWASP advises against CSV injection: names and
/// descriptions come from files and logs others control. Every CSV listing and report is
/// written here.
fn csv_cell(cell: &str) -> std::borrow::Cow<'_, [u8]> {
    // A plain number (`-14` days to a sunset) is data, not a formula.
    let number = cell.parse::<f64>().is_ok_and(f64::is_finite);
    if !number && cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{cell}").into_bytes())
    } else {
        std::borrow::Cow::Borrowed(cell.as_bytes())
    }
}

/// Writes raw text to stdout (already formatted data, such as a TOML document).
///
/// # Errors
/// When writing fails.
pub fn text(s: &str) -> anyhow::Result<()> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    out.write_all(s.as_bytes())?;
    if !s.ends_with('\n') && !s.is_empty() {
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}

/// Messages on stderr. `quiet` silences notes but never warnings or errors.
#[derive(Debug, Clone, Copy)]
pub struct Messages {
    pub quiet: bool,
}

impl Messages {
    /// A status line for people (`defined scope x (version 1)`), unless `-q`.
    pub fn note(self, msg: impl fmt::Display) {
        if !self.quiet {
            let _ = writeln!(anstream::stderr(), "{msg}");
        }
    }

    /// A warning: always shown.
    pub fn warn(self, msg: impl fmt::Display) {
        let style = anstyle::AnsiColor::Yellow.on_default().bold();
        let _ = writeln!(anstream::stderr(), "{style}warning{style:#}: {msg}");
    }
}

/// Characters that move the cursor, reorder text or take no space: printed as they are, a
/// description holding `ESC[2J` or a right-to-left override would act on the reader's terminal.
pub(crate) fn invisible(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{061c}' | '\u{feff}')
}

/// `text` for a table cell: [`invisible`] characters shown as U+FFFD (line breaks are kept).
pub(crate) fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(invisible) {
        text.chars().map(|c| if invisible(c) { '\u{fffd}' } else { c }).collect::<String>().into()
    } else {
        text.into()
    }
}

/// Prints an error and its cause chain on stderr: `error: what failed: why`.
pub fn error(err: &anyhow::Error) {
    let style = anstyle::AnsiColor::Red.on_default().bold();
    let _ = writeln!(anstream::stderr(), "{style}error{style:#}: {}", cause_chain(err));
}

/// The error and its causes joined by `: `, without causes that only repeat the one before
/// (rusqlite reports `msg` and then its source `Error code 11: msg`).
fn cause_chain(err: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if parts.last().is_some_and(|prev| text.ends_with(prev.as_str()) || prev.ends_with(text.as_str())) {
            continue;
        }
        parts.push(text);
    }
    parts.join(": ")
}

/// True when `err` (or its cause) is a closed stdout pipe, which ends output quietly.
#[must_use]
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            || cause
                .downcast_ref::<::csv::Error>()
                .is_some_and(|e| matches!(e.kind(), ::csv::ErrorKind::Io(io) if io.kind() == io::ErrorKind::BrokenPipe))
            || cause
                .downcast_ref::<serde_json::Error>()
                .is_some_and(|e| e.io_error_kind() == Some(io::ErrorKind::BrokenPipe))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_that_spreadsheets_would_run_are_defused() {
        let mut listing = Listing::new(&["name", "description"]);
        listing.push(vec!["=cmd|' /C calc'!A0".into(), "+1+cmd".into()]);
        listing.push(vec!["-14".into(), "+2.5".into()]);
        listing.push(vec!["@SUM(A1)".into(), "\tx".into()]);
        listing.push(vec!["read_labs".into(), "Read labs; -1 is fine inside".into()]);
        let mut out = Vec::new();
        csv(&mut out, &listing).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "name,description\n'=cmd|' /C calc'!A0,'+1+cmd\n-14,+2.5\n'@SUM(A1),'\tx\nread_labs,Read labs; -1 is fine inside\n"
        );
    }

    #[test]
    fn repeated_causes_are_dropped() {
        let inner = anyhow::anyhow!("Error code 11: database disk image is malformed")
            .context("database disk image is malformed")
            .context("cannot use the catalog c.db");
        assert_eq!(cause_chain(&inner), "cannot use the catalog c.db: database disk image is malformed");
    }
}
